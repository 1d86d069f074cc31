"""The API's schema, session CSRF protection and uniform error format."""

import pytest
from django.test import RequestFactory
from ninja.errors import HttpError

from loetrat.api.auth import SessionAuth

SCHEMA = "/api/v1/openapi.json"


def test_openapi_schema_loads(anonymous_client, db):
    response = anonymous_client.get(SCHEMA)
    assert response.status_code == 200
    schema = response.json()
    assert schema["info"]["title"] == "Loetrat API"
    assert "/api/v1/organizations/" in schema["paths"]
    assert "/api/v1/me/" in schema["paths"]


def _session_request(method: str, user, **extra):
    request = getattr(RequestFactory(), method)("/api/v1/me/", **extra)
    request.user = user
    request.COOKIES["sessionid"] = "a-session"
    return request


def test_session_post_without_csrf_token_is_refused(coordinator):
    with pytest.raises(HttpError) as error:
        SessionAuth()(_session_request("post", coordinator))
    assert error.value.status_code == 403


def test_session_post_with_csrf_token_is_accepted(coordinator):
    token = "a" * 32
    request = _session_request("post", coordinator, HTTP_X_CSRFTOKEN=token)
    request.COOKIES["csrftoken"] = token
    request.META["HTTP_REFERER"] = "http://testserver/"
    assert SessionAuth()(request) == coordinator


def test_session_get_needs_no_csrf_token(coordinator):
    assert SessionAuth()(_session_request("get", coordinator)) == coordinator


def test_unknown_api_path_is_not_a_login_redirect(anonymous_client, db):
    response = anonymous_client.get("/api/v1/nothing-here")
    assert response.status_code == 404


def test_every_operation_documents_the_common_error_answers(client):
    schema = client.get("/api/v1/openapi.json").json()
    operations = [op for methods in schema["paths"].values() for op in methods.values()]
    assert len(operations) > 50
    for operation in operations:
        assert {"400", "401", "403", "413", "422", "500"} <= set(operation["responses"]), operation
    assert "Error" in schema["components"]["schemas"]


def test_schema_names_are_unique():
    """The OpenAPI document names each body schema by its class name: two classes of one name
    would show one operation's body under the other's fields."""
    import importlib
    import inspect
    import pkgutil

    from ninja import Schema

    import loetrat.api.schemas as package

    seen = {}
    for module_info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{module_info.name}")
        for name, value in vars(module).items():
            if (
                inspect.isclass(value)
                and issubclass(value, Schema)
                and value.__module__ == module.__name__
            ):
                assert name not in seen, f"{name} in {seen.get(name)} and {module.__name__}"
                seen[name] = module.__name__
    assert len(seen) > 20


def test_application_action_body_is_the_reason(client, db):
    schema = client.get("/api/v1/openapi.json").json()
    operation = schema["paths"]["/api/v1/applications/{application_id}/actions/{action}"]["post"]
    ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    body = schema["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    assert set(body["properties"]) == {"reason"}
