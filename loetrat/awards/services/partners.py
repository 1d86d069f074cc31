"""Partner agencies named on an application, each with a role (model / adopting / partner)."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from loetrat.core.audit import audit_record
from loetrat.core.errors import DomainError
from loetrat.organizations.models import Organization

from ..enums import PartnerRole
from ..models import ApplicationPartner
from .editing import ensure_editable, lock_application


def allowed_partner_roles(award_type) -> list[str]:
    """On shared-work (expansion) types the applicant is the model agency, so partners adopt
    or help; on other types they can only be partners."""
    if award_type.shared_work:
        return [PartnerRole.ADOPTING_AGENCY, PartnerRole.PARTNER]
    return [PartnerRole.PARTNER]


def _resolve(organization) -> Organization:
    if isinstance(organization, Organization):
        return organization
    code = str(organization or "").strip()
    found = Organization.objects.filter(code__iexact=code).first() if code else None
    if found is None:
        raise DomainError(
            _("No agency has the code %(code)s. Check the code in the directory of bodies.")
            % {"code": code or "—"},
            code="unknown_organization",
            field="organization",
        )
    return found


@transaction.atomic
def application_partner_set(
    *, application, organization, role, actor, contribution_th: str = ""
) -> ApplicationPartner:
    """Name an agency (an Organization or its code) on the application, or change its role."""
    locked = lock_application(application)
    ensure_editable(locked, actor, doing=_("change the partner agencies"))
    organization = _resolve(organization)
    if organization.pk == locked.organization_id:
        raise DomainError(
            _("%(name)s is the applicant; add other agencies as partners.")
            % {"name": organization.name},
            code="partner_is_applicant",
            field="organization",
        )
    if not organization.is_active:
        raise DomainError(
            _("%(name)s is no longer active (%(status)s).")
            % {"name": organization.name, "status": organization.get_status_display()},
            code="organization_inactive",
            field="organization",
        )
    allowed = allowed_partner_roles(locked.award_type)
    if role not in allowed:
        raise DomainError(
            _("On this type a partner agency can be: %(roles)s.")
            % {"roles": ", ".join(str(PartnerRole(r).label) for r in allowed)},
            code="invalid_role",
            field="role",
        )
    partner = ApplicationPartner.objects.filter(
        application=locked, organization=organization
    ).first()
    before = {"role": partner.role, "contribution_th": partner.contribution_th} if partner else None
    if partner is None:
        partner = ApplicationPartner.objects.create(
            application=locked,
            organization=organization,
            role=role,
            contribution_th=contribution_th.strip(),
        )
    else:
        partner.role, partner.contribution_th = role, contribution_th.strip()
        partner.save(update_fields=["role", "contribution_th", "updated_at"])
    audit_record(
        actor=actor,
        action="awards.application.partner_set",
        target=locked,
        organization_id=locked.organization_id,
        before=before,
        after={"partner": organization.code, "role": role},
    )
    return partner


@transaction.atomic
def application_partner_remove(*, partner, actor) -> None:
    """Take an agency off the application."""
    locked = lock_application(partner.application)
    ensure_editable(locked, actor, doing=_("change the partner agencies"))
    code, role = partner.organization.code, partner.role
    partner.delete()
    audit_record(
        actor=actor,
        action="awards.application.partner_removed",
        target=locked,
        organization_id=locked.organization_id,
        before={"partner": code, "role": role},
    )
