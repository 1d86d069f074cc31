"""Every persona on every route of the site, read from the URL conf: anonymous people are sent
to the login, people without the right are refused (403, or 404 for an object they may not know
of), people with it are let in, and nobody gets a server error. Each route is asked with GET and
with an empty POST, so a form that checks the reader but not the writer is caught too.

A route without a declared rule in `site_rules.py` fails `test_every_route_is_declared`."""

import copy

import pytest

from .matrix import EVERYONE, clients, expected, judge, outcome, send
from .routes import site_routes
from .site_rules import ADMIN_SITE, ADMIN_SITE_OPEN, ADMIN_SITE_PREFIX, ROUTES
from .world import PERSONAS, build_world

pytestmark = pytest.mark.django_db

GROUPS = ("publishing", "accounts", "healthz", "dashboard", "organizations", "frameworks")
GROUPS = (*GROUPS, "awards", "meetings", "clinics", "core", "inbox", "admin")


def _group(route) -> str:
    if route.pattern.startswith(ADMIN_SITE_PREFIX):
        return "admin"
    return route.key.split(":")[0]


def test_every_route_is_declared():
    declared = set(ROUTES)
    found = {route.key for route in site_routes() if _group(route) != "admin"}
    assert found - declared == set(), "routes without a rule in tests/security/site_rules.py"
    assert declared - found == set(), "rules for routes that no longer exist"
    assert {_group(route) for route in site_routes()} == set(GROUPS)


def _check(world, route, kwargs, rule, browsers, results):
    url = route.url(kwargs(world) if kwargs else None)
    for persona in PERSONAS:
        for method, allowed in (("get", rule.read), ("post", rule.acting)):
            cookies = copy.deepcopy(browsers[persona].cookies)
            got = outcome(send(browsers[persona], method, url))
            browsers[persona].cookies = cookies  # a logout or a language switch is undone too
            want = expected(persona, allowed, rule.refused)
            results.append((route.key, method, persona, want, got))


@pytest.mark.parametrize("group", GROUPS)
def test_persona_matrix(request, group, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    world = build_world(request)
    browsers = clients(world)
    results = []
    for route in site_routes():
        if _group(route) != group:
            continue
        if group == "admin":
            kwargs, rule = None, ADMIN_SITE_OPEN.get(route.key, ADMIN_SITE)
        else:
            kwargs, rule = ROUTES[route.key]
        _check(world, route, kwargs, rule, browsers, results)
    assert results
    problems = judge(results)
    assert not problems, "\n".join(problems)
    assert {persona for _, _, persona, _, _ in results} == EVERYONE
