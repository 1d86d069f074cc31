"""Every persona on every operation of the API, read from its OpenAPI document: without a
session or token the answer is 401, a persona without the right gets 403 (or 404 for an object
it may not know of), a persona with it gets its answer, and nobody gets a server error.

Each operation is sent with a valid body, so a refusal is not hidden behind a 422. An operation
without a declared rule in `api_rules.py` fails `test_every_operation_is_declared`."""

import json

import pytest

from .api_rules import OPERATIONS
from .matrix import EVERYONE, clients, expected, judge, outcome, send
from .world import PERSONAS, build_world

pytestmark = pytest.mark.django_db

SCHEMA = "/api/v1/openapi.json"


def _operations(client) -> dict[str, dict]:
    schema = client.get(SCHEMA).json()
    return {
        f"{method.upper()} {path}": operation
        for path, methods in schema["paths"].items()
        for method, operation in methods.items()
    }


def test_every_operation_is_declared(client):
    found = set(_operations(client))
    assert found - set(OPERATIONS) == set(), "operations without a rule in api_rules.py"
    assert set(OPERATIONS) - found == set(), "rules for operations that no longer exist"


def _request(world, key, operation, body) -> dict:
    content = next(iter(operation.get("requestBody", {}).get("content", {})), None)
    data = body(world) if callable(body) else body
    if content == "multipart/form-data":
        return {"data": data}
    if data is None:
        return {}
    return {"data": json.dumps(data), "content_type": "application/json"}


def test_persona_matrix(request, client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    world = build_world(request)
    browsers = clients(world)
    results = []
    for key, operation in _operations(client).items():
        params, body, allowed = OPERATIONS[key]
        method, path = key.split(" ", 1)
        url = path.format(**params(world)) if params else path
        for persona in PERSONAS:
            extra = _request(world, key, operation, body)
            response = send(browsers[persona], method.lower(), url, **extra)
            results.append((key, method, persona, expected(persona, allowed), outcome(response)))
    problems = judge(results)
    assert not problems, "\n".join(problems)
    assert {persona for _, _, persona, _, _ in results} == EVERYONE
