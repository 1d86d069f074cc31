"""Eligibility checks (AwardType.eligibility), run before submission and again by the secretariat.

Each problem names the rule, says in plain words what is wrong and, where a field is at fault,
which field to fix (`anchor` is the id of that field on the edit page)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from django.db.models import Q
from django.utils.translation import gettext as _

from loetrat.core.formschema.schema import (
    answer_problems,
    field_anchor,
    field_label,
    is_empty,
    parse_number,
)
from loetrat.core.text import search_key

from ..enums import PartnerRole


@dataclass(frozen=True)
class EligibilityProblem:
    rule: str
    message: str
    field: str | None = None
    row: int | None = None

    @property
    def anchor(self) -> str:
        return field_anchor(self.field) if self.field else ""

    def as_dict(self) -> dict:
        return asdict(self)


def _answers(application, data) -> list[EligibilityProblem]:
    return [
        EligibilityProblem("answers", problem.message, problem.key, problem.row)
        for problem in answer_problems(application.award_type.form_schema or [], data, full=True)
    ]


def earlier_wins(application, years: int):
    """Earlier applications for the same work that won the same type code within `years`
    cycles: linked explicitly through previous_application, or by the same agency with the same
    normalised Thai title."""
    from ..models import Application

    year = application.cycle.year_be
    earlier = Application.objects.filter(
        award_type__code=application.award_type.code,
        cycle__year_be__lt=year,
        cycle__year_be__gte=year - years,
        cycle__programme_id=application.cycle.programme_id,
    ).exclude(award_level="")
    linked, current = set(), application.previous_application_id
    while current and current not in linked:
        linked.add(current)
        current = (
            Application.objects.filter(pk=current)
            .values_list("previous_application_id", flat=True)
            .first()
        )
    key = search_key(application.title_th)
    candidates = earlier.filter(
        Q(pk__in=linked) | Q(organization_id=application.organization_id)
    ).select_related("cycle")
    return [won for won in candidates if won.pk in linked or search_key(won.title_th) == key]


def _repeat_win(application, years) -> list[EligibilityProblem]:
    wins = earlier_wins(application, int(years))
    return [
        EligibilityProblem(
            "repeat_win",
            _(
                "This work already won this award in %(year)s (%(reference)s); it may not win "
                "it again within %(years)s years."
            )
            % {
                "year": won.cycle.year_be,
                "reference": won.reference or won.title_th,
                "years": years,
            },
        )
        for won in wins
    ]


def _results_table(application, data, rule: dict) -> list[EligibilityProblem]:
    key = rule.get("field")
    min_years = int(rule.get("min_years") or 3)
    field = next((f for f in application.award_type.form_schema or [] if f.get("key") == key), None)
    if field is None:
        return []
    label = field_label(field)
    columns = field.get("columns") or []
    by_role = {c.get("role"): c for c in columns if c.get("role") in ("direction", "target")}
    results = sorted(
        (c for c in columns if c.get("role") == "result" and c.get("year")),
        key=lambda c: c["year"],
    )
    rows = data.get(key) if isinstance(data.get(key), list) else []
    if not rows:
        return [
            EligibilityProblem(
                "results_table", _("%(label)s: add your indicators.") % {"label": label}, key
            )
        ]
    problems = []
    for number, row in enumerate(rows, start=1):
        where = _("%(label)s, row %(row)s") % {"label": label, "row": number}

        def problem(message, number=number):
            problems.append(EligibilityProblem("results_table", message, key, number))

        direction = by_role.get("direction")
        if direction is None or str(row.get(direction["key"], "")) not in ("higher", "lower"):
            problem(_("%(where)s: say whether higher or lower is better.") % {"where": where})
        target = by_role.get("target")
        if target is None or parse_number(row.get(target["key"])) is None:
            problem(_("%(where)s: give a numeric target.") % {"where": where})
        run = best = 0
        previous_year = None
        for column in results:
            cell = row.get(column["key"])
            if is_empty(cell):
                run = 0
            elif parse_number(cell) is None:
                problem(
                    _("%(where)s: the result for %(year)s must be a number, not %(value)s.")
                    % {"where": where, "year": column["year"], "value": cell}
                )
                run = 0
            else:
                consecutive = previous_year is not None and column["year"] == previous_year + 1
                run = run + 1 if (run and consecutive) else 1
                best = max(best, run)
            previous_year = column["year"]
        if best < min_years:
            problem(
                _("%(where)s: give results for at least %(count)s consecutive years (now %(now)s).")
                % {"where": where, "count": min_years, "now": best}
            )
    return problems


def _organization_kind(application, kinds) -> list[EligibilityProblem]:
    from loetrat.organizations.enums import OrganizationKind

    if application.organization.kind in kinds:
        return []
    allowed = ", ".join(
        str(OrganizationKind(kind).label) for kind in kinds if kind in OrganizationKind.values
    )
    return [
        EligibilityProblem(
            "organization_kind",
            _("%(name)s may not apply for this type: it is open to %(allowed)s only.")
            % {"name": application.organization.name, "allowed": allowed},
        )
    ]


def _partner_roles(application, roles) -> list[EligibilityProblem]:
    present = {partner.role for partner in application.partners.all()}
    return [
        EligibilityProblem(
            "partner_roles",
            _("Add at least one partner agency as %(role)s.")
            % {"role": PartnerRole(role).label if role in PartnerRole.values else role},
        )
        for role in roles
        if role not in present
    ]


def eligibility_problems(application, data: dict | None = None) -> list[EligibilityProblem]:
    """Everything that stops this application from being submitted: answers (required fields,
    formats, table rows) and the type's rules. `data` defaults to the saved answers."""
    data = application.data if data is None else data
    rules = application.award_type.eligibility or {}
    problems = _answers(application, data)
    if rules.get("organization_kinds"):
        problems += _organization_kind(application, rules["organization_kinds"])
    if rules.get("partner_roles_required"):
        problems += _partner_roles(application, rules["partner_roles_required"])
    if rules.get("results_table"):
        problems += _results_table(application, data, rules["results_table"])
    if rules.get("repeat_win_years"):
        problems += _repeat_win(application, rules["repeat_win_years"])
    return problems


RULE_SETTINGS = {
    "organization_kind": "organization_kinds",
    "partner_roles": "partner_roles_required",
    "results_table": "results_table",
    "repeat_win": "repeat_win_years",
}


def eligibility_snapshot(application, problems: list[EligibilityProblem]) -> list[dict]:
    """Which rules were checked at submission, with their settings and outcome."""
    rules = application.award_type.eligibility or {}
    failed = {problem.rule for problem in problems}
    checked = [{"rule": "answers", "setting": None, "passed": "answers" not in failed}]
    for rule, setting in RULE_SETTINGS.items():
        if rules.get(setting):
            checked.append({"rule": rule, "setting": rules[setting], "passed": rule not in failed})
    return checked
