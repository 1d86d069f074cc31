from django.db import models
from django.utils.translation import gettext_lazy as _


class FrameworkKind(models.TextChoices):
    PMQA = "pmqa", _("PMQA")
    BALDRIGE = "baldrige", _("Baldrige-style")
    AWARD_RUBRIC = "award_rubric", _("Award rubric")
    OTHER = "other", _("Other")


class VersionStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    APPROVED = "approved", _("Approved")
    RETIRED = "retired", _("Retired")


class VersionAction(models.TextChoices):
    APPROVE = "approve", _("Approve")
    RETIRE = "retire", _("Retire")


# (status, action) -> new status: a draft takes effect by approval and is then frozen.
VERSION_TRANSITIONS = {
    (VersionStatus.DRAFT, VersionAction.APPROVE): VersionStatus.APPROVED,
    (VersionStatus.APPROVED, VersionAction.RETIRE): VersionStatus.RETIRED,
}


class Rounding(models.TextChoices):
    HALF_UP = "half_up", _("Round half up")
    HALF_EVEN = "half_even", _("Round half to even")
    DOWN = "down", _("Round down")


class Aggregation(models.TextChoices):
    SUM = "sum", _("Sum of children")
    MEAN = "mean", _("Mean of children")
    WEIGHTED_MEAN = "weighted_mean", _("Weighted mean of children")


class ScaleType(models.TextChoices):
    NONE = "none", _("Not scored directly")
    PERCENT_BAND = "percent_band", _("Percentage bands")
    POINTS_RANGE = "points_range", _("Points range")
    ORDINAL = "ordinal", _("Ordinal levels")
    MATURITY = "maturity", _("Maturity levels")
    RESULTS = "results", _("Results against target")
