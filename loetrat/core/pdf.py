"""PDF documents (receipts, minutes, certificates) rendered with WeasyPrint.

Styles come from static files rather than <style> blocks, so every template stays within the
strict CSP rule. Thai text uses TLWG Laksaman (Debian's fonts-thai-tlwg), a Sarabun-family face
with Thai and Latin in one file: WeasyPrint mixes up the web-font subsets the site uses."""

from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string


def render_pdf(template: str, context: dict, *, stylesheet: str, **pdf_options) -> bytes:
    """Render `template` with `context` to PDF bytes, styled by the static file `stylesheet`;
    `pdf_options` go to WeasyPrint's write_pdf (e.g. uncompressed_pdf=True in tests)."""
    from weasyprint import CSS, HTML

    html = render_to_string(template, context)
    css_path = finders.find(stylesheet)
    if css_path is None:
        raise FileNotFoundError(f"PDF stylesheet {stylesheet} is not among the static files")
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf(
        stylesheets=[CSS(filename=str(Path(css_path)))], **pdf_options
    )
