"""Attaching a PDF to an agenda item. The form only collects the title and the file; the
service decides what is accepted (PDF content, size, count), so the rules live in one place."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..services.documents import MAX_DOCUMENT_MB


def document_prefix(item_pk) -> str:
    return f"doc{item_pk}"


class AgendaDocumentForm(forms.Form):
    title_th = forms.CharField(
        label=_("Document title"),
        max_length=300,
        help_text=_("For example: the draft criteria, the committee's report."),
    )
    file = forms.FileField(
        label=_("PDF file"),
        allow_empty_file=True,
        widget=forms.FileInput(attrs={"accept": "application/pdf"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = gettext("PDF only, at most %(limit)s MB.") % {
            "limit": MAX_DOCUMENT_MB
        }


def document_form_for(item, *, manage: bool, posted=None):
    """The upload form shown under an item: the refused one when `posted` is (item pk, form)
    for this item, a blank one for the secretariat, none for readers."""
    if posted and posted[0] == item.pk:
        return posted[1]
    return AgendaDocumentForm(prefix=document_prefix(item.pk)) if manage else None
