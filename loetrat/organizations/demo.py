"""Loads the demo tree of Thai public bodies and the demo people, once: a second run only adds
what is missing.

The data lives in loetrat/demo/data/organizations/ and goes through the organisation importer,
as a secretariat would load it: bodies.csv is the tree (the Ministry of Digital Economy and
Society under the name it had until 15 September 2016), then renames.csv renames that ministry
with the day it took effect, so its old name is kept as a former name. people.json holds the
demo accounts and their shared password."""

from __future__ import annotations

import csv
import functools
import io
import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction

from .enums import Role
from .models import Membership, Organization
from .services import ImportResult, membership_grant, organizations_import

DATA = Path(__file__).resolve().parent.parent / "demo" / "data" / "organizations"
BODIES = DATA / "bodies.csv"
RENAMES = DATA / "renames.csv"
PEOPLE = DATA / "people.json"


@functools.cache
def _people_file() -> dict:
    return json.loads(PEOPLE.read_text(encoding="utf-8"))


DEMO_PASSWORD: str = _people_file()["password"]


def demo_people() -> list[dict[str, str]]:
    """The demo accounts: username, title_th, first_name, last_name, first_name_en,
    last_name_en, role (a Role value), organization (a body's code) and position."""
    return [dict(person) for person in _people_file()["people"]]


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def demo_bodies() -> list[dict[str, str]]:
    """The demo's public bodies as they stand once loaded (renames applied), as rows keyed by
    the importer's columns (code, kind, name_th, name_en, abbreviation_th, abbreviation_en,
    parent_code, active_from; blank values are ""), parents before children."""
    renames = {row["code"]: row for row in _rows(RENAMES)}
    bodies = []
    for row in _rows(BODIES):
        renamed = renames.get(row["code"], {})
        bodies.append({**row, **{name: renamed[name] for name in row if name in renamed}})
    return bodies


def _import(path: Path, codes: set[str], actor) -> ImportResult | None:
    """Import the rows of `path` whose code is in `codes`: the file itself when that is every
    row, or only those rows. Nothing to import gives None; a refused file raises ValueError."""
    rows = _rows(path)
    chosen = [row for row in rows if row["code"] in codes]
    if not chosen:
        return None
    if len(chosen) == len(rows):
        result = organizations_import(actor=actor, file=path)
    else:
        result = organizations_import(actor=actor, rows=chosen, filename=path.name)
    if not result.ok:
        raise ValueError(f"{path.name}: " + "; ".join(str(error) for error in result.errors))
    return result


def _load_organizations(actor) -> int:
    """Import the bodies not in the directory yet, then rename those of them that changed
    name; bodies already there are left as they are."""
    existing = set(Organization.objects.values_list("code", flat=True))
    missing = {row["code"] for row in _rows(BODIES)} - existing
    result = _import(BODIES, missing, actor)
    if result is None:
        return 0
    _import(RENAMES, missing, actor)
    return result.created


class DemoAccounts:
    """Gets or creates demo accounts, each new one with the demo password. The password is
    hashed once per loader run and the hash shared: hashing is slow on purpose, and every demo
    account has the same, published password anyway."""

    def __init__(self):
        self._hash = ""

    def get(self, username: str, **names: str):
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={**names, "email": f"{username}@demo.loetrat.local"}
        )
        if created:
            self._hash = self._hash or make_password(DEMO_PASSWORD)
            user.password = self._hash
            user.save(update_fields=["password"])
        return user


def _load_people(actor) -> list[tuple[str, str, str]]:
    accounts = DemoAccounts()
    loaded = []
    for person in demo_people():
        user = accounts.get(
            person["username"],
            **{
                name: person[name]
                for name in ("title_th", "first_name", "last_name", "first_name_en", "last_name_en")
            },
        )
        role = Role(person["role"])
        organization = Organization.objects.get(code=person["organization"])
        if not Membership.objects.filter(user=user, role=role, organization=organization).exists():
            membership_grant(
                user=user,
                organization=organization,
                role=role,
                actor=actor,
                position=person["position"],
            )
        loaded.append((user.username, str(role.label), organization.name_th))
    return loaded


@transaction.atomic
def load_demo_organizations(*, actor=None) -> dict:
    created = _load_organizations(actor)
    accounts = _load_people(actor)
    return {"organizations_created": created, "accounts": accounts}
