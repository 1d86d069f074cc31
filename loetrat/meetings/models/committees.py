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
        if get_language() == "en" and self.name_en:
            return self.name_en
        return self.abbreviation_th or self.name_th


class CommitteeMemberQuerySet(models.QuerySet):
    def serving(self, on=None):
        on = on or timezone.localdate()
        return self.filter(
            Q(term_starts__isnull=True) | Q(term_starts__lte=on),
            Q(term_ends__isnull=True) | Q(term_ends__gte=on),
        )


class CommitteeMember(BaseModel):
    """A seat on a committee for a term. Many members (ministers, experts) have no account, so
    the person's name is kept here; `user` links those who do."""

    committee = models.ForeignKey(
        Committee, on_delete=models.PROTECT, related_name="members", verbose_name=_("committee")
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

    objects = CommitteeMemberQuerySet.as_manager()

    class Meta:
        ordering = ["committee", "role", "name_th"]
        verbose_name = _("committee member")
        verbose_name_plural = _("committee members")

    def __str__(self):
        return f"{self.name_th} ({self.get_role_display()})"
