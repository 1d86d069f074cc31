"""How an award cycle appears where other records point at it: an agenda item may concern a
cycle (its criteria, its results)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from loetrat.core.kinds import Kind

from .models import AwardCycle


def _describe(cycle, user) -> tuple[str, str, str]:
    url = (
        reverse("awards:cycle", args=[cycle.year_be]) if user.has_perm("awards.view_cycle") else ""
    )
    return cycle.name, url, cycle.status


CYCLE_KIND = Kind(
    label="awards.awardcycle",
    describe=_describe,
    field="award_cycle",
    field_label=_("Award cycle concerned"),
    choices=lambda: AwardCycle.objects.order_by("-year_be"),
    choice_label=lambda cycle: f"{cycle.year_be} – {cycle.name}",
)
