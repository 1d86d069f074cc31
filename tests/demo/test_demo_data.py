"""The demo data files: each goes through the importer or the checks a person's file would, the
whole demo loads through them, and a second load adds nothing."""

import csv
import datetime
import io
import json
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command

import loetrat
from loetrat.awards.demo_cycles import demo_structure
from loetrat.core.demo import load_demo
from loetrat.core.formschema.schema import form_schema_problems
from loetrat.core.models import AuditEvent
from loetrat.frameworks.documents import parse_document
from loetrat.frameworks.selectors import version_document
from loetrat.frameworks.services import version_import
from loetrat.organizations.demo import (
    BODIES,
    DEMO_PASSWORD,
    RENAMES,
    demo_bodies,
    demo_people,
    load_demo_organizations,
)
from loetrat.organizations.enums import Role
from loetrat.organizations.models import Organization
from loetrat.organizations.services import organizations_import

DATA = Path(loetrat.__file__).resolve().parent / "demo" / "data"
JSON_FILES = sorted(DATA.rglob("*.json"))
DOCUMENTS = sorted(
    [*DATA.glob("frameworks/versions/*.json"), *DATA.glob("awards/rubrics-*/*.json")]
)


def _read(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def _codes(path: Path) -> list[str]:
    return [row["code"] for row in csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")))]


@pytest.mark.parametrize("path", JSON_FILES, ids=lambda path: str(path.relative_to(DATA)))
def test_json_files_are_written_the_project_way(path):
    text = path.read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"


def test_the_bodies_file_passes_the_importer_unchanged(db):
    result = organizations_import(actor=None, file=BODIES, dry_run=True)
    assert result.errors == []
    assert result.created == len(_codes(BODIES)) == 287
    assert not result.applied and not Organization.objects.exists()


def test_the_renames_file_renames_bodies_of_the_bodies_file(db):
    organizations_import(actor=None, file=BODIES)
    result = organizations_import(actor=None, file=RENAMES, dry_run=True)
    assert result.errors == [] and result.updated == len(_codes(RENAMES)) == 1
    changes = result.rows[0].changes
    assert set(changes) == {"name_th", "name_en", "abbreviation_th", "abbreviation_en"}
    assert changes["abbreviation_en"] == ("MICT", "MDES")


def test_the_renamed_ministry_keeps_its_former_name(db):
    load_demo_organizations()
    mdes = Organization.objects.get(code="MDES")
    assert (mdes.name_th, mdes.abbreviation_th) == ("กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", "ดศ.")
    assert mdes.active_from == datetime.date(2002, 10, 3)
    former = mdes.former_names.get()
    assert former.name_th == "กระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร"
    assert (former.name_en, former.abbreviation_th, former.abbreviation_en) == (
        "Ministry of Information and Communication Technology",
        "ทก.",
        "MICT",
    )
    assert former.used_until == datetime.date(2016, 9, 15)
    imports = AuditEvent.objects.filter(action="organizations.import.applied")
    assert sorted(event.after["file"] for event in imports) == ["bodies.csv", "renames.csv"]
    assert Organization.objects.get(code="TH-38").active_from == datetime.date(2011, 3, 23)


def test_demo_bodies_are_the_directory_as_loaded(db):
    load_demo_organizations()
    bodies = demo_bodies()
    assert [row["code"] for row in bodies] == _codes(BODIES)
    stored = {
        code: (name_th, abbreviation_en, parent or "")
        for code, name_th, abbreviation_en, parent in Organization.objects.values_list(
            "code", "name_th", "abbreviation_en", "parent__code"
        )
    }
    assert {
        row["code"]: (row["name_th"], row["abbreviation_en"], row["parent_code"]) for row in bodies
    } == stored


def test_bodies_already_in_the_directory_are_left_as_they_are(opdc):
    opdc.name_en = "OPDC as the secretariat wrote it"
    opdc.save(update_fields=["name_en"])
    result = load_demo_organizations()
    assert result["organizations_created"] == 285
    opdc.refresh_from_db()
    assert opdc.name_en == "OPDC as the secretariat wrote it"
    assert Organization.objects.get(code="OPDC-SEC").parent == opdc
    assert Organization.objects.get(code="MDES").former_names.count() == 1


def test_demo_people_have_known_roles_and_bodies():
    people = demo_people()
    assert len(people) == 7 and DEMO_PASSWORD
    codes = set(_codes(BODIES))
    for person in people:
        assert Role(person["role"]) and person["organization"] in codes, person


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.name)
def test_every_criteria_document_passes_the_import_checks(path):
    document = _read(path)
    parsed, problems = parse_document(document)
    assert problems == [] and parsed is not None
    assert path.stem == f"{document['framework']['code']}-{document['version']['label']}"


def test_criteria_documents_are_exports_of_what_they_import(db):
    for path in DOCUMENTS:
        document = _read(path)
        assert version_document(version_import(document=document, actor=None)) == document, path


@pytest.mark.parametrize(
    "path", sorted(DATA.glob("awards/forms/*.json")), ids=lambda path: path.name
)
def test_every_application_form_passes_the_form_checks(path):
    assert form_schema_problems(_read(path)) == []


def test_the_cycle_structures_name_existing_forms_and_plans():
    for year_be in (2565, 2566):
        for _branch, types in demo_structure(year_be):
            for fields in types:
                assert fields["form_schema"] and fields["stage_plan"], (year_be, fields["code"])


def _counts() -> dict[str, int]:
    return {model._meta.label: model._base_manager.count() for model in apps.get_models()}


def test_the_whole_demo_loads_once(db):
    first = load_demo()
    counts = _counts()
    assert first["organizations"]["organizations_created"] == 287
    assert first["applications"] == {"created": 7, "skipped": 0}
    second = load_demo()
    assert second["organizations"]["organizations_created"] == 0
    assert second["frameworks"] == {"versions_created": 0}
    assert second["applications"] == {"created": 0, "skipped": 0}
    assert _counts() == counts


def test_demo_accounts_lists_every_person(db):
    load_demo_organizations()
    output = io.StringIO()
    call_command("demo_accounts", stdout=output)
    text = output.getvalue()
    assert DEMO_PASSWORD in text
    for person in demo_people():
        assert person["username"] in text
