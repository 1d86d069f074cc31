"""Sending every persona to every route and judging the answers.

An answer is one of: `login` (sent to the login page, or 401 from the API), `denied` (403 or
404: a refused object is not told apart from a missing one), `method` (405: the route takes the
other method; it tells nothing, and passes wherever the person is not let in), `ok` (anything
else below 500: the page, a redirect elsewhere, a form error, a conflict) or `error` (5xx, never
expected).

Each request runs in a savepoint that is rolled back, so what an allowed persona did cannot
change what the next one is answered."""

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.shortcuts import resolve_url
from django.test import Client
from django.urls import reverse

from .world import PERSONAS

EVERYONE = frozenset(PERSONAS)
SIGNED_IN = EVERYONE - {"anonymous"}
SECRETARIAT = frozenset({"secretariat_admin", "secretariat"})
ADMIN = frozenset({"secretariat_admin"})
AGENCY = frozenset({"coordinator", "agency_head"})
SEATED = frozenset({"committee_member"})


@dataclass(frozen=True)
class Rule:
    """Who may read a route (GET) and who may act on it (POST and the other methods)."""

    read: frozenset
    write: frozenset | None = None
    # What a signed-in person without the right gets; the admin site sends them to its login.
    refused: str = "denied"

    @property
    def acting(self) -> frozenset:
        return self.read if self.write is None else self.write


def clients(world) -> dict[str, Client]:
    result = {"anonymous": Client()}
    for name, user in world.users.items():
        result[name] = Client()
        result[name].force_login(user)
    return result


def _login_urls() -> tuple[str, str]:
    return resolve_url(settings.LOGIN_URL), reverse("admin:login")


def outcome(response) -> str:
    status = response.status_code
    if status >= 500:
        return "error"
    if status == 401 or (status == 302 and response["Location"].startswith(_login_urls())):
        return "login"
    if status in (403, 404):
        return "denied"
    if status == 405:
        return "method"  # the route takes the other method; says nothing about the object
    return "ok"


def expected(persona: str, allowed: frozenset, refused: str = "denied") -> str:
    if persona in allowed:
        return "ok"
    return "login" if persona == "anonymous" else refused


def send(client: Client, method: str, url: str, **kwargs):
    """One request whose effects are rolled back."""
    with transaction.atomic():
        response = getattr(client, method)(url, **kwargs)
        transaction.set_rollback(True)
    return response


def judge(results: list[tuple[str, str, str, str, str]]) -> list[str]:
    """Lines for the answers that differ from the expectation: (route, method, persona,
    expected, got)."""
    return [
        f"{route} {method.upper()} as {persona}: expected {want}, got {got}"
        for route, method, persona, want, got in results
        if want != got and not (got == "method" and want != "ok")
    ]
