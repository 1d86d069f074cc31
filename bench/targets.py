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


def all_targets(scenarios: list[Scenario]) -> list[Target]:
    return [BASELINE, *(target for scenario in scenarios for target in scenario.targets)]
