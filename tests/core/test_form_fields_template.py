"""The shared form template: every id a field's aria-describedby names exists on the page, so
screen readers read the help text and the error with the field."""

import re

from django import forms
from django.template.loader import render_to_string


class SampleForm(forms.Form):
    name = forms.CharField(label="Name", help_text="Your full name.")
    paper = forms.FileField(label="PDF file")
    kind = forms.ChoiceField(label="Kind", choices=[("a", "A")], widget=forms.RadioSelect)


def test_described_by_points_at_rendered_help_and_errors():
    html = render_to_string("core/components/form_fields.html", {"form": SampleForm({})})
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    described = re.findall(r'aria-describedby="([^"]+)"', html)
    assert described, "the invalid fields name their descriptions"
    for value in described:
        for target in value.split():
            assert target in ids, f"{target} is named but not on the page"
