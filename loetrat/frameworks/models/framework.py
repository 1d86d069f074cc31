from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from loetrat.core.models import BaseModel

from ..enums import FrameworkKind, Rounding, VersionStatus


class Framework(BaseModel):
    """A family of criteria (PMQA 4.0, a Baldrige-style model, an award's rubric). The criteria
    themselves live in its versions; a framework only names the family."""

    code = models.CharField(_("code"), max_length=64, unique=True)
    name_th = models.CharField(_("name (Thai)"), max_length=255)
    name_en = models.CharField(_("name (English)"), max_length=255, blank=True)
    description_th = models.TextField(_("description (Thai)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    kind = models.CharField(
        _("kind"), max_length=32, choices=FrameworkKind.choices, default=FrameworkKind.OTHER
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("criteria framework")
        verbose_name_plural = _("criteria frameworks")

    def __str__(self):
        return f"{self.code} – {self.name}"

    @property
    def name(self) -> str:
        if get_language() == "en" and self.name_en:
            return self.name_en
        return self.name_th

    @property
    def description(self) -> str:
        if get_language() == "en" and self.description_en:
            return self.description_en
        return self.description_th


class FrameworkVersion(BaseModel):
    """One year's (or one round's) criteria of a framework. Drafts are edited; an approved
    version is frozen and is what scores are computed and stored against."""

    framework = models.ForeignKey(
        Framework,
        verbose_name=_("framework"),
        on_delete=models.PROTECT,
        related_name="versions",
    )
    label = models.CharField(_("label"), max_length=32)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=VersionStatus.choices,
        default=VersionStatus.DRAFT,
        db_index=True,
    )
    rounding = models.CharField(
        _("rounding"), max_length=16, choices=Rounding.choices, default=Rounding.HALF_UP
    )
    decimals = models.PositiveSmallIntegerField(
        _("decimal places"), default=0, validators=[MaxValueValidator(2)]
    )
    cloned_from = models.ForeignKey(
        "self",
        verbose_name=_("cloned from"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="clones",
    )
    retired_at = models.DateTimeField(_("retired at"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["framework_id", "label"]
        verbose_name = _("framework version")
        verbose_name_plural = _("framework versions")
        constraints = [
            models.UniqueConstraint(
                fields=["framework", "label"], name="framework_version_unique_label"
            ),
            models.CheckConstraint(
                condition=Q(decimals__lte=2), name="framework_version_decimals_0_2"
            ),
        ]

    def __str__(self):
        return f"{self.framework.code} {self.label} ({self.get_status_display()})"

    @property
    def is_draft(self) -> bool:
        return self.status == VersionStatus.DRAFT

    @property
    def is_approved(self) -> bool:
        return self.status == VersionStatus.APPROVED
