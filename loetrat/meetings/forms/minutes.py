from django import forms
from django.utils.translation import gettext_lazy


class MinutesForm(forms.Form):
    minutes_th = forms.CharField(
        label=gettext_lazy("Minutes (Thai)"),
        widget=forms.Textarea(attrs={"rows": 30}),
        required=False,
        help_text=gettext_lazy(
            "Leave empty to print the minutes generated from the meeting record. Lines before "
            "the first blank line are the title; lines starting with ระเบียบวาระที่, มติที่ประชุม, "
            "ผู้มาประชุม and the like are set as headings."
        ),
    )
