"""What the benchmark measures: the pages (targets) and the data they need (scenarios).

A later benchmark adds a `Scenario`: a `prepare` function that generates its national-scale data
with the functions in `bench.generate`, and the pages to load against it."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from urllib.parse import quote

SEARCH_WORD = "สาธารณสุข"  # "public health": provincial offices and a few departments


@dataclass(frozen=True)
class Target:
    """A page to load. `same_queries_as` names a target that must make as many SQL queries,
    e.g. a deep page and the first page of one list: the count must not grow with the rows."""

    name: str
    path: str
    login: bool = True
    same_queries_as: str | None = None


@dataclass(frozen=True)
class Scenario:
    name: str
    prepare: Callable[[argparse.Namespace], dict]
    targets: list[Target] = field(default_factory=list)


BASELINE = Target("healthz (baseline)", "/healthz", login=False)


def _prepare_organizations(options: argparse.Namespace) -> dict:
    from .generate import generate_organizations

    return asdict(generate_organizations(options.organizations))


SCENARIOS = [
    Scenario(
        "organizations",
        _prepare_organizations,
        [
            Target("organisation list", "/organizations/"),
            Target("organisation search", f"/organizations/?q={quote(SEARCH_WORD)}"),
            Target(
                "organisation page 100",
                "/organizations/?page=100",
                same_queries_as="organisation list",
            ),
        ],
    ),
]


def _prepare_awards(options: argparse.Namespace) -> dict:
    """5,000 applications of a 2566 cycle from 800 agencies, then the pages that need their ids:
    the workspace filtered by a branch and a state (first and a deep page), an application page
    (when the applications module provides it) and the .xlsx export of all 5,000, timed here."""
    from django.urls import NoReverseMatch, reverse

    from loetrat.awards.models import Application, AwardBranch

    from .awards import YEAR, generate_applications, time_export

    summary = generate_applications(options.applications, options.agencies)
    summary = time_export(summary)
    print(
        f"awards: .xlsx export of {summary.export_rows} applications took "
        f"{summary.export_seconds:.2f} s ({summary.export_queries} queries, "
        f"{summary.export_bytes / 1e6:.1f} MB)",
        flush=True,
    )
    branch = AwardBranch.objects.get(cycle__year_be=YEAR, code="PUBLIC-SERVICE")
    workspace = f"/awards/cycles/{YEAR}/workspace/"
    filtered = f"{workspace}?branch={branch.pk}&state=submitted"
    targets = AWARDS.targets
    targets.clear()
    targets += [
        Target("workspace list", workspace),
        Target("workspace filtered", filtered),
        Target("workspace page 20", f"{filtered}&page=20", same_queries_as="workspace filtered"),
        Target("workspace search", f"{workspace}?q={quote('ออนไลน์')}"),
        Target("award counts", f"/awards/cycles/{YEAR}/dashboard/"),
    ]
    try:
        application = Application.objects.filter(state="submitted").order_by("pk").first()
        targets.append(
            Target("application page", reverse("awards:application_detail", args=[application.pk]))
        )
    except NoReverseMatch:
        pass
    return asdict(summary)


AWARDS = Scenario("awards", _prepare_awards, [])
SCENARIOS.append(AWARDS)


def _prepare_meetings(options: argparse.Namespace) -> dict:
    """Eight years of a sub-committee's certified meetings with resolutions, actions and
    news, then its pages: the newest meeting (50 items), the committee, the follow-up actions
    (overdue, a deep page), the dashboard and the public news list and page."""
    from .meetings import generate_meetings

    summary = generate_meetings()
    MEETINGS.targets[:] = [
        Target("meeting page (50 items)", f"/meetings/{summary.newest_meeting_id}/"),
        Target("committee page", "/meetings/committees/bench-goodgov/"),
        Target("overdue actions", "/meetings/actions/?state=overdue"),
        Target(
            "overdue actions page 10",
            "/meetings/actions/?state=overdue&page=10",
            same_queries_as="overdue actions",
        ),
        Target("dashboard", "/dashboard/"),
        Target("news list (public)", "/news/", login=False),
        Target("news page (public)", f"/news/{summary.newest_news_slug}/", login=False),
    ]
    return asdict(summary)


MEETINGS = Scenario("meetings", _prepare_meetings, [])
SCENARIOS.append(MEETINGS)


def all_targets(scenarios: list[Scenario]) -> list[Target]:
    return [BASELINE, *(target for scenario in scenarios for target in scenario.targets)]
