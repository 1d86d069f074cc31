"""The `thai` template builtin: filters following the active language."""

import subprocess
import sys
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.template import Context, Engine
from django.utils import timezone, translation

ENGINE = Engine(builtins=["loetrat.core.templatetags.thai"])
ROOT = Path(__file__).resolve().parents[2]


def render(source: str, lang: str, **context: object) -> str:
    with translation.override(lang), timezone.override("Asia/Bangkok"):
        return ENGINE.from_string(source).render(Context(context))


@pytest.mark.parametrize(
    ("source", "th", "en"),
    [
        ("{{ d|thaidate }}", "19 พฤศจิกายน 2562", "19 November 2019"),
        ('{{ d|thaidate:"long" }}', "19 พฤศจิกายน 2562", "19 November 2019"),
        ('{{ d|thaidate:"short" }}', "19 พ.ย. 2562", "19 Nov 2019"),
        ('{{ d|thaidate:"numeric" }}', "19/11/2562", "19/11/2019"),
        ("{{ d|fiscal_year }}", "ปีงบประมาณ พ.ศ. 2563", "Fiscal year 2020"),
        ("{{ d|be_year }}", "2562", "2562"),
        ("{{ d|display_year }}", "2562", "2019"),
        ("{{ 2019|be_year }}", "2562", "2562"),
        ("{{ 2019|display_year }}", "2562", "2019"),
        ('{{ "2019"|display_year }}', "2562", "2019"),
        ("{{ 1043|thai_words }}", "หนึ่งพันสี่สิบสาม", "หนึ่งพันสี่สิบสาม"),
        ("{{ amount|baht_text }}", "สิบเอ็ดบาทห้าสิบสตางค์", "สิบเอ็ดบาทห้าสิบสตางค์"),
        ('{{ "4/2562"|thai_digits }}', "๔/๒๕๖๒", "๔/๒๕๖๒"),
    ],
)
def test_filters(source, th, en):
    context = {"d": date(2019, 11, 19), "amount": Decimal("11.50")}
    assert render(source, "th", **context) == th
    assert render(source, "en", **context) == en


def test_thaidatetime_converts_aware_datetimes_to_bangkok():
    moment = datetime(2019, 11, 19, 6, 30, tzinfo=UTC)
    assert render("{{ t|thaidatetime }}", "th", t=moment) == "19 พฤศจิกายน 2562 เวลา 13:30 น."
    assert render("{{ t|thaidatetime }}", "en", t=moment) == "19 November 2019, 13:30"
    assert render("{{ t|thaidate }}", "th", t=moment) == "19 พฤศจิกายน 2562"


def test_meeting_number_from_object_and_tuple():
    meeting = SimpleNamespace(sequence=4, year_be=2562)
    for value in (meeting, (4, 2562), [4, 2562]):
        assert render("{{ m|meeting_number }}", "th", m=value) == "ครั้งที่ 4/2562"
        assert render("{{ m|meeting_number }}", "en", m=value) == "Meeting 4/2562 (2019)"
        assert render('{{ m|meeting_number:"short" }}', "en", m=value) == "4/2562"


@pytest.mark.parametrize(
    "source",
    [
        "{{ missing|thaidate }}",
        "{{ missing|thaidatetime }}",
        "{{ missing|fiscal_year }}",
        "{{ missing|be_year }}",
        "{{ missing|display_year }}",
        "{{ missing|meeting_number }}",
        "{{ missing|thai_words }}",
        "{{ missing|baht_text }}",
        '{{ "not a date"|thaidate }}',
        '{{ "soon"|be_year }}',
        '{{ "many"|thai_words }}',
        "{{ bad_meeting|meeting_number }}",
        "{{ gregorian_meeting|meeting_number }}",
    ],
)
def test_wrong_values_render_empty(source):
    context = {"bad_meeting": object(), "gregorian_meeting": (4, 2019)}
    assert render(source, "th", **context) == ""


def test_library_imports_without_settings_database_or_pythainlp():
    """A template builtin is imported by every template engine: keep it light."""
    code = (
        "import sys; import loetrat.core.templatetags.thai; "
        "heavy = [m for m in sys.modules if m.startswith(('django.db.models', 'pythainlp'))]; "
        "assert not heavy, heavy"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
