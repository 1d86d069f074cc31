from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from loetrat.core.models import BaseModel

from ..enums import CommitteeKind, CommitteeRole


class Committee(BaseModel):
    """A body that meets and resolves: ก.พ.ร., a sub-committee (อ.ก.พ.ร.), a working group."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    kind = models.CharField(_("type"), max_length=24, choices=CommitteeKind.choices)
    name_th = models.CharField(_("name (Thai)"), max_length=300)
    name_en = models.CharField(_("name (English)"), max_length=300, blank=True)
    abbreviation_th = models.CharField(_("abbreviation (Thai)"), max_length=60, blank=True)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="subcommittees",
        verbose_name=_("set up by"),
    )
    secretariat = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        related_name="committees_served",
        verbose_name=_("secretariat"),
    )
    quorum_percent = models.PositiveSmallIntegerField(
        _("quorum (percentage of members)"),
        default=50,
        help_text=_("With 'more than' ticked, 50 means more than half of the members."),
    )
    quorum_more_than = models.BooleanField(_("more than the percentage"), default=True)
    quorum_counts_secretaries = models.BooleanField(
        _("secretaries count towards the quorum"), default=False
    )

    class Meta:
        ordering = ["kind", "name_th"]
        verbose_name = _("committee")
        verbose_name_plural = _("committees")

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        return _short_name(self)

    def name_on(self, day, former_names=None):
        """The committee's names as they were on `day`: a `CommitteeName` when the committee
        was renamed after that day, else the committee itself (both have `name_th`, `name_en`,
        `abbreviation_th` and `name`). `former_names` are the committee's, read once for many
        days; by default they are read here."""
        if former_names is None:
            former_names = list(self.former_names.all())
        earlier = [n for n in former_names if day is not None and n.used_until >= day]
        return min(earlier, key=lambda n: (n.used_until, n.pk)) if earlier else self


def _short_name(named) -> str:
    if get_language() == "en" and named.name_en:
        return named.name_en
    return named.abbreviation_th or named.name_th


class CommitteeName(models.Model):
    """A name a committee used to have, until the day before a change took effect; meetings
    held under it show it."""

    committee = models.ForeignKey(Committee, on_delete=models.PROTECT, related_name="former_names")
    name_th = models.CharField(_("name (Thai)"), max_length=300)
    name_en = models.CharField(_("name (English)"), max_length=300, blank=True)
    abbreviation_th = models.CharField(_("abbreviation (Thai)"), max_length=60, blank=True)
    used_until = models.DateField(_("used until"))
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-used_until", "-id"]
        verbose_name = _("former committee name")
        verbose_name_plural = _("former committee names")

    def __str__(self):
        return self.name_th

    @property
    def name(self) -> str:
        return _short_name(self)


class CommitteeTerm(BaseModel):
    """A term of office (วาระการดำรงตำแหน่ง): the dates the committee's members are appointed
    for, and the order or resolution that appointed them. Terms of one committee never
    overlap; starting a new term ends the one before it."""

    committee = models.ForeignKey(Committee, on_delete=models.PROTECT, related_name="terms")
    starts_on = models.DateField(_("term starts"))
    ends_on = models.DateField(
        _("term ends"),
        null=True,
        blank=True,
        help_text=_("Empty only for a term recorded before terms were kept."),
    )
    appointed_by_th = models.CharField(
        _("appointed by"),
        max_length=300,
        blank=True,
        help_text=_("The order or resolution that appointed the members, as it is cited."),
    )

    class Meta:
        ordering = ["committee", "-starts_on"]
        verbose_name = _("term of office")
        verbose_name_plural = _("terms of office")
        constraints = [
            models.UniqueConstraint(fields=["committee", "starts_on"], name="term_start_once")
        ]

    def __str__(self):
        return f"{self.committee} {self.starts_on}–{self.ends_on or ''}"

    def covers(self, day) -> bool:
        return self.starts_on <= day and (self.ends_on is None or day <= self.ends_on)


class CommitteeMemberQuerySet(models.QuerySet):
    def serving(self, on=None):
        on = on or timezone.localdate()
        return self.filter(
            Q(term_starts__isnull=True) | Q(term_starts__lte=on),
            Q(term_ends__isnull=True) | Q(term_ends__gte=on),
        )


class CommitteeMember(BaseModel):
    """A seat on a committee in one term. Many members (ministers, experts) have no account,
    so the person's name is kept here; `user` links those who do. The seat serves from
    `term_starts` to `term_ends` (the term's dates unless appointed later or ended early, when
    `end_reason` says why); a seat is never deleted."""

    committee = models.ForeignKey(
        Committee, on_delete=models.PROTECT, related_name="members", verbose_name=_("committee")
    )
    term = models.ForeignKey(
        CommitteeTerm, on_delete=models.PROTECT, related_name="seats", verbose_name=_("term")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="committee_seats",
        verbose_name=_("account"),
    )
    name_th = models.CharField(_("name (Thai)"), max_length=200)
    position_th = models.CharField(_("position (Thai)"), max_length=300, blank=True)
    role = models.CharField(_("role"), max_length=24, choices=CommitteeRole.choices)
    term_starts = models.DateField(_("term starts"), null=True, blank=True)
    term_ends = models.DateField(_("term ends"), null=True, blank=True)
    end_reason = models.CharField(_("reason the seat ended"), max_length=300, blank=True)

    objects = CommitteeMemberQuerySet.as_manager()

    class Meta:
        ordering = ["committee", "role", "name_th"]
        verbose_name = _("committee member")
        verbose_name_plural = _("committee members")

    def __str__(self):
        return f"{self.name_th} ({self.get_role_display()})"

    def serves_on(self, day) -> bool:
        starts_ok = self.term_starts is None or self.term_starts <= day
        return starts_ok and (self.term_ends is None or self.term_ends >= day)
