"""Who may do what in the awards. The applicant agency's coordinators prepare and submit, its
head endorses, partner agencies and the agency's own people may read, the secretariat runs the
cycle. Everything else is refused."""

import rules

from loetrat.organizations.enums import Role
from loetrat.organizations.roles import held_roles
from loetrat.organizations.rules import has_any_membership, has_role, is_secretariat

from .enums import ApplicationAction as A


def _holds(user, roles, organization_id) -> bool:
    return any(h.role in roles and h.organization_id == organization_id for h in held_roles(user))


def _within(user, organization) -> bool:
    """The user holds any role in the organisation or in a body above it."""
    return any(organization.path.startswith(h.organization_path) for h in held_roles(user))


@rules.predicate
def coordinates_organization(user, organization) -> bool:
    return organization is not None and _holds(
        user, {Role.AGENCY_COORDINATOR}, getattr(organization, "pk", organization)
    )


@rules.predicate
def is_applicant_coordinator(user, application) -> bool:
    return application is not None and _holds(
        user, {Role.AGENCY_COORDINATOR}, application.organization_id
    )


@rules.predicate
def is_applicant_head(user, application) -> bool:
    return application is not None and _holds(user, {Role.AGENCY_HEAD}, application.organization_id)


@rules.predicate
def belongs_to_applicant(user, application) -> bool:
    return application is not None and _within(user, application.organization)


@rules.predicate
def is_partner_member(user, application) -> bool:
    if application is None:
        return False
    mine = {h.organization_id for h in held_roles(user)}
    return any(p.organization_id in mine for p in application.partners.all())


rules.add_perm("awards.view_cycle", is_secretariat | has_any_membership)
rules.add_perm("awards.manage_cycle", is_secretariat)
rules.add_perm("awards.create_application", coordinates_organization)
rules.add_perm(
    "awards.list_applications",
    is_secretariat | has_role(Role.AGENCY_COORDINATOR) | has_role(Role.AGENCY_HEAD),
)
rules.add_perm("awards.view_application", is_secretariat | belongs_to_applicant | is_partner_member)
rules.add_perm("awards.edit_application", is_applicant_coordinator)
rules.add_perm("awards.endorse_application", is_applicant_head)
rules.add_perm("awards.submit_application", is_applicant_coordinator)
rules.add_perm("awards.withdraw_application", is_applicant_coordinator | is_applicant_head)
rules.add_perm("awards.screen_application", is_secretariat)
rules.add_perm("awards.grant_extension", is_secretariat)
rules.add_perm("awards.view_workspace", is_secretariat)


# The permission each action on an application needs (checked with the application).
ACTION_PERMISSIONS = {
    A.SEND: "awards.edit_application",
    A.RECALL: "awards.edit_application",
    A.REOPEN: "awards.edit_application",
    A.SUBMIT: "awards.submit_application",
    A.ENDORSE: "awards.endorse_application",
    A.RETURN: "awards.endorse_application",
    A.WITHDRAW: "awards.withdraw_application",
    A.SCREEN_OUT: "awards.screen_application",
    A.REINSTATE: "awards.screen_application",
}
