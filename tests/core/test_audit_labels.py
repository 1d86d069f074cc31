"""Every action Loetrat records has a name for people, and the log shows names, not codes."""

import datetime
import importlib
import pkgutil
import re
from pathlib import Path
from unittest import mock
from zoneinfo import ZoneInfo

from django.urls import reverse

import loetrat
from loetrat.core.audit import _action_labels, audit_record
from loetrat.core.transitions import state_machines

ROOT = Path(loetrat.__file__).parent
LITERAL = re.compile(r"""action\s*=\s*["']([a-z_]+\.[a-z_]+\.[a-z_]+)["']""")
# `_audit(actor, "verb", clinic, ...)` writes "clinics.clinic.<verb>".
CLINIC_VERB = re.compile(r"""_audit\(\s*\w+,\s*["'](\w+)["']""")


def _recorded_actions() -> set[str]:
    """The actions the code can write: dotted literals passed as `action=`, the clinic verbs,
    and every action of every state machine (declared when the services are imported)."""
    for module in pkgutil.walk_packages([str(ROOT)], prefix="loetrat."):
        if ".services" in module.name or module.name.endswith(".services"):
            importlib.import_module(module.name)
    actions = set()
    for path in ROOT.rglob("*.py"):
        text = path.read_text()
        actions.update(LITERAL.findall(text))
        if path.parts[-2:] == ("clinics", "services.py"):
            actions.update(f"clinics.clinic.{verb}" for verb in CLINIC_VERB.findall(text))
    for machine in state_machines():
        if machine.model.__module__.startswith("loetrat."):  # not the test suite's own
            actions.update(machine.audit_actions())
    return actions


def test_every_recorded_action_has_a_label():
    actions = _recorded_actions()
    assert len(actions) > 40
    assert {"clinics.clinic.requested", "awards.application.submit"} <= actions
    assert sorted(actions - set(_action_labels)) == []


def test_the_log_names_actions_fields_and_values(secretariat_client, agency):
    moment = datetime.datetime(2025, 3, 10, 9, 30, 7, tzinfo=ZoneInfo("Asia/Bangkok"))
    with mock.patch("django.utils.timezone.now", return_value=moment):
        audit_record(
            actor=None,
            action="organizations.body.updated",
            target=agency,
            before={"kind": "department", "name_th": "กรมเดิม"},
            after={"kind": "ministry", "name_th": "กรมสรรพากร"},
        )
    page = secretariat_client.get(reverse("core:audit_log")).content.decode()
    assert "10 มีนาคม 2568 เวลา 09:30:07 น." in page
    assert "<dt>ชื่อ (ภาษาไทย)</dt>" in page and "<dt>name_th</dt>" not in page
    assert "<del>กรม</del> → กระทรวง" in page
    assert 'list="audit-actions"' in page
