"""schemathesis against the live OpenAPI document, as part of the suite: every operation gets
requests generated from its schema, valid and invalid, with a secretariat administrator's token
and with an agency coordinator's token, half of them pointed at real objects of the world (so
bodies reach the services) and half at generated ids. No answer may be a server error; every
status code must be one the operation documents; every answer must match its documented schema
and content type.

The number of examples per operation and token is bounded (LOETRAT_FUZZ_EXAMPLES, default 6)
and derandomised, so CI runs the same requests every time; raise it for a deeper run."""

import os
from contextlib import contextmanager

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections, transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from loetrat.accounts.tokens import api_token_create

from .api_rules import OPERATIONS
from .world import build_world

pytestmark = pytest.mark.django_db

EXAMPLES = int(os.environ.get("LOETRAT_FUZZ_EXAMPLES", "6"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)


@contextmanager
def _one_connection():
    """The WSGI handler would close the test's connection (and its transaction) around each
    request, as it does in production; the test client keeps it, and so does this."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def _strategy(operation, world, token: str):
    key = f"{operation.method.upper()} {operation.path}"
    params = OPERATIONS[key][0]
    headers = {"Authorization": f"Bearer {token}"}
    generated = operation.as_strategy(headers=headers)
    if params is None:
        return generated
    return st.one_of(
        generated, operation.as_strategy(headers=headers, path_parameters=params(world))
    )


def test_no_request_gets_a_server_error(request, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.ALLOWED_HOSTS = ["*"]
    world = build_world(request)
    tokens = [
        api_token_create(user=world.users[persona], name="fuzz")[1]
        for persona in ("secretariat_admin", "coordinator")
    ]
    sent = []
    with _one_connection():
        schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
        operations = [result.ok() for result in schema.get_all_operations()]
        assert len(operations) == len(OPERATIONS)
        for operation in operations:
            for token in tokens:

                @FUZZ_SETTINGS
                @given(case=_strategy(operation, world, token))
                def fuzz(case):
                    with transaction.atomic():
                        response = case.call()
                        transaction.set_rollback(True)
                    sent.append(response.status_code)
                    case.validate_response(response, checks=CHECKS)

                fuzz()
    print(f"fuzz: {len(sent)} requests, {sum(s >= 500 for s in sent)} server errors")
    assert len(sent) >= len(operations) * len(tokens)
    assert [status for status in sent if status >= 500] == []
