"""PDF papers attached to an agenda item (เอกสารประกอบวาระ): stored privately under
unguessable names, downloaded only through the meetings pages and API, never deleted (removal
only marks the row)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from loetrat.core.files import private_name
from loetrat.core.models import StoredFile


def agenda_document_path(instance, filename: str) -> str:
    return private_name("meetings/agenda", "document.pdf")


class AgendaDocument(StoredFile):
    agenda_item = models.ForeignKey(
        "meetings.AgendaItem",
        on_delete=models.PROTECT,
        related_name="documents",
        verbose_name=_("agenda item"),
    )
    title_th = models.CharField(_("title (Thai)"), max_length=300)
    file = models.FileField(_("file"), upload_to=agenda_document_path, max_length=255)

    storage_root = "meetings/agenda"

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("agenda document")
        verbose_name_plural = _("agenda documents")

    def __str__(self):
        return self.title_th
