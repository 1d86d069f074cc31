"""Putting an object (or a resolution to correct) on the agenda of a meeting."""

from django import forms
from django.utils.translation import gettext_lazy as _

from loetrat.core.thai import format_date


class MeetingChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, meeting):
        return f"{meeting.committee.name} {meeting.number} · {format_date(meeting.starts_at)}"


class ProposalForm(forms.Form):
    meeting = MeetingChoiceField(
        label=_("Meeting"),
        queryset=None,
        empty_label=_("— choose a meeting —"),
        help_text=_("Meetings that are scheduled or held and whose minutes are not certified."),
    )
    title_th = forms.CharField(label=_("Item title (Thai)"), max_length=500)
    title_en = forms.CharField(label=_("Item title (English)"), max_length=500, required=False)
    summary_th = forms.CharField(
        label=_("Summary"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    presenter_th = forms.CharField(label=_("Presented by"), max_length=300, required=False)

    def __init__(self, *args, meetings, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["meeting"].queryset = meetings
