from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ..enums import ActionStatus


class ActionFilterForm(forms.Form):
    state = forms.ChoiceField(
        label=_("Show"),
        required=False,
        choices=[
            ("", _("All")),
            ("overdue", _("Overdue")),
            ("open", pgettext_lazy("follow-up status", "Open")),
            ("done", _("Done")),
        ],
    )
    owner = forms.CharField(
        label=_("Responsible organisation (code)"), required=False, max_length=40
    )


class ActionProgressForm(forms.Form):
    note_th = forms.CharField(
        label=_("What was done"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=ActionStatus.choices,
        help_text=_("Choose Done when the instruction has been carried out."),
    )
