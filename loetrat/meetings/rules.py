"""Who may see and run committees and meetings. The secretariat runs them; committee members
read their committees' records; agencies read the follow-up actions given to them. Everything
else is refused."""

import rules

from loetrat.organizations.enums import Role
from loetrat.organizations.roles import held_roles
from loetrat.organizations.rules import has_role, is_secretariat


def _within(user, organization) -> bool:
    return organization is not None and any(
        organization.path.startswith(h.organization_path) for h in held_roles(user)
    )


@rules.predicate
def action_owned_by_user(user, action) -> bool:
    return action is not None and _within(user, action.owner)


rules.add_perm("meetings.view_committee", is_secretariat | has_role(Role.COMMITTEE_MEMBER))
rules.add_perm("meetings.manage_meetings", is_secretariat)
rules.add_perm("meetings.view_action", is_secretariat | action_owned_by_user)
rules.add_perm("meetings.report_action_progress", is_secretariat | action_owned_by_user)
