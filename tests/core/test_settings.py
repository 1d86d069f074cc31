"""Settings that must hold in every deployment."""

import os
import subprocess
import sys
from pathlib import Path

import dj_database_url
import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent.parent
GOOD_KEY = "k" * 25 + "Z" * 25


def _import_production(**env_overrides) -> subprocess.CompletedProcess:
    env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "DJANGO_SETTINGS_MODULE",
            "EMAIL_BACKEND",
            "ALLOW_CONSOLE_EMAIL",
        }
    }
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "-c", "import config.settings.production as s; print(s.DEBUG)"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_missing_secret_key():
    result = _import_production(ALLOWED_HOSTS="loetrat.opdc.go.th")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr


def test_production_refuses_the_development_key():
    from config.settings.base import DEVELOPMENT_SECRET_KEY

    result = _import_production(
        SECRET_KEY=DEVELOPMENT_SECRET_KEY, ALLOWED_HOSTS="loetrat.opdc.go.th"
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr


def test_production_refuses_short_key():
    result = _import_production(SECRET_KEY="short", ALLOWED_HOSTS="loetrat.opdc.go.th")
    assert "ImproperlyConfigured" in result.stderr


def test_production_refuses_empty_allowed_hosts():
    result = _import_production(SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS=" , ")
    assert "ALLOWED_HOSTS" in result.stderr


SMTP = "django.core.mail.backends.smtp.EmailBackend"


def test_production_imports_with_real_key_hosts_and_mail():
    result = _import_production(
        SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="loetrat.opdc.go.th", EMAIL_BACKEND=SMTP
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_production_refuses_console_email_unless_allowed():
    refused = _import_production(SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="loetrat.opdc.go.th")
    assert refused.returncode != 0
    assert "EMAIL_BACKEND" in refused.stderr
    allowed = _import_production(
        SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="loetrat.opdc.go.th", ALLOW_CONSOLE_EMAIL="true"
    )
    assert allowed.returncode == 0, allowed.stderr


def test_client_address_is_read_behind_the_configured_number_of_proxies(rf, settings):
    from loetrat.core.middleware import client_ip

    request = rf.get("/", HTTP_X_FORWARDED_FOR="203.0.113.7, 10.0.0.5", REMOTE_ADDR="10.0.0.9")
    settings.NUM_PROXIES = 0
    assert client_ip(request) == "10.0.0.9"
    settings.NUM_PROXIES = 1
    assert client_ip(request) == "10.0.0.5"
    settings.NUM_PROXIES = 2
    assert client_ip(request) == "203.0.113.7"


def test_default_sqlite_database_uses_wal_and_busy_timeout(monkeypatch):
    import importlib

    import config.settings.base as base

    monkeypatch.delenv("DATABASE_URL", raising=False)
    try:
        fresh = importlib.reload(base)
        database = fresh.DATABASES["default"]
    finally:
        monkeypatch.undo()
        importlib.reload(base)
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert "PRAGMA journal_mode=WAL" in database["OPTIONS"]["init_command"]
    assert "PRAGMA foreign_keys=ON" in database["OPTIONS"]["init_command"]
    assert database["OPTIONS"]["timeout"] == 20
    assert database["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert database["CONN_MAX_AGE"] == 0


def test_postgres_url_is_parsed_with_persistent_connections():
    database = dj_database_url.parse(
        "postgres://loetrat:pw@db.example:5432/loetrat", conn_max_age=60, conn_health_checks=True
    )
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["HOST"], database["NAME"], database["CONN_MAX_AGE"]) == (
        "db.example",
        "loetrat",
        60,
    )


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("SESSION_EXPIRE_AT_BROWSER_CLOSE", True),
        ("SESSION_COOKIE_HTTPONLY", True),
        ("LANGUAGE_COOKIE_NAME", "loetrat_language"),
        ("AUTH_USER_MODEL", "accounts.User"),
        ("TIME_ZONE", "Asia/Bangkok"),
        ("LANGUAGE_CODE", "th"),
    ],
)
def test_settings_in_force(name, value):
    assert getattr(settings, name) == value


def test_login_is_required_by_default():
    assert "django.contrib.auth.middleware.LoginRequiredMiddleware" in settings.MIDDLEWARE


def test_production_secures_transport_and_every_cookie():
    probe = (
        "import config.settings.production as s; "
        "print(s.DEBUG, s.SECURE_HSTS_SECONDS >= 31536000, s.SESSION_COOKIE_SECURE, "
        "s.CSRF_COOKIE_SECURE, s.LANGUAGE_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY)"
    )
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SETTINGS_MODULE", "DEBUG"}
    } | {"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "loetrat.opdc.go.th", "EMAIL_BACKEND": SMTP}
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "True", "True", "True", "True"]
