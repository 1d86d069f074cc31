"""The example app's one state machine and what registering it with core looks like; the tests
call `register()` where a real app would in its AppConfig.ready()."""

from django.utils import timezone

from loetrat.core.kinds import Approvable, Kind, register_kind
from loetrat.core.panels import Panel, register_dashboard_panel
from loetrat.core.transitions import StateMachine, transition

from .enums import CHARTER_TRANSITIONS, CharterAction, CharterStatus
from .models import Charter

CHARTER_MACHINE = StateMachine(
    model=Charter, transitions=CHARTER_TRANSITIONS, audit_prefix="exampleapp.charter"
)
notified: list[int] = []


def charter_enact(*, charter: Charter, actor) -> Charter:
    return transition(
        CHARTER_MACHINE,
        charter,
        action=CharterAction.ENACT,
        actor=actor,
        changes={"enacted_on": timezone.localdate()},
        notices=lambda locked: notified.append(locked.pk),
    )


def charter_repeal(*, charter: Charter, actor, reason: str) -> Charter:
    return transition(
        CHARTER_MACHINE, charter, action=CharterAction.REPEAL, actor=actor, reason=reason
    )


CHARTER_KIND = Kind(
    label="exampleapp.charter",
    describe=lambda charter, user: (charter.title_th, "", charter.status),
    field="charter",
    field_label="Charter to approve",
    choices=lambda: Charter.objects.filter(status=CharterStatus.DRAFT),
    choice_label=lambda charter: charter.title_th,
    approvable=Approvable(
        take_effect=lambda charter, actor: charter_enact(charter=charter, actor=actor),
        in_effect=lambda charter: charter.status != CharterStatus.DRAFT,
    ),
)


def drafts_panel(user):
    if not user.has_perm("core.view_audit_log"):  # the secretariat
        return None
    count = Charter.objects.filter(status=CharterStatus.DRAFT).count()
    return Panel("charters", "Charters", "exampleapp/panel.html", {"count": count})


def register() -> None:
    register_kind(CHARTER_KIND)
    register_dashboard_panel("charters", drafts_panel, order=45)
