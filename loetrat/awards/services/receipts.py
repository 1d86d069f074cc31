"""The submission receipt as PDF: reference, dates in the Buddhist Era, the whole content and the
list of attachments, set in Sarabun (the official Thai typeface), falling back to Laksaman."""

from __future__ import annotations

from pathlib import Path

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

FONT_FILES = [
    ("sarabun-thai-400-normal.woff2", 400),
    ("sarabun-latin-400-normal.woff2", 400),
    ("sarabun-thai-700-normal.woff2", 700),
    ("sarabun-latin-700-normal.woff2", 700),
]


def font_faces() -> list[dict]:
    """@font-face sources as file:// URLs of the shipped Sarabun files that can be found."""
    faces = []
    for name, weight in FONT_FILES:
        found = finders.find(f"core/fonts/{name}")
        if found:
            faces.append({"url": Path(found).resolve().as_uri(), "weight": weight})
    return faces


def receipt_context(application) -> dict:
    from ..selectors.applications import answer_rows, application_attachments, application_partners

    revision = application.submitted_revision
    data = revision.data if revision else application.data
    attachments = list(application_attachments(application, removed=True))
    return {
        "application": application,
        "revision": revision,
        "answers": answer_rows(application.award_type.form_schema, data, attachments),
        "partners": list(application_partners(application)),
        "attachments": [a for a in attachments if a.pk in _file_ids(application, data)],
        "font_faces": font_faces(),
    }


def _file_ids(application, data) -> set[int]:
    ids = set()
    for field in application.award_type.form_schema or []:
        if field.get("kind") == "file":
            ids.update(data.get(field["key"]) or [])
    return ids


def application_receipt_pdf(application) -> bytes:
    """The receipt of a submitted application as PDF bytes (in the active language)."""
    from weasyprint import HTML

    html = render_to_string("awards/applications/receipt_pdf.html", receipt_context(application))
    return HTML(string=html, base_url=str(Path.cwd())).write_pdf()
