"""Topics, states and the transition map of consulting clinics."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ClinicTopic(models.TextChoices):
    PMQA = "pmqa", _("PMQA 4.0")
    AWARD_APPLICATION = "award_application", _("Applying for the awards")
    KPI_TARGETS = "kpi_targets", _("KPI targets and reports")
    E_ADMINISTRATION = "e_administration", _("Electronic Administration Act readiness")
    RESTRUCTURING = "restructuring", _("Restructuring")
    OTHER = "other", _("Other")


class ClinicStatus(models.TextChoices):
    REQUESTED = "requested", _("Requested")
    SCHEDULED = "scheduled", _("Scheduled")
    HELD = "held", _("Held")
    CLOSED = "closed", _("Closed")
    CANCELLED = "cancelled", _("Cancelled")


class ClinicAction(models.TextChoices):
    SCHEDULE = "schedule", _("Schedule")
    RECORD = "record", _("Record the advice")
    CLOSE = "close", _("Close")
    CANCEL = "cancel", _("Cancel")


# (status, action) -> new status: requested → scheduled → held → closed; requested or
# scheduled → cancelled. A scheduled clinic may be rescheduled and a held one's record corrected.
CLINIC_TRANSITIONS: dict[tuple[str, str], str] = {
    (ClinicStatus.REQUESTED, ClinicAction.SCHEDULE): ClinicStatus.SCHEDULED,
    (ClinicStatus.SCHEDULED, ClinicAction.SCHEDULE): ClinicStatus.SCHEDULED,
    (ClinicStatus.SCHEDULED, ClinicAction.RECORD): ClinicStatus.HELD,
    (ClinicStatus.HELD, ClinicAction.RECORD): ClinicStatus.HELD,
    (ClinicStatus.HELD, ClinicAction.CLOSE): ClinicStatus.CLOSED,
    (ClinicStatus.REQUESTED, ClinicAction.CANCEL): ClinicStatus.CANCELLED,
    (ClinicStatus.SCHEDULED, ClinicAction.CANCEL): ClinicStatus.CANCELLED,
}
