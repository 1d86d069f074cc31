"""Forms of the consulting clinics: the request, the secretariat's schedule, record,
follow-up, close and cancel forms, and the list filters."""

import datetime
import re

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from loetrat.core.forms import ThaiDateField
from loetrat.meetings.enums import MeetingMode
from loetrat.organizations.models import Organization

from .enums import ClinicStatus, ClinicTopic

TEXTAREA = {"rows": 4}
CODE_INPUT = {"autocapitalize": "characters", "spellcheck": "false"}


def _organization(code: str) -> Organization:
    code = code.strip()
    try:
        return Organization.objects.get(code__iexact=code, status="active")
    except Organization.DoesNotExist:
        raise forms.ValidationError(
            _("No active organisation has the code %(code)s."), params={"code": code}
        ) from None


class ClinicFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("All")), *ClinicStatus.choices]
    )
    topic = forms.ChoiceField(
        label=_("Topic"), required=False, choices=[("", _("All")), *ClinicTopic.choices]
    )
    organization = forms.CharField(
        label=_("Organisation (code)"),
        required=False,
        max_length=40,
        widget=forms.TextInput(CODE_INPUT),
    )


class ClinicRequestForm(forms.Form):
    organization = forms.ModelChoiceField(
        label=_("Advice for"), queryset=Organization.objects.none(), empty_label=None
    )
    topics = forms.MultipleChoiceField(
        label=_("Topics"), choices=ClinicTopic.choices, widget=forms.CheckboxSelectMultiple
    )
    question_th = forms.CharField(
        label=_("What would you like advice on?"),
        widget=forms.Textarea(attrs=TEXTAREA),
        max_length=4000,
    )
    covered = forms.CharField(
        label=_("Agencies under it to advise (codes)"),
        required=False,
        max_length=1000,
        widget=forms.TextInput(CODE_INPUT),
        help_text=_(
            "For a ministry: the codes of its agencies, separated by commas, e.g. DEPA, ETDA."
        ),
    )

    def __init__(self, *args, organizations=None, **kwargs):
        """`organizations`: those the person speaks for; None (the secretariat, recording a
        request on an agency's behalf) asks for the organisation's code instead."""
        super().__init__(*args, **kwargs)
        if organizations is None:
            self.fields["organization"] = forms.CharField(
                label=_("Advice for (organisation code)"),
                max_length=40,
                widget=forms.TextInput(CODE_INPUT),
            )
        else:
            self.fields["organization"].queryset = organizations
            self.fields["organization"].label_from_instance = lambda o: f"{o.name_th} ({o.code})"

    def clean_organization(self):
        value = self.cleaned_data["organization"]
        return _organization(value) if isinstance(value, str) else value

    def clean_covered(self):
        codes = [code for code in re.split(r"[\s,;]+", self.cleaned_data["covered"]) if code]
        found, missing = [], []
        for code in dict.fromkeys(code.upper() for code in codes):
            organization = Organization.objects.filter(code__iexact=code, status="active").first()
            (found if organization else missing).append(organization or code)
        if missing:
            raise forms.ValidationError(
                _("No active organisation has the code %(code)s."),
                params={"code": ", ".join(missing)},
            )
        return found


class ClinicScheduleForm(forms.Form):
    day = ThaiDateField(label=_("Date"))
    time = forms.TimeField(
        label=_("Starts at"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        help_text=_("24-hour time, e.g. 09:30."),
    )
    mode = forms.ChoiceField(label=_("How the session is held"), choices=MeetingMode.choices)
    place_th = forms.CharField(label=_("Place"), max_length=300, required=False)
    chaired_by_th = forms.CharField(label=_("Chaired by"), max_length=300, required=False)

    def clean(self):
        data = super().clean()
        day, time = data.get("day"), data.get("time")
        if day and time:
            data["scheduled_at"] = timezone.make_aware(datetime.datetime.combine(day, time))
        return data


class ClinicRecordForm(forms.Form):
    advice_th = forms.CharField(
        label=_("Advice given"), widget=forms.Textarea(attrs=TEXTAREA), max_length=8000
    )
    discussion_th = forms.CharField(
        label=_("Points raised"),
        required=False,
        widget=forms.Textarea(attrs=TEXTAREA),
        max_length=8000,
    )


class ClinicFollowUpForm(forms.Form):
    text_th = forms.CharField(
        label=_("Follow-up"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000
    )
    owner = forms.CharField(
        label=_("Responsible organisation (code)"),
        max_length=40,
        widget=forms.TextInput(CODE_INPUT),
    )
    due_on = ThaiDateField(label=_("Due"), required=False)

    def clean_owner(self):
        return _organization(self.cleaned_data["owner"])


class ClinicCloseForm(forms.Form):
    reason = forms.CharField(
        label=_("Closing note"), required=False, max_length=2000, widget=forms.Textarea({"rows": 2})
    )


class ClinicCancelForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is the clinic cancelled?"),
        max_length=2000,
        widget=forms.Textarea({"rows": 2}),
    )
