"""The newsroom's form."""

from django import forms
from django.utils.translation import gettext_lazy


class NewsForm(forms.Form):
    title_th = forms.CharField(label=gettext_lazy("Headline (Thai)"), max_length=300)
    title_en = forms.CharField(
        label=gettext_lazy("Headline (English)"), max_length=300, required=False
    )
    body_th = forms.CharField(
        label=gettext_lazy("Text (Thai)"),
        widget=forms.Textarea(attrs={"rows": 16}),
        help_text=gettext_lazy("A blank line starts a new paragraph."),
    )
    body_en = forms.CharField(
        label=gettext_lazy("Text (English)"),
        widget=forms.Textarea(attrs={"rows": 12}),
        required=False,
    )
    slug = forms.SlugField(
        label=gettext_lazy("Web address"),
        max_length=120,
        help_text=gettext_lazy(
            "Letters, digits and hyphens; the page will be /news/<address>/. It cannot change "
            "once the item is published."
        ),
        error_messages={
            "invalid": gettext_lazy(
                "Use only letters a–z, digits, hyphens or underscores in the web address, "
                "for example opdc-meeting-4-2562."
            )
        },
    )
