"""The forms of the application pages: the answers (core's schema form with the work's title),
and the small forms around it (new application, partner, extension)."""

from __future__ import annotations

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from loetrat.core.forms import ThaiDateInput
from loetrat.core.formschema.forms import SchemaForm
from loetrat.core.formschema.schema import parse_iso_or_typed_date

from ..enums import ApplicationState, PartnerRole
from ..selectors.cycles import cycle_years


class AnswersForm(SchemaForm):
    """The application's title and answers."""

    title_th = forms.CharField(label=gettext_lazy("Title of the work (Thai)"), max_length=300)
    title_en = forms.CharField(
        label=gettext_lazy("Title of the work (English)"), max_length=300, required=False
    )

    def __init__(self, *args, application, problems=None, attachments=(), **kwargs):
        self.application = application
        super().__init__(
            *args,
            schema=application.award_type.form_schema or [],
            answers=application.data or {},
            problems=problems,
            stored_files=attachments,
            initial={"title_th": application.title_th, "title_en": application.title_en},
            **kwargs,
        )


class NewApplicationForm(forms.Form):
    award_type = forms.ModelChoiceField(label=gettext_lazy("Award type"), queryset=None)
    organization = forms.ModelChoiceField(label=gettext_lazy("Applicant agency"), queryset=None)
    title_th = forms.CharField(label=gettext_lazy("Title of the work (Thai)"), max_length=300)
    title_en = forms.CharField(
        label=gettext_lazy("Title of the work (English)"), max_length=300, required=False
    )

    def __init__(self, *args, types, organizations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["award_type"].queryset = types
        self.fields["award_type"].label_from_instance = lambda t: (
            f"{t.cycle.year_be} · {t.branch.name} · {t.name}"
        )
        self.fields["organization"].queryset = organizations
        self.fields["organization"].label_from_instance = lambda o: o.name


class PartnerForm(forms.Form):
    organization = forms.CharField(
        label=gettext_lazy("Agency code"),
        max_length=40,
        help_text=gettext_lazy("The code in the directory of public bodies, e.g. MOF-CGD."),
    )
    role = forms.ChoiceField(label=gettext_lazy("Role"), choices=PartnerRole.choices)
    contribution_th = forms.CharField(
        label=gettext_lazy("What they did"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, roles=None, **kwargs):
        super().__init__(*args, **kwargs)
        if roles is not None:
            self.fields["role"].choices = [(r, PartnerRole(r).label) for r in roles]


class ExtensionForm(forms.Form):
    until_date = forms.CharField(label=gettext_lazy("New deadline (date)"), widget=ThaiDateInput())
    until_time = forms.TimeField(
        label=gettext_lazy("Time (Bangkok)"),
        initial="16:30",
        widget=forms.TimeInput(attrs={"inputmode": "numeric"}, format="%H:%M"),
    )
    reason = forms.CharField(label=gettext_lazy("Reason"), widget=forms.Textarea(attrs={"rows": 2}))

    def clean(self):
        data = super().clean()
        day = parse_iso_or_typed_date(data.get("until_date"))
        if data.get("until_date") and day is None:
            self.add_error("until_date", _("Enter a date, e.g. 30/06/2566."))
        elif day and data.get("until_time"):
            data["until"] = timezone.make_aware(datetime.datetime.combine(day, data["until_time"]))
        return data


class ApplicationFilterForm(forms.Form):
    cycle = forms.TypedChoiceField(
        label=gettext_lazy("Cycle"), required=False, coerce=int, empty_value=None
    )
    state = forms.ChoiceField(label=gettext_lazy("State"), required=False)
    q = forms.CharField(label=gettext_lazy("Search"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        years = cycle_years()
        self.fields["cycle"].choices = [("", _("All cycles"))] + [(y, str(y)) for y in years]
        self.fields["state"].choices = [("", _("All states")), *ApplicationState.choices]
