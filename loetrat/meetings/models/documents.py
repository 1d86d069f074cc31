"""PDF papers attached to an agenda item (เอกสารประกอบวาระ): stored privately under
unguessable names, downloaded only through the meetings pages and API, never deleted (removal
only marks the row)."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from loetrat.core.files import MB


def agenda_document_path(instance, filename: str) -> str:
    """Private, unguessable storage names; the original name is kept on the row."""
    return f"meetings/agenda/{timezone.now():%Y}/{uuid.uuid4().hex}.pdf"


class AgendaDocumentQuerySet(models.QuerySet):
    def active(self):
        """Documents not removed, in the order they were uploaded."""
        return self.filter(removed_at__isnull=True).order_by("uploaded_at", "pk")


class AgendaDocument(models.Model):
    agenda_item = models.ForeignKey(
        "meetings.AgendaItem",
        on_delete=models.PROTECT,
        related_name="documents",
        verbose_name=_("agenda item"),
    )
    title_th = models.CharField(_("title (Thai)"), max_length=300)
    file = models.FileField(_("file"), upload_to=agenda_document_path, max_length=255)
    original_name = models.CharField(_("file name"), max_length=255)
    size = models.PositiveIntegerField(_("size (bytes)"))
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    removed_at = models.DateTimeField(_("removed"), null=True, blank=True)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = AgendaDocumentQuerySet.as_manager()

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("agenda document")
        verbose_name_plural = _("agenda documents")

    def __str__(self):
        return self.title_th

    @property
    def size_mb(self) -> float:
        """The size in MB to one decimal, at least 0.1 so that a small file does not read 0."""
        return max(round(self.size / MB, 1), 0.1)
