"""ThaiDateField and ThaiDateInput: Buddhist Era in, Buddhist Era out, typed text kept."""

from datetime import UTC, date, datetime

import pytest
from django import forms
from django.utils import timezone, translation

from loetrat.core.forms import ThaiDateField, ThaiDateInput, date_placeholder

NOV_19 = date(2019, 11, 19)


class MeetingForm(forms.Form):
    held_on = ThaiDateField()
    follow_up = ThaiDateField(required=False)


def test_widget_shows_buddhist_era_in_thai_and_gregorian_in_english():
    with translation.override("th"):
        html = str(MeetingForm(initial={"held_on": NOV_19})["held_on"])
        assert 'value="19/11/2562"' in html
        assert 'placeholder="วว/ดด/ปปปป"' in html
    with translation.override("en"):
        html = str(MeetingForm(initial={"held_on": NOV_19})["held_on"])
        assert 'value="19/11/2019"' in html
        assert 'placeholder="dd/mm/yyyy"' in html


def test_widget_attributes():
    html = ThaiDateInput().render("d", None)
    assert 'type="text"' in html
    assert 'inputmode="numeric"' in html
    assert 'autocomplete="off"' in html
    assert "value=" not in html


def test_widget_keeps_explicit_attributes():
    with translation.override("en"):
        html = ThaiDateInput(attrs={"placeholder": "when?", "class": "date"}).render("d", None)
    assert 'placeholder="when?"' in html
    assert 'class="date"' in html


def test_placeholder_follows_language():
    with translation.override("th"):
        assert date_placeholder() == "วว/ดด/ปปปป"
    with translation.override("en"):
        assert date_placeholder() == "dd/mm/yyyy"


@pytest.mark.parametrize(
    "typed",
    [
        "19/11/2562",
        "19/11/2019",
        "2562-11-19",
        "19 พ.ย. 2562",
        "๑๙/๑๑/๒๕๖๒",
        "19 Nov 2019",
        "19/11/62",
        " 19 พ.ย. 62 ",
    ],
)
def test_valid_input_in_either_era(typed):
    for lang in ("th", "en"):
        with translation.override(lang):
            form = MeetingForm(data={"held_on": typed})
            assert form.is_valid(), form.errors
            assert form.cleaned_data == {"held_on": NOV_19, "follow_up": None}


@pytest.mark.parametrize("typed", ["31/02/2562", "19/11/6", "yesterday", " 19 พ.ย. 9000 "])
def test_invalid_input_is_redisplayed_exactly(typed):
    with translation.override("en"):
        form = MeetingForm(data={"held_on": typed})
        assert not form.is_valid()
        assert form.errors.as_data()["held_on"][0].code == "invalid"
        assert form.errors["held_on"] == [
            "Enter a valid date, e.g. 19/11/2562 (Buddhist Era) or 19/11/2019."
        ]
        assert f'value="{typed}"' in str(form["held_on"])


def test_required():
    form = MeetingForm(data={"held_on": ""})
    assert not form.is_valid()
    assert form.errors.as_data()["held_on"][0].code == "required"


def test_to_python_accepts_dates_and_datetimes():
    field = ThaiDateField()
    assert field.to_python(NOV_19) == NOV_19
    assert field.to_python(None) is None
    with timezone.override("Asia/Bangkok"):
        assert field.to_python(datetime(2019, 11, 18, 18, 0, tzinfo=UTC)) == NOV_19


def test_has_changed_compares_dates_not_text():
    field = ThaiDateField()
    assert not field.has_changed(NOV_19, "19/11/2562")
    assert not field.has_changed(NOV_19, "19/11/2019")
    assert field.has_changed(NOV_19, "20/11/2562")
    assert field.has_changed(NOV_19, "nonsense")
