"""Notices about an application's progress: the agency head is asked to endorse, the
coordinators hear what became of it; and the reminder of an endorsement that waits."""

from __future__ import annotations

import datetime

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from loetrat.core.notices import NoticeKind, bilingual, notify
from loetrat.core.thai.dates import format_date, format_datetime
from loetrat.organizations.enums import Role
from loetrat.organizations.selectors import role_holders

from ..enums import ApplicationAction

A = ApplicationAction


def _facts(params: dict) -> str:
    lines = [_("Agency: %(organization)s") % {"organization": bilingual(params, "organization")}]
    if params.get("reason"):
        lines.append(_("Reason: %(reason)s") % {"reason": params["reason"]})
    if params.get("deadline"):
        deadline = datetime.datetime.fromisoformat(params["deadline"])
        lines.append(_("Deadline: %(deadline)s") % {"deadline": format_datetime(deadline)})
    return "\n".join(lines)


def _since(params: dict) -> str:
    return format_date(datetime.date.fromisoformat(params["since"]))


def _kind(key: str, label, subject) -> NoticeKind:
    """A kind whose subject names the application and whose body gives the facts; `subject`
    is a lazy translation, so it is rendered in the reader's language."""
    return NoticeKind(key, label, subject=lambda p: str(subject) % p, body=_facts)


KINDS = [
    _kind(
        "awards.application.sent",
        gettext_lazy("An award application awaits your endorsement"),
        gettext_lazy("Please endorse the award application “%(title)s”"),
    ),
    _kind(
        "awards.application.endorsed",
        gettext_lazy("Your agency's award application was endorsed"),
        gettext_lazy("The award application “%(title)s” was endorsed"),
    ),
    _kind(
        "awards.application.returned",
        gettext_lazy("Your agency's award application was returned"),
        gettext_lazy("The award application “%(title)s” was returned"),
    ),
    _kind(
        "awards.application.screened_out",
        gettext_lazy("Your agency's award application was screened out"),
        gettext_lazy("The award application “%(title)s” was screened out"),
    ),
    _kind(
        "awards.application.reinstated",
        gettext_lazy("Your agency's award application was reinstated"),
        gettext_lazy("The award application “%(title)s” was reinstated"),
    ),
    NoticeKind(
        "awards.application.endorsement_waiting",
        gettext_lazy("Reminder: an award application still awaits your endorsement"),
        subject=lambda p: (
            _("Reminder: “%(title)s” has awaited your endorsement since %(since)s")
            % {**p, "since": _since(p)}
        ),
        body=_facts,
    ),
]

# Who is told of each action, and the kind of notice they get.
ACTION_NOTICES = {
    A.SEND: ("awards.application.sent", Role.AGENCY_HEAD),
    A.ENDORSE: ("awards.application.endorsed", Role.AGENCY_COORDINATOR),
    A.RETURN: ("awards.application.returned", Role.AGENCY_COORDINATOR),
    A.SCREEN_OUT: ("awards.application.screened_out", Role.AGENCY_COORDINATOR),
    A.REINSTATE: ("awards.application.reinstated", Role.AGENCY_COORDINATOR),
}


def _params(application, **extra) -> dict:
    organization = application.organization
    return {
        "title": application.title_th,
        "organization_th": organization.name_th,
        "organization_en": organization.name_en,
        **extra,
    }


def _url(application) -> str:
    return reverse("awards:application_detail", args=[application.pk])


def application_action_notices(application, action, actor) -> None:
    """Tell the people who must act or know about `action` (inside the change's transaction)."""
    if action not in ACTION_NOTICES:
        return
    kind, role = ACTION_NOTICES[action]
    people = role_holders([application.organization_id], [role]).get(
        application.organization_id, []
    )
    reason = application.state_reason if action != A.ENDORSE else ""
    notify(
        kind,
        recipients=people,
        params=_params(application, reason=reason),
        url=_url(application),
        actor=actor,
        about=f"awards.application:{application.pk}",
    )


def endorsement_reminder(application, heads, *, since, deadline) -> int:
    """Remind the agency's heads of an application waiting for them; at most once a day.
    Returns how many were reminded."""
    params = _params(
        application,
        since=since.isoformat(),
        deadline=deadline.isoformat() if deadline else "",
    )
    return len(
        notify(
            "awards.application.endorsement_waiting",
            recipients=heads,
            params=params,
            url=_url(application),
            about=f"awards.application:{application.pk}",
            once_a_day=True,
        )
    )
