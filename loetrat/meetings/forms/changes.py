"""Postponing or cancelling a meeting, and moving an agenda item."""

from django import forms
from django.utils.translation import gettext_lazy as _

from loetrat.core.forms import ThaiDateField

from ..enums import AgendaSection
from .meetings import StartsAtMixin, time_field

REASON = {"rows": 3}


class PostponeForm(StartsAtMixin, forms.Form):
    day = ThaiDateField(label=_("New date"))
    time = time_field()
    reason = forms.CharField(
        label=_("Reason for postponing"), max_length=500, widget=forms.Textarea(attrs=REASON)
    )

    def clean(self):
        return self.with_starts_at(super().clean())


class CancelForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for cancelling"), max_length=500, widget=forms.Textarea(attrs=REASON)
    )


class AgendaMoveForm(forms.Form):
    """One step up or down within the item's part, or to the end of another part."""

    direction = forms.ChoiceField(
        choices=[("up", _("Move up")), ("down", _("Move down"))], required=False
    )
    section = forms.TypedChoiceField(
        label=_("Move to part"), choices=AgendaSection.choices, coerce=int, required=False
    )

    def clean(self):
        data = super().clean()
        if not data.get("direction") and not data.get("section"):
            raise forms.ValidationError(_("Choose where to move the item."))
        return data
