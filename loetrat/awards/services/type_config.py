"""Checks of an award type's configuration (levels, stages, eligibility rules, window, form) and
of whether a type is complete enough to publish. Pure functions: each returns a list of problems
in plain words, empty when all is well."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from loetrat.core.formschema import FieldKind
from loetrat.core.formschema.schema import form_schema_problems
from loetrat.organizations.enums import OrganizationKind

from ..enums import PartnerRole, StageKind

KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
ELIGIBILITY_KEYS = (
    "repeat_win_years",
    "results_table",
    "organization_kinds",
    "partner_roles_required",
)


@dataclass(frozen=True)
class ConfigProblem:
    """One problem with a type's configuration; `field` is the part of the type at fault
    (levels, stage_plan, eligibility, form_schema, window, framework_version)."""

    field: str
    message: str

    def __str__(self):
        return self.message


def _number(value) -> Decimal | None:
    if isinstance(value, bool):
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError, TypeError):
        return None


def _keyed_rows(rows, what: str) -> list[str]:
    """Common checks of a list of {"key", "name_th", ...} rows."""
    if not isinstance(rows, list):
        return [_("%(what)s must be a list.") % {"what": what}]
    problems, seen = [], set()
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            problems.append(
                _("Row %(n)s of %(what)s is not an object.") % {"n": number, "what": what}
            )
            continue
        key = str(row.get("key") or "")
        if not KEY_PATTERN.match(key):
            problems.append(
                _("Row %(n)s of %(what)s: the key must be lower-case letters, digits, - or _.")
                % {"n": number, "what": what}
            )
        elif key in seen:
            problems.append(
                _("Row %(n)s of %(what)s: the key “%(key)s” is used twice.")
                % {"n": number, "what": what, "key": key}
            )
        seen.add(key)
        if not str(row.get("name_th") or "").strip():
            problems.append(
                _("Row %(n)s of %(what)s needs a Thai name.") % {"n": number, "what": what}
            )
    return problems


def levels_problems(levels) -> list[str]:
    """Award levels: at least one, each with a key, a Thai name and a threshold 0–1000, the
    thresholds all different."""
    what = _("the award levels")
    problems = _keyed_rows(levels, what)
    if not isinstance(levels, list):
        return problems
    if not levels:
        problems.append(_("Give at least one award level, e.g. ดีเด่น (Outstanding)."))
    thresholds = []
    for number, row in enumerate(levels, start=1):
        if not isinstance(row, dict):
            continue
        score = _number(row.get("min_score"))
        if score is None or not 0 <= score <= 1000:
            problems.append(
                _("Row %(n)s of the award levels: the minimum score must be from 0 to 1000.")
                % {"n": number}
            )
        else:
            thresholds.append(score)
    if len(set(thresholds)) != len(thresholds):
        problems.append(_("Two award levels have the same minimum score."))
    return problems


def stage_plan_problems(stages) -> list[str]:
    """Stages: at least one, each with a key, a kind and a Thai name; `scope` a list of codes."""
    what = _("the stages")
    problems = _keyed_rows(stages, what)
    if not isinstance(stages, list):
        return problems
    if not stages:
        problems.append(_("Give at least one stage, e.g. a document review."))
    for number, row in enumerate(stages, start=1):
        if not isinstance(row, dict):
            continue
        if row.get("kind") not in StageKind.values:
            problems.append(
                _("Row %(n)s of the stages: choose a kind (%(kinds)s).")
                % {"n": number, "kinds": ", ".join(StageKind.values)}
            )
        scope = row.get("scope")
        if scope is not None and (
            not isinstance(scope, list) or not all(isinstance(c, str) and c for c in scope)
        ):
            problems.append(
                _("Row %(n)s of the stages: the scope must be a list of criterion codes.")
                % {"n": number}
            )
    return problems


def _table_fields(form_schema) -> set[str]:
    if not isinstance(form_schema, list):
        return set()
    return {
        field.get("key")
        for field in form_schema
        if isinstance(field, dict) and field.get("kind") == FieldKind.TABLE
    }


def eligibility_rule_problems(rules, form_schema=None) -> list[str]:
    """Eligibility rules (all optional): repeat_win_years, results_table, organization_kinds,
    partner_roles_required. With `form_schema`, results_table must name one of its tables."""
    if not isinstance(rules, dict):
        return [_("The eligibility rules must be an object.")]
    problems = []
    for key in rules:
        if key not in ELIGIBILITY_KEYS:
            problems.append(_("Unknown eligibility rule “%(key)s”.") % {"key": key})
    years = rules.get("repeat_win_years")
    if years is not None and (isinstance(years, bool) or not isinstance(years, int) or years < 1):
        problems.append(
            _("The years before the same work may win again must be a whole number of at least 1.")
        )
    table = rules.get("results_table")
    if table is not None:
        if not isinstance(table, dict) or not table.get("field"):
            problems.append(_("The results table rule needs the key of a table field."))
        else:
            min_years = table.get("min_years", 3)
            if isinstance(min_years, bool) or not isinstance(min_years, int) or min_years < 1:
                problems.append(_("The results table rule needs at least 1 year of results."))
            if form_schema is not None and table["field"] not in _table_fields(form_schema):
                problems.append(
                    _("The results table rule names “%(key)s”, which is not a table in the form.")
                    % {"key": table["field"]}
                )
    kinds = rules.get("organization_kinds")
    if kinds is not None and (
        not isinstance(kinds, list) or not set(kinds) <= set(OrganizationKind.values)
    ):
        problems.append(_("Who may apply must be a list of kinds of public body."))
    roles = rules.get("partner_roles_required")
    if roles is not None and (
        not isinstance(roles, list) or not set(roles) <= set(PartnerRole.values)
    ):
        problems.append(_("The partner roles required must be a list of partner roles."))
    return problems


def form_problems(form_schema) -> list[str]:
    """The applications module's checks of a form schema, as plain messages."""
    return [
        str(getattr(problem, "message", problem)) for problem in form_schema_problems(form_schema)
    ]


def window_problems(opens_at, closes_at) -> list[str]:
    if opens_at is None or closes_at is None:
        return [_("Set when applications open and close.")]
    if opens_at >= closes_at:
        return [_("Applications must open before they close.")]
    return []


def award_type_problems(award_type) -> list[ConfigProblem]:
    """Everything that keeps a type from being published; empty when it is complete."""
    problems = []
    version = award_type.framework_version
    if version is None:
        problems.append(ConfigProblem("framework_version", _("Choose the criteria version.")))
    elif version.status != "approved":
        problems.append(
            ConfigProblem(
                "framework_version",
                _("The criteria version %(label)s is not approved yet.") % {"label": version.label},
            )
        )
    schema = award_type.form_schema
    if not schema:
        problems.append(ConfigProblem("form_schema", _("The application form has no fields.")))
    else:
        problems += [ConfigProblem("form_schema", m) for m in form_problems(schema)]
    problems += [ConfigProblem("levels", m) for m in levels_problems(award_type.levels)]
    problems += [ConfigProblem("stage_plan", m) for m in stage_plan_problems(award_type.stage_plan)]
    problems += [
        ConfigProblem("eligibility", m)
        for m in eligibility_rule_problems(award_type.eligibility, schema)
    ]
    problems += [
        ConfigProblem("window", m)
        for m in window_problems(award_type.opens_at, award_type.closes_at)
    ]
    return problems
