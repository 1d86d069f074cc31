import pytest
from django import forms
from django.core.exceptions import ValidationError

from loetrat.core.errors import DomainError
from loetrat.core.forms import add_service_error


class NameForm(forms.Form):
    name = forms.CharField()


def _bound():
    form = NameForm({"name": "กรมทดสอบ"})
    assert form.is_valid()
    return form


def test_domain_error_lands_beside_its_field_through_an_alias():
    form = _bound()
    add_service_error(form, DomainError("ชื่อซ้ำ", field="name_th"), {"name_th": "name"})
    assert form.errors["name"] == ["ชื่อซ้ำ"]
    assert form.data["name"] == "กรมทดสอบ"  # what was typed stays


def test_error_for_a_field_the_form_lacks_goes_to_the_top():
    form = _bound()
    add_service_error(form, DomainError("refused", field="parent"))
    assert form.non_field_errors() == ["refused"]


def test_model_validation_errors_are_spread_over_fields():
    form = _bound()
    add_service_error(form, ValidationError({"name": ["too long"], "other": ["bad"]}))
    assert form.errors["name"] == ["too long"]
    assert form.non_field_errors() == ["bad"]


def test_unexpected_errors_are_not_swallowed():
    with pytest.raises(RuntimeError):
        add_service_error(_bound(), RuntimeError("bug"))
