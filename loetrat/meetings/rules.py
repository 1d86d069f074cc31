"""Who may see and run committees and meetings. The secretariat runs them; committee members
(the role, or an account linked to a seat serving today) read their committees' records, and only
those (`selectors.committees.committee_ids_visible_to`); agencies read the follow-up actions given
to them. Everything else is refused."""

import rules

from loetrat.organizations.enums import Role
from loetrat.organizations.roles import held_roles
from loetrat.organizations.rules import has_role, is_secretariat


def _within(user, organization) -> bool:
    return organization is not None and any(
        organization.path.startswith(h.organization_path) for h in held_roles(user)
    )


@rules.predicate
def holds_a_seat(user) -> bool:
    """The person's account is linked to a committee seat serving today (read once per
    request and kept on the user object)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    cached = getattr(user, "_loetrat_seated", None)
    if cached is None:
        cached = user.committee_seats.serving().exists()
        user._loetrat_seated = cached
    return cached


@rules.predicate
def action_owned_by_user(user, action) -> bool:
    return action is not None and _within(user, action.owner)


rules.add_perm(
    "meetings.view_committee", is_secretariat | has_role(Role.COMMITTEE_MEMBER) | holds_a_seat
)
rules.add_perm("meetings.manage_meetings", is_secretariat)
rules.add_perm("meetings.view_action", is_secretariat | action_owned_by_user)
rules.add_perm("meetings.report_action_progress", is_secretariat | action_owned_by_user)
