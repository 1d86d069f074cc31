from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from loetrat.core.models import BaseModel

from ..enums import Aggregation, ScaleType

POSITION_WIDTH = 5
ID_WIDTH = 10


class CriterionQuerySet(models.QuerySet):
    def subtree_of(self, criterion, *, include_self=True):
        qs = self.filter(version_id=criterion.version_id, path__startswith=criterion.path)
        return qs if include_self else qs.exclude(pk=criterion.pk)


class Criterion(BaseModel):
    """A node of a version's criteria tree: a category, an item, a sub-item, at any depth.

    `path` is one segment per ancestor (zero-padded position, then id), so ordering by path gives
    the tree in reading order and a subtree is a prefix match."""

    version = models.ForeignKey(
        "frameworks.FrameworkVersion",
        verbose_name=_("version"),
        on_delete=models.CASCADE,
        related_name="criteria",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )
    code = models.CharField(_("code"), max_length=32)
    position = models.PositiveIntegerField(_("position"), default=0)
    name_th = models.CharField(_("name (Thai)"), max_length=500)
    name_en = models.CharField(_("name (English)"), max_length=500, blank=True)
    guidance_th = models.TextField(_("guidance (Thai)"), blank=True)
    guidance_en = models.TextField(_("guidance (English)"), blank=True)
    points = models.DecimalField(
        _("maximum points"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    weight = models.DecimalField(
        _("weight"), max_digits=10, decimal_places=4, null=True, blank=True
    )
    aggregation = models.CharField(
        _("aggregation"), max_length=16, choices=Aggregation.choices, default=Aggregation.SUM
    )
    scale_type = models.CharField(
        _("scale"), max_length=16, choices=ScaleType.choices, default=ScaleType.NONE
    )
    scale = models.JSONField(_("scale parameters"), default=dict, blank=True)
    path = models.CharField(max_length=1000, db_index=True, editable=False, default="")
    depth = models.PositiveSmallIntegerField(default=0, editable=False)

    objects = CriterionQuerySet.as_manager()

    class Meta:
        ordering = ["version_id", "path"]
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        constraints = [
            models.UniqueConstraint(fields=["version", "code"], name="criterion_unique_code"),
        ]

    def __str__(self):
        return f"{self.code} {self.name}"

    @property
    def name(self) -> str:
        if get_language() == "en" and self.name_en:
            return self.name_en
        return self.name_th

    @property
    def guidance(self) -> str:
        if get_language() == "en" and self.guidance_en:
            return self.guidance_en
        return self.guidance_th

    def path_segment(self) -> str:
        return f"{self.position:0{POSITION_WIDTH}d}-{self.pk:0{ID_WIDTH}d}."

    def compute_path(self, parent_path: str = "") -> str:
        return parent_path + self.path_segment()
