from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from loetrat.core.models import BaseModel
from loetrat.core.text import search_key
from loetrat.core.thai.collation import thai_sort_key

from ..enums import OrganizationKind, OrganizationStatus

PATH_STEP = 10  # each level of `path` is the zero-padded id, so a subtree is a prefix match


class OrganizationQuerySet(models.QuerySet):
    def active(self, on=None):
        on = on or timezone.localdate()
        return self.filter(
            Q(active_from__isnull=True) | Q(active_from__lte=on),
            Q(active_until__isnull=True) | Q(active_until__gte=on),
            status=OrganizationStatus.ACTIVE,
        )

    def subtree_of(self, organization, *, include_self=True):
        qs = self.filter(path__startswith=organization.path)
        return qs if include_self else qs.exclude(pk=organization.pk)


class Organization(BaseModel):
    """A public body. Bodies are never deleted: renames are kept as OrganizationName rows and
    merges or dissolutions close the body with an end date (and a successor when merged)."""

    code = models.CharField(_("code"), max_length=32, unique=True)
    kind = models.CharField(_("type"), max_length=32, choices=OrganizationKind.choices)
    name_th = models.CharField(_("name (Thai)"), max_length=255)
    name_en = models.CharField(_("name (English)"), max_length=255, blank=True)
    abbreviation_th = models.CharField(_("abbreviation (Thai)"), max_length=50, blank=True)
    abbreviation_en = models.CharField(_("abbreviation (English)"), max_length=50, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    path = models.CharField(max_length=255, db_index=True, editable=False, default="")
    depth = models.PositiveSmallIntegerField(default=0, editable=False)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=OrganizationStatus.choices,
        default=OrganizationStatus.ACTIVE,
        db_index=True,
    )
    active_from = models.DateField(_("active from"), null=True, blank=True)
    active_until = models.DateField(_("active until"), null=True, blank=True)
    successor = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="predecessors",
    )
    website = models.URLField(_("website"), blank=True)
    search_text = models.TextField(editable=False, default="")
    # The Thai name's place in Thai alphabetical order (core.thai.collation), so that lists of
    # any size sort in SQL, through an index, as the dictionary does.
    name_sort = models.TextField(editable=False, default="")

    objects = OrganizationQuerySet.as_manager()

    class Meta:
        ordering = ["path"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        indexes = [
            models.Index(fields=["kind", "status"]),
            models.Index(fields=["name_sort", "id"], name="organization_name_order"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(active_until__isnull=True)
                | Q(active_from__isnull=True)
                | Q(active_until__gte=models.F("active_from")),
                name="organization_active_dates_ordered",
            )
        ]

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        if get_language() == "en" and self.name_en:
            return self.name_en
        return self.name_th

    @property
    def abbreviation(self) -> str:
        if get_language() == "en" and self.abbreviation_en:
            return self.abbreviation_en
        return self.abbreviation_th or self.abbreviation_en

    @property
    def is_active(self) -> bool:
        return self.status == OrganizationStatus.ACTIVE

    def refresh_search_text(self) -> None:
        """Names and codes folded into one key for search (see core.text.search_key), and the
        Thai name's sort key."""
        self.search_text = search_key(
            self.code, self.name_th, self.name_en, self.abbreviation_th, self.abbreviation_en
        )
        self.name_sort = thai_sort_key(self.name_th)

    def compute_path(self) -> str:
        own = str(self.pk).zfill(PATH_STEP) + "."
        return (self.parent.path if self.parent_id else "") + own

    def ancestor_ids(self) -> list[int]:
        return [int(step) for step in self.path.split(".") if step][:-1]


class OrganizationName(models.Model):
    """A name a body used to have, with the dates it was in use."""

    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="former_names"
    )
    name_th = models.CharField(_("name (Thai)"), max_length=255)
    name_en = models.CharField(_("name (English)"), max_length=255, blank=True)
    abbreviation_th = models.CharField(_("abbreviation (Thai)"), max_length=50, blank=True)
    abbreviation_en = models.CharField(_("abbreviation (English)"), max_length=50, blank=True)
    used_until = models.DateField(_("used until"))
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-used_until", "-id"]
        verbose_name = _("former name")
        verbose_name_plural = _("former names")

    def __str__(self):
        return self.name_th
