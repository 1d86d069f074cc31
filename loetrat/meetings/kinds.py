"""How resolutions and follow-up actions appear where other records point at them (an
approval's source, a correction on a later agenda, an item's links)."""

from django.urls import reverse

from loetrat.core.kinds import Kind

from .selectors.committees import VIEW


def _resolution(resolution, user) -> tuple[str, str, str]:
    url = reverse("meetings:resolution", args=[resolution.pk]) if user.has_perm(VIEW) else ""
    return str(resolution), url, resolution.outcome


def _action(action, user) -> tuple[str, str, str]:
    url = ""
    if user.has_perm("meetings.view_action", action):
        url = reverse("meetings:action", args=[action.pk])
    return f"{action.title_th} ({action.owner.code})", url, action.status


KINDS = [
    Kind(
        label="meetings.resolution",
        describe=_resolution,
        related=("agenda_item__meeting__committee",),
    ),
    Kind(label="meetings.followupaction", describe=_action, related=("owner",)),
]
