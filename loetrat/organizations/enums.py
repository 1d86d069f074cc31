from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganizationKind(models.TextChoices):
    MINISTRY = "ministry", _("Ministry")
    DEPARTMENT = "department", _("Department")
    PROVINCE = "province", _("Province")
    PROVINCE_CLUSTER = "province_cluster", _("Province cluster")
    PUBLIC_ORGANIZATION = "public_organization", _("Public organisation")
    STATE_ENTERPRISE = "state_enterprise", _("State enterprise")
    INDEPENDENT_BODY = "independent_body", _("Independent body")
    LOCAL_GOVERNMENT = "local_government", _("Local government")
    INTERNAL_UNIT = "internal_unit", _("Internal unit")


class OrganizationStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    MERGED = "merged", _("Merged")
    DISSOLVED = "dissolved", _("Dissolved")


class OrganizationAction(models.TextChoices):
    MERGE = "merge", _("Merge into another body")
    DISSOLVE = "dissolve", _("Dissolve")


# (status, action) -> new status: a closed body stays closed; its records remain.
ORGANIZATION_TRANSITIONS: dict[tuple[str, str], str] = {
    (OrganizationStatus.ACTIVE, OrganizationAction.MERGE): OrganizationStatus.MERGED,
    (OrganizationStatus.ACTIVE, OrganizationAction.DISSOLVE): OrganizationStatus.DISSOLVED,
}


class Role(models.TextChoices):
    SECRETARIAT_OFFICER = "secretariat_officer", _("Secretariat officer")
    SECRETARIAT_ADMIN = "secretariat_admin", _("Secretariat administrator")
    AGENCY_COORDINATOR = "agency_coordinator", _("Agency coordinator")
    AGENCY_HEAD = "agency_head", _("Agency head")
    ASSESSOR = "assessor", _("Assessor")
    COMMITTEE_MEMBER = "committee_member", _("Committee member")
    KPI_EVALUATOR = "kpi_evaluator", _("KPI evaluator")


SECRETARIAT_ROLES = frozenset({Role.SECRETARIAT_OFFICER, Role.SECRETARIAT_ADMIN})
AGENCY_ROLES = frozenset({Role.AGENCY_COORDINATOR, Role.AGENCY_HEAD})
