"""Forms of the secretariat's cycle pages: cycles, branches and a type's basics, window,
criteria version and application form. They parse input; the services judge it."""

from __future__ import annotations

import datetime
import json

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from loetrat.core.forms import ThaiDateField
from loetrat.core.formschema.schema import form_schema_problems
from loetrat.frameworks.models import FrameworkVersion

from ..enums import AwardSubject

YEAR_HELP = _("In the Buddhist Era, e.g. 2566.")


class CycleCreateForm(forms.Form):
    year_be = forms.IntegerField(
        label=_("Year (B.E.)"), min_value=2500, max_value=2700, help_text=YEAR_HELP
    )
    name_th = forms.CharField(
        label=_("Name (Thai)"),
        max_length=255,
        required=False,
        help_text=_("Leave empty for “รางวัลเลิศรัฐ ประจำปี <year>”."),
    )
    name_en = forms.CharField(label=_("Name (English)"), max_length=255, required=False)


class CycleCopyForm(forms.Form):
    year_be = forms.IntegerField(
        label=_("New year (B.E.)"), min_value=2500, max_value=2700, help_text=YEAR_HELP
    )


class BranchForm(forms.Form):
    code = forms.SlugField(
        label=_("Code"), max_length=40, help_text=_("Letters, digits and -, e.g. PUBLIC-SERVICE.")
    )
    name_th = forms.CharField(label=_("Name (Thai)"), max_length=255)
    name_en = forms.CharField(label=_("Name (English)"), max_length=255, required=False)
    position = forms.IntegerField(label=_("Position"), min_value=0, max_value=999, required=False)
    description_th = forms.CharField(
        label=_("Description (Thai)"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    description_en = forms.CharField(
        label=_("Description (English)"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def service_fields(self) -> dict:
        data = dict(self.cleaned_data)
        if data.get("position") is None:
            data.pop("position", None)
        return data


class TypeBasicsForm(forms.Form):
    """Names, description, what is awarded, shared work and file limits (and, when creating,
    the code)."""

    code = forms.CharField(
        label=_("Code"),
        max_length=40,
        help_text=_("Upper-case letters, digits and -, e.g. SV-INNOVATION."),
    )
    branch = forms.ModelChoiceField(label=_("Branch"), queryset=None, empty_label=None)
    name_th = forms.CharField(label=_("Name (Thai)"), max_length=255)
    name_en = forms.CharField(label=_("Name (English)"), max_length=255, required=False)
    position = forms.IntegerField(label=_("Position"), min_value=0, max_value=999, required=False)
    description_th = forms.CharField(
        label=_("Description (Thai)"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    description_en = forms.CharField(
        label=_("Description (English)"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    subject = forms.ChoiceField(label=_("What is awarded"), choices=AwardSubject.choices)
    shared_work = forms.BooleanField(
        label=_("Several agencies may share a work (one model agency plus adopting agencies)"),
        required=False,
    )
    max_file_mb = forms.IntegerField(label=_("Largest file (MB)"), min_value=1, max_value=500)
    max_total_mb = forms.IntegerField(
        label=_("All files together (MB)"), min_value=1, max_value=2000
    )

    def __init__(self, *args, cycle, creating: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["branch"].queryset = cycle.branches.order_by("position", "code")
        if not creating:
            del self.fields["code"]

    def clean_code(self):
        code = self.cleaned_data["code"].strip().upper()
        if not all(ch.isalnum() or ch == "-" for ch in code):
            raise ValidationError(_("Use letters, digits and - only, e.g. SV-INNOVATION."))
        return code

    def clean(self):
        data = super().clean()
        largest, total = data.get("max_file_mb"), data.get("max_total_mb")
        if largest and total and largest > total:
            self.add_error("max_total_mb", _("All files together must allow the largest file."))
        return data

    def service_fields(self) -> dict:
        data = dict(self.cleaned_data)
        if data.get("position") is None:
            data.pop("position", None)
        return data

    @staticmethod
    def initial_for(award_type) -> dict:
        names = [
            "branch", "name_th", "name_en", "position", "description_th", "description_en",
            "subject", "shared_work", "max_file_mb", "max_total_mb",
        ]  # fmt: skip
        return {name: getattr(award_type, name) for name in names}


def _combine(day: datetime.date, time: datetime.time) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, time))


class TypeWindowForm(forms.Form):
    """When applications open and close, as Buddhist-Era dates and Bangkok times."""

    opens_on = ThaiDateField(label=_("Applications open on"))
    opens_time = forms.TimeField(
        label=_("Opening time"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    closes_on = ThaiDateField(label=_("Applications close on"))
    closes_time = forms.TimeField(
        label=_("Closing time"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        help_text=_("Bangkok time."),
    )

    def clean(self):
        data = super().clean()
        if all(data.get(name) for name in ("opens_on", "opens_time", "closes_on", "closes_time")):
            data["opens_at"] = _combine(data["opens_on"], data["opens_time"])
            data["closes_at"] = _combine(data["closes_on"], data["closes_time"])
            if data["opens_at"] >= data["closes_at"]:
                self.add_error("closes_on", _("Applications must close after they open."))
        return data

    @staticmethod
    def initial_for(award_type) -> dict:
        initial = {}
        for prefix, value in (("opens", award_type.opens_at), ("closes", award_type.closes_at)):
            if value:
                local = timezone.localtime(value)
                initial[f"{prefix}_on"] = local.date()
                initial[f"{prefix}_time"] = local.time().replace(second=0, microsecond=0)
        return initial


class VersionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return (
            f"{obj.framework.code} {obj.label} — {obj.framework.name} ({obj.get_status_display()})"
        )


class TypeFrameworkForm(forms.Form):
    framework_version = VersionChoiceField(
        label=_("Criteria version"),
        queryset=FrameworkVersion.objects.select_related("framework").order_by(
            "framework__code", "-label"
        ),
        required=False,
        empty_label=_("— none yet —"),
        help_text=_("A cycle can be published only when every type uses an approved version."),
    )


class FormSchemaForm(forms.Form):
    """The application form as JSON, checked field by field."""

    form_schema = forms.CharField(
        label=_("Application form (JSON)"),
        widget=forms.Textarea(attrs={"rows": 24, "class": "code-input", "spellcheck": "false"}),
        help_text=_(
            "A list of fields: key, kind (short_text, long_text, number, date, choice, "
            "multi_choice, table, file), label_th, label_en, and the options of the kind."
        ),
    )

    def clean_form_schema(self):
        text = self.cleaned_data["form_schema"]
        try:
            schema = json.loads(text)
        except json.JSONDecodeError as error:
            raise ValidationError(
                _("This is not valid JSON (line %(line)s, column %(column)s: %(problem)s).")
                % {"line": error.lineno, "column": error.colno, "problem": error.msg}
            ) from None
        problems = form_schema_problems(schema)
        if problems:
            raise ValidationError([ValidationError(problem) for problem in problems])
        return schema

    @staticmethod
    def initial_for(award_type) -> dict:
        return {"form_schema": json.dumps(award_type.form_schema, ensure_ascii=False, indent=2)}
