"""National-scale data for the benchmarks, written with bulk inserts.

Each `generate_*` function adds one kind of data to the configured database and returns a summary,
so later benchmarks can compose them (organisations first, then award applications, ...). Import
this module only after `bench.environment.configure()` has set Django up."""

from __future__ import annotations

import datetime
import itertools
import random
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import import_module

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.db import connection, transaction

from loetrat.organizations.demo import demo_bodies
from loetrat.organizations.enums import OrganizationKind, Role
from loetrat.organizations.models import Organization
from loetrat.organizations.services import membership_grant

from . import names

BATCH_SIZE = 500
SECRETARIAT_USERNAME = "bench.secretariat"
SECRETARIAT_BODY = "OPDC"


@dataclass(frozen=True)
class OrgRow:
    """One body to create; `parent` is a code, created earlier in the plan or already stored."""

    code: str
    kind: str
    name_th: str
    name_en: str = ""
    abbreviation_th: str = ""
    abbreviation_en: str = ""
    parent: str | None = None
    active_from: datetime.date | None = None


@dataclass
class GenerationSummary:
    created: int
    seconds: float
    by_kind: dict[str, int] = field(default_factory=dict)
    max_depth: int = 0


def backbone_rows() -> list[OrgRow]:
    """The real top of the tree from the demo data: ministries, departments, clusters,
    provinces, public organisations and the first internal units (parents come first)."""
    rows = []
    for row in demo_bodies():
        established = row["active_from"]
        rows.append(
            OrgRow(
                code=row["code"],
                kind=row["kind"],
                name_th=row["name_th"],
                name_en=row.get("name_en", ""),
                abbreviation_th=row.get("abbreviation_th", ""),
                abbreviation_en=row.get("abbreviation_en", ""),
                parent=row["parent_code"] or None,
                active_from=datetime.date.fromisoformat(established) if established else None,
            )
        )
    return rows


def _department_units(departments: list[OrgRow]) -> Iterator[OrgRow]:
    """Divisions of every department first, then sections inside the divisions, so that any
    prefix of the sequence has its parents in it."""
    divisions = []
    for index, (th, en) in enumerate(names.DEPARTMENT_UNITS, start=1):
        for department in departments:
            division = OrgRow(
                code=f"{department.code}-B{index:02d}",
                kind=OrganizationKind.INTERNAL_UNIT,
                name_th=f"{th} {department.name_th}",
                name_en=f"{en}, {department.name_en}" if department.name_en else "",
                parent=department.code,
            )
            divisions.append(division)
            yield division
    for index, (th, en) in enumerate(names.SECTIONS, start=1):
        for division in divisions:
            yield OrgRow(
                code=f"{division.code}-{index:02d}",
                kind=OrganizationKind.INTERNAL_UNIT,
                name_th=f"{th} {division.name_th}",
                name_en=f"{en}, {division.name_en}" if division.name_en else "",
                parent=division.code,
            )


def _province_names(province: OrgRow) -> tuple[str, str]:
    return (
        province.name_th.removeprefix("จังหวัด"),
        province.name_en.removesuffix(" Province"),
    )


def _provincial_offices(provinces: list[OrgRow]) -> Iterator[OrgRow]:
    for index, (th, en) in enumerate(names.PROVINCIAL_OFFICES, start=1):
        for province in provinces:
            place_th, place_en = _province_names(province)
            yield OrgRow(
                code=f"{province.code}-PO{index:02d}",
                kind=OrganizationKind.INTERNAL_UNIT,
                name_th=f"{th}{place_th}",
                name_en=f"{place_en} {en}",
                parent=province.code,
            )


def _local_governments(
    provinces: list[OrgRow], with_pao: set[str], rng: random.Random
) -> Iterator[OrgRow]:
    """A provincial administrative organisation per province, then municipalities and
    subdistrict organisations spread over the provinces, without end."""
    pao_th, pao_en = names.PROVINCIAL_ADMINISTRATION
    for province in provinces:
        if province.code not in with_pao:
            place_th, place_en = _province_names(province)
            yield OrgRow(
                code=f"{province.code}-PAO",
                kind=OrganizationKind.LOCAL_GOVERNMENT,
                name_th=f"{pao_th}{place_th}",
                name_en=pao_en.format(place_en),
                parent=province.code,
            )
    places = list(itertools.product(names.PLACE_HEADS, names.PLACE_TAILS))
    queues = {}
    for province in provinces:
        shuffled = places[:]
        rng.shuffle(shuffled)
        queues[province.code] = itertools.cycle(shuffled)
    for number in itertools.count(1):
        form_th, form_en, form_code = names.LOCAL_GOVERNMENT_FORMS[
            number % len(names.LOCAL_GOVERNMENT_FORMS)
        ]
        for province in provinces:
            (head_th, head_en), (tail_th, tail_en) = next(queues[province.code])
            yield OrgRow(
                code=f"{province.code}-{form_code}{number:04d}",
                kind=OrganizationKind.LOCAL_GOVERNMENT,
                name_th=f"{form_th}{head_th}{tail_th}",
                name_en=form_en.format(f"{head_en} {tail_en}"),
                parent=province.code,
            )


def plan_organizations(n: int, *, seed: int = 2566) -> list[OrgRow]:
    """Exactly `n` bodies: the real backbone, then roughly 30% internal units of departments,
    up to 20% provincial offices and the rest local government, parents before children."""
    backbone = backbone_rows()
    if n < len(backbone):
        raise ValueError(f"n must be at least {len(backbone)} (the real backbone of the tree)")
    rng = random.Random(seed)
    departments = [row for row in backbone if row.kind == OrganizationKind.DEPARTMENT]
    # Bangkok is a special local government (BMA), without provincial offices or councils.
    provinces = [
        row
        for row in backbone
        if row.kind == OrganizationKind.PROVINCE and row.name_th.startswith("จังหวัด")
    ]
    with_pao = {
        row.parent
        for row in backbone
        if row.kind == OrganizationKind.LOCAL_GOVERNMENT and "ส่วนจังหวัด" in row.name_th
    }
    remaining = n - len(backbone)
    units = round(remaining * 0.3)
    offices = min(round(remaining * 0.2), len(provinces) * len(names.PROVINCIAL_OFFICES))
    local = remaining - units - offices
    return [
        *backbone,
        *itertools.islice(_department_units(departments), units),
        *itertools.islice(_provincial_offices(provinces), offices),
        *itertools.islice(_local_governments(provinces, with_pao, rng), local),
    ]


def _depths(rows: list[OrgRow], stored: dict[str, Organization]) -> dict[str, int]:
    depths = {code: organization.depth for code, organization in stored.items()}
    for row in rows:
        depths[row.code] = depths[row.parent] + 1 if row.parent else 0
    return depths


@transaction.atomic
def insert_organizations(rows: Iterable[OrgRow]) -> dict[str, Organization]:
    """Bulk-insert `rows` level by level (a body's `path` needs its parent's id and path), with
    the same `path`, `depth`, `search_text` and `name_sort` as `organization_create` gives.
    Rows whose code is already stored are skipped. Returns the created bodies by code."""
    rows = list(rows)
    parent_codes = {row.parent for row in rows if row.parent}
    stored = {
        organization.code: organization
        for organization in Organization.objects.filter(
            code__in=parent_codes | {row.code for row in rows}
        )
    }
    rows = [row for row in rows if row.code not in stored]
    depths = _depths(rows, stored)
    known = dict(stored)
    created = {}
    for depth in sorted({depths[row.code] for row in rows}):
        level = []
        for row in rows:
            if depths[row.code] != depth:
                continue
            organization = Organization(
                code=row.code,
                kind=row.kind,
                name_th=row.name_th,
                name_en=row.name_en,
                abbreviation_th=row.abbreviation_th,
                abbreviation_en=row.abbreviation_en,
                parent=known[row.parent] if row.parent else None,
                active_from=row.active_from,
                depth=depth,
            )
            organization.refresh_search_text()
            level.append(organization)
        Organization.objects.bulk_create(level, batch_size=BATCH_SIZE)
        for organization in level:
            organization.path = organization.compute_path()
            known[organization.code] = created[organization.code] = organization
        _store_paths(level)
    return created


def _store_paths(organizations: list[Organization]) -> None:
    """One prepared UPDATE per row: far quicker than `bulk_update`'s CASE expressions."""
    quote = connection.ops.quote_name
    sql = (
        f"UPDATE {quote(Organization._meta.db_table)} SET {quote('path')} = %s "
        f"WHERE {quote('id')} = %s"
    )
    with connection.cursor() as cursor:
        cursor.executemany(
            sql, [(organization.path, organization.pk) for organization in organizations]
        )


def generate_organizations(n: int = 10_000, *, seed: int = 2566) -> GenerationSummary:
    """Create a realistic national tree of `n` public bodies (see `plan_organizations`)."""
    started = time.perf_counter()
    created = insert_organizations(plan_organizations(n, seed=seed))
    return GenerationSummary(
        created=len(created),
        seconds=time.perf_counter() - started,
        by_kind=dict(Counter(organization.kind for organization in created.values())),
        max_depth=max((organization.depth for organization in created.values()), default=0),
    )


def create_secretariat_user(
    *, username: str = SECRETARIAT_USERNAME, organization_code: str = SECRETARIAT_BODY
):
    """A secretariat officer of OPDC, who may see the whole directory. No usable password:
    the benchmarks log in with `session_cookie`."""
    user, created = get_user_model().objects.get_or_create(
        username=username,
        defaults={"first_name": "ผู้ทดสอบ", "last_name": "สมรรถนะ", "title_th": "นาย"},
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    membership_grant(
        user=user,
        organization=Organization.objects.get(code=organization_code),
        role=Role.SECRETARIAT_OFFICER,
        actor=None,
        position="เจ้าหน้าที่ทดสอบสมรรถนะระบบ",
    )
    return user


def session_cookie(user) -> tuple[str, str]:
    """A logged-in session stored in the database, as the cookie (name, value) to send."""
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return settings.SESSION_COOKIE_NAME, store.session_key
