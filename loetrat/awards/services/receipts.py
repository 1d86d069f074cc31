"""The submission receipt as PDF: reference, dates in the Buddhist Era, the whole content and the
list of attachments, set in TLWG Laksaman (Debian's fonts-thai-tlwg), a Sarabun-family face with
full Thai and Latin coverage. (WeasyPrint mixes up the shipped Sarabun web-font subsets, which
split Thai and Latin across files, so PDFs use the system's complete font.)"""

from __future__ import annotations

from loetrat.core.pdf import render_pdf


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
    }


def _file_ids(application, data) -> set[int]:
    ids = set()
    for field in application.award_type.form_schema or []:
        if field.get("kind") == "file":
            ids.update(data.get(field["key"]) or [])
    return ids


def application_receipt_pdf(application, **pdf_options) -> bytes:
    """The receipt of a submitted application as PDF bytes (in the active language);
    `pdf_options` go to WeasyPrint's write_pdf."""
    return render_pdf(
        "awards/applications/receipt_pdf.html",
        receipt_context(application),
        stylesheet="awards/pdf/receipt.css",
        **pdf_options,
    )
