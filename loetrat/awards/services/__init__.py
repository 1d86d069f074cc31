from .cycles import (
    award_type_create,
    award_type_remove,
    award_type_update,
    branch_create,
    branch_remove,
    branch_update,
    cycle_close,
    cycle_copy,
    cycle_create,
    cycle_names,
    cycle_problems,
    cycle_publish,
    default_programme,
    shift_years,
)
from .type_config import (
    ConfigProblem,
    award_type_problems,
    eligibility_rule_problems,
    levels_problems,
    stage_plan_problems,
)

__all__ = [
    "ConfigProblem",
    "award_type_create",
    "award_type_problems",
    "award_type_remove",
    "award_type_update",
    "branch_create",
    "branch_remove",
    "branch_update",
    "cycle_close",
    "cycle_copy",
    "cycle_create",
    "default_programme",
    "cycle_names",
    "cycle_problems",
    "cycle_publish",
    "eligibility_rule_problems",
    "levels_problems",
    "shift_years",
    "stage_plan_problems",
]
# The applications module appends its services here: `__all__ += [...]`.

# Applications (the applications helper's services).
from .applications import (  # noqa: E402
    ApplicationProblemsError,
    application_create,
    application_partner_remove,
    application_partner_set,
    application_save,
    application_transition,
)
from .attachments import attachment_add, attachment_remove  # noqa: E402
from .eligibility import EligibilityProblem, eligibility_problems  # noqa: E402
from .extensions import deadline_extension_grant  # noqa: E402
from .receipts import application_receipt_pdf  # noqa: E402

__all__ += [
    "ApplicationProblemsError",
    "EligibilityProblem",
    "application_create",
    "application_partner_remove",
    "application_partner_set",
    "application_receipt_pdf",
    "application_save",
    "application_transition",
    "attachment_add",
    "attachment_remove",
    "deadline_extension_grant",
    "eligibility_problems",
]
