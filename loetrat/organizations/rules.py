"""Who may do what with organisations, people and the audit log. Everything not granted here is
refused: the predicates fail closed for anonymous, inactive and role-less users."""

import rules

from .enums import Role
from .roles import is_secretariat_user, organization_paths, role_names


@rules.predicate
def is_secretariat(user) -> bool:
    return is_secretariat_user(user)


@rules.predicate
def is_secretariat_admin(user) -> bool:
    return bool(getattr(user, "is_superuser", False)) or Role.SECRETARIAT_ADMIN in role_names(user)


def has_role(role: Role):
    @rules.predicate(name=f"has_role:{role}")
    def predicate(user) -> bool:
        return role in role_names(user)

    return predicate


@rules.predicate
def has_any_membership(user) -> bool:
    return bool(role_names(user))


@rules.predicate
def belongs_within(user, organization) -> bool:
    """The organisation is one of the user's, or below one of them in the tree."""
    if organization is None:
        return False
    return any(organization.path.startswith(path) for path in organization_paths(user))


rules.add_perm("organizations.view_directory", is_secretariat)
rules.add_perm("organizations.view_organization", is_secretariat | belongs_within)
rules.add_perm("organizations.change_organization", is_secretariat_admin)
rules.add_perm("organizations.import_organizations", is_secretariat_admin)
rules.add_perm("organizations.manage_memberships", is_secretariat_admin)
rules.add_perm("core.view_audit_log", is_secretariat)
rules.add_perm("accounts.use_api", has_any_membership | is_secretariat)
