"""Eligibility: each rule of AwardType.eligibility, with the field to fix."""

import pytest
from django.utils import translation

from loetrat.awards.models import Application
from loetrat.awards.services import application_partner_set, application_save
from loetrat.awards.services.eligibility import eligibility_problems
from loetrat.organizations.enums import OrganizationKind
from tests.factories import (
    ApplicationFactory,
    AwardBranchFactory,
    AwardCycleFactory,
    AwardTypeFactory,
    OrganizationFactory,
)
from tests.factories.applications import (
    GOOD_ROW,
    RICH_FORM,
    PastApplicationFactory,
    complete_answers,
)


@pytest.fixture
def award_type(db):
    return AwardTypeFactory(form_schema=RICH_FORM, eligibility={})


@pytest.fixture
def application(award_type, agency, coordinator):
    app = ApplicationFactory(award_type=award_type, organization=agency, created_by=coordinator)
    application_save(application=app, actor=coordinator, data=complete_answers())
    return app


def rules_of(problems):
    return {problem.rule for problem in problems}


def test_complete_application_has_no_problems(application):
    assert eligibility_problems(application) == []


def test_required_fields_link_to_their_field(application, coordinator):
    application_save(application=application, actor=coordinator, data={})
    problems = eligibility_problems(application)
    summary = next(p for p in problems if p.field == "summary")
    assert summary.rule == "answers" and summary.anchor == "field-summary"


def _earlier_win(agency, coordinator, award_type, *, years_ago, title, level="good", code=None):
    cycle = AwardCycleFactory(
        programme=award_type.cycle.programme, year_be=award_type.cycle.year_be - years_ago
    )
    earlier_type = AwardTypeFactory(
        branch=AwardBranchFactory(cycle=cycle), code=code or award_type.code, eligibility={}
    )
    return PastApplicationFactory(
        award_type=earlier_type,
        organization=agency,
        title_th=title,
        state="submitted",
        reference=f"LR{cycle.year_be}-X-{years_ago:05d}",
        award_level=level,
        created_by=coordinator,
    )


@pytest.mark.parametrize(
    ("years_ago", "title", "level", "code", "refused"),
    [
        (2, "same", "good", None, True),
        (3, "same", "good", None, True),
        (4, "same", "good", None, False),
        (2, "another work", "good", None, False),
        (2, "same", "", None, False),
        (2, "same", "good", "OTHER-CODE", False),
    ],
)
def test_repeat_win_within_n_years(
    application, agency, coordinator, award_type, years_ago, title, level, code, refused
):
    award_type.eligibility = {"repeat_win_years": 3}
    award_type.save()
    application.title_th = "Same  "
    application.save()
    _earlier_win(
        agency, coordinator, award_type, years_ago=years_ago, title=title, level=level, code=code
    )
    assert ("repeat_win" in rules_of(eligibility_problems(application))) is refused


def test_repeat_win_follows_an_explicit_link_even_with_a_new_title(
    application, agency, coordinator, award_type
):
    award_type.eligibility = {"repeat_win_years": 3}
    award_type.save()
    earlier = _earlier_win(agency, coordinator, award_type, years_ago=1, title="old name")
    application.previous_application = earlier
    application.save()
    with translation.override("en"):
        problems = eligibility_problems(application)
    assert "already won this award" in next(p for p in problems if p.rule == "repeat_win").message


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ({"r2564": "n/a"}, "must be a number"),
        ({"direction": ""}, "higher or lower"),
        ({"target": ""}, "numeric target"),
        ({"r2563": ""}, "at least 3 consecutive years (now 2)"),
        ({"r2564": ""}, "at least 3 consecutive years (now 1)"),
    ],
)
def test_pmqa_results_table(application, coordinator, award_type, row, expected):
    award_type.eligibility = {"results_table": {"field": "indicators", "min_years": 3}}
    award_type.save()
    data = complete_answers(indicators=[dict(GOOD_ROW), {**GOOD_ROW, **row}])
    application_save(application=application, actor=coordinator, data=data)
    with translation.override("en"):
        problems = [p for p in eligibility_problems(application) if p.rule == "results_table"]
    assert problems and all(p.field == "indicators" and p.row == 2 for p in problems)
    assert any(expected in p.message for p in problems), [p.message for p in problems]


def test_pmqa_results_table_passes_with_three_years(application, award_type):
    award_type.eligibility = {"results_table": {"field": "indicators", "min_years": 3}}
    award_type.save()
    assert eligibility_problems(application) == []


def test_organization_kinds(application, award_type):
    award_type.eligibility = {"organization_kinds": [OrganizationKind.PROVINCE]}
    award_type.save()
    assert rules_of(eligibility_problems(application)) == {"organization_kind"}
    award_type.eligibility = {"organization_kinds": [OrganizationKind.DEPARTMENT]}
    award_type.save()
    assert eligibility_problems(application) == []


def test_partner_roles_required(application, award_type, coordinator):
    award_type.shared_work = True
    award_type.eligibility = {"partner_roles_required": ["adopting_agency"]}
    award_type.save()
    assert rules_of(eligibility_problems(application)) == {"partner_roles"}
    application_partner_set(
        application=application,
        organization=OrganizationFactory(),
        role="adopting_agency",
        actor=coordinator,
    )
    application = Application.objects.get(pk=application.pk)
    assert eligibility_problems(application) == []
