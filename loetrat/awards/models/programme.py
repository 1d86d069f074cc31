"""The award's structure, which changes every year: programme → yearly cycle → branches (สาขา)
→ award types (ประเภท). Everything that varies per year is data on these rows."""

from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from loetrat.core.models import BaseModel

from ..enums import AwardSubject, CycleStatus


class BilingualName(models.Model):
    name_th = models.CharField(_("name (Thai)"), max_length=255)
    name_en = models.CharField(_("name (English)"), max_length=255, blank=True)

    class Meta:
        abstract = True

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        if get_language() == "en" and self.name_en:
            return self.name_en
        return self.name_th


class AwardProgramme(BilingualName, BaseModel):
    """An award run every year, e.g. รางวัลเลิศรัฐ (Public Sector Excellence Awards)."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    description_th = models.TextField(_("description (Thai)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)

    class Meta:
        verbose_name = _("award programme")
        verbose_name_plural = _("award programmes")


class AwardCycle(BilingualName, BaseModel):
    """One year of a programme, named by its Buddhist-Era year (ประจำปี 2566)."""

    programme = models.ForeignKey(
        AwardProgramme, on_delete=models.PROTECT, related_name="cycles", verbose_name=_("programme")
    )
    year_be = models.PositiveSmallIntegerField(_("year (B.E.)"))
    status = models.CharField(
        _("status"), max_length=16, choices=CycleStatus.choices, default=CycleStatus.DRAFT
    )
    copied_from = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="copies",
        verbose_name=_("copied from"),
    )
    announcement_th = models.TextField(_("announcement (Thai)"), blank=True)
    announcement_en = models.TextField(_("announcement (English)"), blank=True)

    class Meta:
        ordering = ["-year_be"]
        verbose_name = _("award cycle")
        verbose_name_plural = _("award cycles")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "year_be"], name="award_cycle_one_per_year"
            )
        ]


class AwardBranch(BilingualName, BaseModel):
    """A branch (สาขา) of one cycle, e.g. สาขาบริการภาครัฐ."""

    cycle = models.ForeignKey(
        AwardCycle, on_delete=models.PROTECT, related_name="branches", verbose_name=_("cycle")
    )
    code = models.SlugField(_("code"), max_length=40)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    description_th = models.TextField(_("description (Thai)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)

    class Meta:
        ordering = ["cycle", "position", "code"]
        verbose_name = _("branch")
        verbose_name_plural = _("branches")
        constraints = [
            models.UniqueConstraint(fields=["cycle", "code"], name="award_branch_code_per_cycle")
        ]


class AwardType(BilingualName, BaseModel):
    """An award type (ประเภท): its criteria, its application form, who may apply, its stages,
    its levels and its application window. `cycle` repeats the branch's cycle for filtering."""

    cycle = models.ForeignKey(
        AwardCycle, on_delete=models.PROTECT, related_name="award_types", verbose_name=_("cycle")
    )
    branch = models.ForeignKey(
        AwardBranch, on_delete=models.PROTECT, related_name="award_types", verbose_name=_("branch")
    )
    code = models.CharField(_("code"), max_length=40)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    description_th = models.TextField(_("description (Thai)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    subject = models.CharField(
        _("what is awarded"), max_length=16, choices=AwardSubject.choices, default=AwardSubject.WORK
    )
    shared_work = models.BooleanField(
        _("several agencies may share a work"),
        default=False,
        help_text=_("Expansion types: one model agency plus adopting agencies, each recognised."),
    )
    framework_version = models.ForeignKey(
        "frameworks.FrameworkVersion",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="award_types",
        verbose_name=_("criteria version"),
    )
    form_schema = models.JSONField(_("application form"), default=list, blank=True)
    eligibility = models.JSONField(_("eligibility rules"), default=dict, blank=True)
    stage_plan = models.JSONField(_("stages"), default=list, blank=True)
    levels = models.JSONField(_("award levels"), default=list, blank=True)
    opens_at = models.DateTimeField(_("applications open"), null=True, blank=True)
    closes_at = models.DateTimeField(_("applications close"), null=True, blank=True)
    max_file_mb = models.PositiveSmallIntegerField(_("largest file (MB)"), default=10)
    max_total_mb = models.PositiveSmallIntegerField(_("all files together (MB)"), default=50)

    class Meta:
        ordering = ["cycle", "branch__position", "position", "code"]
        verbose_name = _("award type")
        verbose_name_plural = _("award types")
        constraints = [
            models.UniqueConstraint(fields=["cycle", "code"], name="award_type_code_per_cycle")
        ]

    def is_open(self, at=None) -> bool:
        at = at or timezone.now()
        if self.opens_at is None or self.closes_at is None:
            return False
        return self.opens_at <= at <= self.closes_at
