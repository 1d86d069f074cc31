"""What roles a person currently holds, read once per request and kept on the user object."""

from dataclasses import dataclass

from .enums import SECRETARIAT_ROLES, Role


@dataclass(frozen=True)
class HeldRole:
    role: str
    organization_id: int
    organization_path: str


def held_roles(user) -> tuple[HeldRole, ...]:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return ()
    cached = getattr(user, "_loetrat_held_roles", None)
    if cached is None:
        from .models import Membership

        rows = (
            Membership.objects.current()
            .filter(user=user, organization__status="active")
            .values_list("role", "organization_id", "organization__path")
        )
        cached = tuple(HeldRole(*row) for row in rows)
        user._loetrat_held_roles = cached
    return cached


def forget_roles(user) -> None:
    user.__dict__.pop("_loetrat_held_roles", None)


def role_names(user) -> set[str]:
    return {held.role for held in held_roles(user)}


def is_secretariat_user(user) -> bool:
    if not getattr(user, "is_active", False):
        return False
    return bool(getattr(user, "is_superuser", False)) or bool(role_names(user) & SECRETARIAT_ROLES)


def organization_ids_with_role(user, *roles: Role) -> set[int]:
    wanted = set(roles)
    return {held.organization_id for held in held_roles(user) if held.role in wanted}


def organization_paths(user) -> set[str]:
    return {held.organization_path for held in held_roles(user)}
