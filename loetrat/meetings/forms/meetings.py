"""Scheduling, attendance, the agenda and resolutions (with their follow-up actions)."""

import datetime

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from loetrat.core.forms import ThaiDateField
from loetrat.core.kinds import agenda_kinds
from loetrat.core.thai.dates import format_date
from loetrat.organizations.models import Organization

from ..enums import (
    VOTING_ROLES,
    AgendaSection,
    AttendanceStatus,
    MeetingMode,
    ResolutionOutcome,
)

TEXTAREA = {"rows": 4}


def _seat_label(seat) -> str:
    serves = " – ".join(
        format_date(day, style="short") if day else "…"
        for day in (seat.term_starts, seat.term_ends)
    )
    return f"{seat.name_th} ({seat.get_role_display()}, {serves})"


class StartsAtMixin:
    """A meeting's day and time, typed separately, read back as an aware `starts_at`."""

    def with_starts_at(self, data: dict) -> dict:
        day, time = data.get("day"), data.get("time")
        if day and time:
            data["starts_at"] = timezone.make_aware(datetime.datetime.combine(day, time))
        return data


def time_field() -> forms.TimeField:
    return forms.TimeField(
        label=_("Starts at"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        help_text=_("24-hour time, e.g. 09:30."),
    )


class MeetingScheduleForm(StartsAtMixin, forms.Form):
    day = ThaiDateField(label=_("Date"))
    time = time_field()
    mode = forms.ChoiceField(label=_("How the meeting is held"), choices=MeetingMode.choices)
    place_th = forms.CharField(
        label=_("Place"),
        max_length=300,
        required=False,
        help_text=_("The meeting room; for an online meeting, leave empty or name the system."),
    )
    chair = forms.ModelChoiceField(
        label=_("Chaired by"),
        queryset=None,
        required=False,
        empty_label=_("— not decided yet —"),
    )

    sequence = forms.IntegerField(
        label=_("Meeting number"),
        required=False,
        min_value=1,
        max_value=999,
        help_text=_(
            "Leave empty to get the next number. Give it only for the first meeting recorded "
            "in a year whose earlier meetings were held before Loetrat (e.g. 8 after 1–7)."
        ),
    )

    def __init__(self, *args, committee, **kwargs):
        super().__init__(*args, **kwargs)
        today = timezone.localdate()
        self.fields["chair"].queryset = (
            committee.members.filter(role__in=VOTING_ROLES)
            .filter(Q(term_ends__isnull=True) | Q(term_ends__gte=today))
            .order_by("term_starts", "name_th", "pk")
        )
        self.fields["chair"].label_from_instance = _seat_label

    def clean(self):
        data = self.with_starts_at(super().clean())
        day = data.get("day")
        chair = data.get("chair")
        if chair and day and not chair.serves_on(day):
            self.add_error("chair", _("This member's term does not cover the meeting date."))
        if (
            data.get("mode") in (MeetingMode.IN_PERSON, MeetingMode.HYBRID)
            and not data.get("place_th", "").strip()
        ):
            self.add_error("place_th", _("Name the place for a meeting held in person."))
        return data


class AttendanceForm(forms.Form):
    """One status and proxy name per member, saved in one submit."""

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.members = members
        choices = [("", _("Not recorded")), *AttendanceStatus.choices]
        for member in members:
            record = getattr(member, "record", None)
            self.fields[f"status_{member.pk}"] = forms.ChoiceField(
                label=_("Attendance of %(name)s") % {"name": member.name_th},
                choices=choices,
                required=False,
                initial=record.status if record else "",
            )
            self.fields[f"proxy_{member.pk}"] = forms.CharField(
                label=_("Proxy for %(name)s") % {"name": member.name_th},
                max_length=200,
                required=False,
                initial=record.proxy_name_th if record else "",
            )

    def clean(self):
        data = super().clean()
        for member in self.members:
            if (
                data.get(f"status_{member.pk}") == AttendanceStatus.PROXY
                and not data.get(f"proxy_{member.pk}", "").strip()
            ):
                self.add_error(f"proxy_{member.pk}", _("Name the person attending by proxy."))
        return data

    def rows(self):
        for member in self.members:
            yield member, self[f"status_{member.pk}"], self[f"proxy_{member.pk}"]

    def entries(self):
        """(member, status, proxy name) for every member whose attendance was chosen."""
        for member in self.members:
            status = self.cleaned_data.get(f"status_{member.pk}")
            if status:
                proxy = self.cleaned_data.get(f"proxy_{member.pk}", "").strip()
                yield member, status, proxy if status == AttendanceStatus.PROXY else ""


class AgendaItemForm(forms.Form):
    section = forms.TypedChoiceField(
        label=_("Part of the agenda"),
        choices=AgendaSection.choices,
        coerce=int,
        initial=AgendaSection.CONSIDERATION,
    )
    title_th = forms.CharField(label=_("Item title (Thai)"), max_length=500)
    title_en = forms.CharField(label=_("Item title (English)"), max_length=500, required=False)
    summary_th = forms.CharField(
        label=_("Summary"), required=False, widget=forms.Textarea(attrs=TEXTAREA)
    )
    presenter_th = forms.CharField(label=_("Presented by"), max_length=300, required=False)

    def __init__(self, *args, **kwargs):
        """One optional choice per kind of object an agenda item may concern, as the apps
        registered them (a draft criteria version to approve, an award cycle)."""
        super().__init__(*args, **kwargs)
        self.kinds = agenda_kinds()
        for kind in self.kinds:
            field = forms.ModelChoiceField(
                label=kind.field_label,
                queryset=kind.choices(),
                required=False,
                empty_label=_("— none —"),
                help_text=kind.field_help,
            )
            field.label_from_instance = kind.choice_label
            self.fields[kind.field] = field

    def links(self) -> list:
        chosen = (self.cleaned_data.get(kind.field) for kind in self.kinds)
        return [obj for obj in chosen if obj is not None]


class ResolutionForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Outcome"), choices=ResolutionOutcome.choices)
    text_th = forms.CharField(label=_("Resolution (Thai)"), widget=forms.Textarea(attrs=TEXTAREA))
    text_en = forms.CharField(
        label=_("Resolution (English)"), required=False, widget=forms.Textarea(attrs=TEXTAREA)
    )
    forward_to_cabinet = forms.BooleanField(
        label=_("Forward to the Cabinet for consideration"), required=False
    )


class ActionRowForm(forms.Form):
    title_th = forms.CharField(label=_("Instruction"), max_length=500)
    owner = forms.CharField(
        label=_("Responsible organisation (code)"),
        max_length=40,
        widget=forms.TextInput(attrs={"autocapitalize": "characters", "spellcheck": "false"}),
    )
    due_on = ThaiDateField(label=_("Due"))

    def clean_owner(self):
        code = self.cleaned_data["owner"].strip()
        try:
            return Organization.objects.get(code__iexact=code, status="active")
        except Organization.DoesNotExist:
            raise forms.ValidationError(
                _("No active organisation has the code %(code)s."), params={"code": code}
            ) from None


ActionRowFormSet = forms.formset_factory(ActionRowForm, extra=2, max_num=20)
