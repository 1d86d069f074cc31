"""Who may see and run committees, meetings, news and clinics. The secretariat runs them;
committee members read their committees' records; agencies request clinics and read their own
clinics and the follow-up actions given to them. Everything else is refused."""

import rules

from loetrat.organizations.enums import Role
from loetrat.organizations.roles import held_roles
from loetrat.organizations.rules import has_role, is_secretariat


def _within(user, organization) -> bool:
    return organization is not None and any(
        organization.path.startswith(h.organization_path) for h in held_roles(user)
    )


@rules.predicate
def speaks_for_organization(user, organization) -> bool:
    """Agency coordinators and heads may ask for advice for their organisation."""
    roles = {Role.AGENCY_COORDINATOR, Role.AGENCY_HEAD}
    return organization is not None and any(
        h.role in roles and h.organization_id == organization.pk for h in held_roles(user)
    )


@rules.predicate
def clinic_concerns_user(user, clinic) -> bool:
    if clinic is None:
        return False
    if _within(user, clinic.organization):
        return True
    return any(_within(user, organization) for organization in clinic.covered.all())


@rules.predicate
def action_owned_by_user(user, action) -> bool:
    return action is not None and _within(user, action.owner)


rules.add_perm("meetings.view_committee", is_secretariat | has_role(Role.COMMITTEE_MEMBER))
rules.add_perm("meetings.manage_meetings", is_secretariat)
rules.add_perm("meetings.manage_news", is_secretariat)
rules.add_perm("meetings.request_clinic", speaks_for_organization)
rules.add_perm("meetings.view_clinic", is_secretariat | clinic_concerns_user)
rules.add_perm("meetings.manage_clinics", is_secretariat)
rules.add_perm(
    "meetings.list_clinics",
    is_secretariat | has_role(Role.AGENCY_COORDINATOR) | has_role(Role.AGENCY_HEAD),
)
rules.add_perm("meetings.view_action", is_secretariat | action_owned_by_user)
rules.add_perm("meetings.report_action_progress", is_secretariat | action_owned_by_user)
