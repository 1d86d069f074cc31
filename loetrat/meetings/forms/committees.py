from django import forms
from django.utils.translation import gettext_lazy as _

from loetrat.core.forms import ThaiDateField

from ..enums import CommitteeRole


class MemberAppointForm(forms.Form):
    name_th = forms.CharField(label=_("Name (Thai)"), max_length=200)
    position_th = forms.CharField(
        label=_("Position"),
        max_length=300,
        required=False,
        help_text=_("As in the appointment order, e.g. the minister or expert's title."),
    )
    role = forms.ChoiceField(label=_("Role"), choices=CommitteeRole.choices)
    term_starts = ThaiDateField(label=_("Term starts"), required=False)
    term_ends = ThaiDateField(label=_("Term ends"), required=False)

    def clean(self):
        data = super().clean()
        starts, ends = data.get("term_starts"), data.get("term_ends")
        if starts and ends and ends < starts:
            self.add_error("term_ends", _("The term cannot end before it starts."))
        return data
