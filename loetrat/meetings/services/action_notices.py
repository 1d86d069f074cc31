"""Notices about follow-up actions: the responsible body's coordinators and heads hear of an
action given to it, and are reminded of it once it is overdue."""

from __future__ import annotations

import datetime

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from loetrat.core.notices import NoticeKind, bilingual, notify
from loetrat.core.thai.dates import format_date
from loetrat.organizations.enums import Role

# The people of the responsible body who hear about its actions.
ACTION_ROLES = (Role.AGENCY_COORDINATOR, Role.AGENCY_HEAD)


def _body(params: dict) -> str:
    return "\n".join(
        [
            _("Instruction: %(title)s") % params,
            _("Given by: %(committee)s, meeting %(number)s")
            % {"committee": bilingual(params, "committee"), "number": params["meeting"]},
            _("Responsible: %(organization)s") % {"organization": bilingual(params, "owner")},
            _("Due: %(day)s") % {"day": format_date(datetime.date.fromisoformat(params["due_on"]))},
        ]
    )


KINDS = [
    NoticeKind(
        "meetings.action.assigned",
        gettext_lazy("A committee gave your organisation a follow-up action"),
        subject=lambda p: (
            _("A follow-up action for %(organization)s: %(title)s")
            % {**p, "organization": bilingual(p, "owner")}
        ),
        body=_body,
    ),
    NoticeKind(
        "meetings.action.overdue",
        gettext_lazy("Reminder: a follow-up action of your organisation is overdue"),
        subject=lambda p: (
            _("Overdue since %(day)s: %(title)s")
            % {**p, "day": format_date(datetime.date.fromisoformat(p["due_on"]))}
        ),
        body=_body,
    ),
]


def _params(action) -> dict:
    meeting = action.resolution.agenda_item.meeting
    return {
        "title": action.title_th,
        "meeting": meeting.number,
        "committee_th": meeting.committee.name_th,
        "committee_en": meeting.committee.name_en,
        "owner_th": action.owner.name_th,
        "owner_en": action.owner.name_en,
        "due_on": action.due_on.isoformat(),
    }


def action_notices(kind: str, action, people, *, actor=None, once_a_day=False) -> int:
    """Tell `people` (the responsible body's) about `action`; returns how many were told."""
    return len(
        notify(
            kind,
            recipients=people,
            params=_params(action),
            url=reverse("meetings:action", args=[action.pk]),
            actor=actor,
            about=f"meetings.followupaction:{action.pk}",
            once_a_day=once_a_day,
        )
    )
