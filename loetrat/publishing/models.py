"""News published on the public site."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from loetrat.core.models import BaseModel

from .enums import NewsStatus


class NewsItem(BaseModel):
    """A public news summary (ข่าว ก.พ.ร.), usually generated from a meeting and its resolutions
    and edited by the secretariat before it is published."""

    slug = models.SlugField(_("web address"), max_length=120, unique=True)
    meeting = models.ForeignKey(
        "meetings.Meeting",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="news",
        verbose_name=_("meeting"),
    )
    clinic = models.ForeignKey(
        "clinics.ClinicSession",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="news",
        verbose_name=_("clinic"),
    )
    title_th = models.CharField(_("headline (Thai)"), max_length=300)
    title_en = models.CharField(_("headline (English)"), max_length=300, blank=True)
    body_th = models.TextField(_("text (Thai)"))
    body_en = models.TextField(_("text (English)"), blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=NewsStatus.choices, default=NewsStatus.DRAFT
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True, db_index=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["-published_at", "-created_at"]
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        # named as it was created, when news belonged to the meetings app
        indexes = [
            models.Index(fields=["status", "-published_at"], name="meetings_ne_status_399ff7_idx")
        ]

    def __str__(self):
        return self.title_th
