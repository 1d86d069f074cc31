"""Request ids, client addresses and the security headers on every page."""

import re

import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse

from loetrat.core import request_context
from loetrat.core.middleware import RequestIdMiddleware, client_ip

HOME = reverse("publishing:home")


def test_every_response_gets_a_fresh_request_id(anonymous_client, db):
    first = anonymous_client.get(HOME)["X-Request-ID"]
    second = anonymous_client.get(HOME)["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", first)
    assert first != second


def test_safe_incoming_request_id_is_kept(anonymous_client, db):
    response = anonymous_client.get(HOME, HTTP_X_REQUEST_ID="proxy-123.abc_DEF")
    assert response["X-Request-ID"] == "proxy-123.abc_DEF"


@pytest.mark.parametrize("unsafe", ["has space", "x" * 65, "<script>", "a\nb"])
def test_unsafe_incoming_request_id_is_replaced(unsafe):
    request = RequestFactory().get("/", HTTP_X_REQUEST_ID=unsafe)
    middleware = RequestIdMiddleware(lambda req: HttpResponse())
    response = middleware(request)
    assert response["X-Request-ID"] != unsafe
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])


def test_request_context_is_set_during_and_cleared_after_the_request():
    seen = {}

    def view(request):
        seen["context"] = request_context.current()
        return HttpResponse()

    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.5", HTTP_X_REQUEST_ID="abc")
    RequestIdMiddleware(view)(request)
    assert seen["context"] == request_context.RequestContext("abc", "192.0.2.5")
    assert request_context.current() == request_context.RequestContext()


def test_client_ip_ignores_forwarded_for_without_trusted_proxy(settings):
    settings.NUM_PROXIES = 0
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.1, 10.0.0.9"
    )
    assert client_ip(request) == "10.0.0.1"


def test_client_ip_takes_the_hop_added_by_the_trusted_proxy(settings):
    settings.NUM_PROXIES = 1
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.1"
    )
    assert client_ip(request) == "203.0.113.1"


def test_page_has_strict_content_security_policy(anonymous_client, db):
    response = anonymous_client.get(HOME)
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy


def test_page_has_other_security_headers(anonymous_client, db):
    response = anonymous_client.get(HOME)
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_pages_have_no_inline_scripts_or_styles(secretariat_client):
    for url in [
        reverse("dashboard:home"),
        reverse("organizations:list"),
        reverse("core:audit_log"),
    ]:
        html = secretariat_client.get(url).text
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), url
        assert "<style" not in html, url
        assert not re.search(r"\sstyle=", html), url
        assert not re.search(r"\son[a-z]+=", html), url


def test_a_body_over_the_limit_is_refused_before_it_is_read(client, settings, secretariat):
    settings.LOETRAT_MAX_REQUEST_MB = 1
    client.force_login(secretariat)
    big = b"x" * (1024 * 1024 + 1)
    api = client.generic("POST", "/api/v1/clinics", big, content_type="application/json")
    assert api.status_code == 413 and api.json()["code"] == "request_too_large"
    page = client.generic("POST", "/clinics/new/", big, content_type="application/octet-stream")
    assert page.status_code == 413
    small = client.generic("POST", "/api/v1/clinics", b"{}", content_type="application/json")
    assert small.status_code == 422


def test_missing_and_forbidden_pages_are_the_sites_own(client, coordinator_client):
    missing = client.get("/no/such/page/")
    assert missing.status_code == 404
    assert "ไม่พบหน้า" in missing.text or "Page not found" in missing.text
    assert "URLconf" not in missing.text  # never the technical page
    refused = coordinator_client.get("/audit/")
    assert refused.status_code == 403 and "URLconf" not in refused.text


def test_the_demo_settings_serve_with_debug_off(monkeypatch):
    import importlib

    monkeypatch.delenv("DEBUG", raising=False)
    import config.settings.local as local

    assert importlib.reload(local).DEBUG is False
