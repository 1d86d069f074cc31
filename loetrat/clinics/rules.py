"""Who may see and run consulting clinics: agencies ask for advice for themselves and read their
own clinics (and those that cover them); the secretariat runs them all."""

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


rules.add_perm("clinics.request_clinic", speaks_for_organization)
rules.add_perm("clinics.view_clinic", is_secretariat | clinic_concerns_user)
rules.add_perm("clinics.manage_clinics", is_secretariat)
rules.add_perm(
    "clinics.list_clinics",
    is_secretariat | has_role(Role.AGENCY_COORDINATOR) | has_role(Role.AGENCY_HEAD),
)
