"""An agency's application (ผลงาน) for an award type, with every saved version kept."""

import uuid
from pathlib import Path

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from loetrat.core.models import BaseModel, StoredFile

from ..enums import ApplicationState, PartnerRole


class Application(BaseModel):
    award_type = models.ForeignKey(
        "awards.AwardType",
        on_delete=models.PROTECT,
        related_name="applications",
        verbose_name=_("award type"),
    )
    cycle = models.ForeignKey(
        "awards.AwardCycle",
        on_delete=models.PROTECT,
        related_name="applications",
        verbose_name=_("cycle"),
    )
    organization = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        related_name="award_applications",
        verbose_name=_("applicant agency"),
    )
    title_th = models.CharField(_("title (Thai)"), max_length=300)
    title_en = models.CharField(_("title (English)"), max_length=300, blank=True)
    state = models.CharField(
        _("state"),
        max_length=24,
        choices=ApplicationState.choices,
        default=ApplicationState.DRAFT,
        db_index=True,
    )
    data = models.JSONField(_("answers"), default=dict, blank=True)
    revision_count = models.PositiveIntegerField(_("saved versions"), default=0)
    reference = models.CharField(
        _("reference number"), max_length=40, unique=True, null=True, blank=True
    )
    submitted_revision = models.ForeignKey(
        "awards.ApplicationRevision",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("submitted version"),
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True, db_index=True)
    endorsed_at = models.DateTimeField(_("endorsed"), null=True, blank=True)
    endorsed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("endorsed by"),
    )
    state_reason = models.TextField(
        _("reason given"),
        blank=True,
        help_text=_("Why it was returned, withdrawn or screened out; the agency sees this."),
    )
    eligibility_snapshot = models.JSONField(
        _("eligibility at submission"), default=list, blank=True
    )
    award_level = models.CharField(_("award level"), max_length=32, blank=True, db_index=True)
    previous_application = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="later_applications",
        verbose_name=_("earlier submission of the same work"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("created by"),
    )
    search_text = models.TextField(editable=False, default="")

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        indexes = [
            models.Index(fields=["award_type", "state"]),
            models.Index(fields=["organization", "cycle"]),
            # The secretariat's workspace, newest submissions first, all or of one state: read
            # in order rather than sorted. The counts per type and state: from the index alone.
            models.Index(
                fields=["cycle", "-submitted_at", "id"], name="awards_app_cycle_submitted"
            ),
            models.Index(
                fields=["cycle", "state", "-submitted_at", "id"], name="awards_app_cycle_state_sub"
            ),
            models.Index(
                fields=["cycle", "award_type", "state"], name="awards_app_cycle_type_state"
            ),
        ]

    def __str__(self):
        return self.reference or self.title_th


class ApplicationRevision(models.Model):
    """Every save of an application, kept so versions can be compared."""

    application = models.ForeignKey(Application, on_delete=models.PROTECT, related_name="revisions")
    number = models.PositiveIntegerField(_("version"))
    title_th = models.CharField(_("title (Thai)"), max_length=300)
    title_en = models.CharField(_("title (English)"), max_length=300, blank=True)
    data = models.JSONField(_("answers"), default=dict)
    saved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    saved_at = models.DateTimeField(_("saved"), auto_now_add=True)

    class Meta:
        ordering = ["application", "-number"]
        verbose_name = _("saved version")
        verbose_name_plural = _("saved versions")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "number"], name="application_revision_number"
            )
        ]

    def __str__(self):
        return f"{self.application} v{self.number}"


class ApplicationPartner(BaseModel):
    """Another agency named on a work, e.g. an adopting agency of an expansion type."""

    application = models.ForeignKey(Application, on_delete=models.PROTECT, related_name="partners")
    organization = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        related_name="award_partnerships",
        verbose_name=_("agency"),
    )
    role = models.CharField(_("role"), max_length=24, choices=PartnerRole.choices)
    contribution_th = models.TextField(_("what they did"), blank=True)

    class Meta:
        verbose_name = _("partner agency")
        verbose_name_plural = _("partner agencies")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "organization"], name="application_partner_once"
            )
        ]

    def __str__(self):
        return f"{self.organization} ({self.get_role_display()})"


def attachment_path(instance, filename: str) -> str:
    """Private, unguessable storage names; the original name is kept on the row."""
    suffix = Path(filename).suffix.lower()
    return f"awards/applications/{instance.application_id}/{uuid.uuid4().hex}{suffix}"


class ApplicationAttachment(StoredFile):
    application = models.ForeignKey(
        Application, on_delete=models.PROTECT, related_name="attachments"
    )
    field_key = models.CharField(_("form field"), max_length=64)
    file = models.FileField(_("file"), upload_to=attachment_path, max_length=255)

    storage_root = "awards/applications"

    class Meta:
        ordering = ["application", "field_key", "uploaded_at"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    @property
    def download_url(self) -> str:
        return reverse("awards:application_attachment", args=[self.application_id, self.pk])


class DeadlineExtension(BaseModel):
    """The secretariat's permission for one agency to submit to one type after it closes."""

    award_type = models.ForeignKey(
        "awards.AwardType", on_delete=models.PROTECT, related_name="extensions"
    )
    organization = models.ForeignKey(
        "organizations.Organization", on_delete=models.PROTECT, related_name="award_extensions"
    )
    until = models.DateTimeField(_("may submit until"))
    reason = models.TextField(_("reason"))
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name = _("deadline extension")
        verbose_name_plural = _("deadline extensions")
        constraints = [
            models.UniqueConstraint(
                fields=["award_type", "organization"], name="one_extension_per_agency_and_type"
            )
        ]

    def __str__(self):
        return f"{self.organization} → {self.until:%Y-%m-%d}"
