"""Granting and ending roles. A role is never deleted: it ends on a date, so past decisions keep
the name of whoever made them."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from loetrat.core.audit import audit_record
from loetrat.core.errors import ConflictError

from ..enums import Role
from ..models import Membership, Organization
from ..roles import forget_roles


@transaction.atomic
def membership_grant(
    *, user, organization: Organization, role: Role, actor, position: str = "", starts_on=None
) -> Membership:
    if not organization.is_active:
        raise ConflictError(
            _("%(name)s is no longer active; roles can only be given in active bodies.")
            % {"name": organization.name_th},
            code="organization_inactive",
        )
    existing = Membership.objects.filter(
        user=user, organization=organization, role=role, ends_on__isnull=True
    ).first()
    if existing:
        return existing
    membership = Membership.objects.create(
        user=user,
        organization=organization,
        role=role,
        position=position,
        starts_on=starts_on or timezone.localdate(),
    )
    forget_roles(user)
    audit_record(
        actor=actor,
        action="organizations.membership.granted",
        target=membership,
        organization_id=organization.pk,
        after={"user": user.get_username(), "role": str(role), "position": position},
    )
    return membership


@transaction.atomic
def membership_end(*, membership: Membership, actor, on=None, reason: str = "") -> Membership:
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if membership.ends_on is not None:
        raise ConflictError(_("This role has already ended."), code="already_ended")
    membership.ends_on = on or timezone.localdate()
    membership.save(update_fields=["ends_on", "updated_at"])
    forget_roles(membership.user)
    audit_record(
        actor=actor,
        action="organizations.membership.ended",
        target=membership,
        organization_id=membership.organization_id,
        before={"ends_on": None},
        after={"ends_on": membership.ends_on},
        reason=reason,
    )
    return membership
