"""Forms for setting up a committee: its details, a new term, a seat, the end of a seat."""

from django import forms
from django.utils.translation import gettext_lazy as _

from loetrat.core.forms import ThaiDateField
from loetrat.organizations.models import Organization

from ..enums import CommitteeKind, CommitteeRole
from ..models import Committee
from ..selectors.terms import account_named

CODE_INPUT = {"autocapitalize": "none", "spellcheck": "false"}


class CommitteeForm(forms.Form):
    """A committee's details; `committee` is the one being edited (None to create one). On
    editing, a changed name takes effect on `effective_on` and the old one is kept."""

    code = forms.SlugField(
        label=_("Code"),
        max_length=40,
        help_text=_(
            "Short, in Latin letters, used in addresses, e.g. opdc-goodgov. It cannot change."
        ),
        widget=forms.TextInput(attrs=CODE_INPUT),
    )
    kind = forms.ChoiceField(label=_("Type"), choices=CommitteeKind.choices)
    name_th = forms.CharField(label=_("Name (Thai)"), max_length=300)
    name_en = forms.CharField(label=_("Name (English)"), max_length=300, required=False)
    abbreviation_th = forms.CharField(
        label=_("Abbreviation (Thai)"),
        max_length=60,
        required=False,
        help_text=_("As documents cite it, e.g. อ.ก.พ.ร."),
    )
    parent = forms.ModelChoiceField(
        label=_("Set up by"),
        queryset=Committee.objects.none(),
        required=False,
        empty_label=_("— no parent committee —"),
    )
    secretariat = forms.CharField(
        label=_("Secretariat (organisation code)"),
        max_length=40,
        help_text=_("The body that serves as the committee's secretariat, e.g. OPDC."),
        widget=forms.TextInput(attrs={**CODE_INPUT, "autocapitalize": "characters"}),
    )
    quorum_percent = forms.IntegerField(
        label=_("Quorum (percentage of members)"), min_value=1, max_value=100, initial=50
    )
    quorum_more_than = forms.BooleanField(
        label=_("More than the percentage (50 means more than half)"), required=False, initial=True
    )
    quorum_counts_secretaries = forms.BooleanField(
        label=_("Secretaries count towards the quorum"), required=False
    )
    effective_on = ThaiDateField(
        label=_("A new name takes effect on"),
        required=False,
        help_text=_(
            "Only when the name changes; today if empty. Meetings before it keep the old name."
        ),
    )
    reason = forms.CharField(
        label=_("Reason for the change"),
        max_length=300,
        required=False,
        help_text=_("For example the order that renamed the committee."),
    )

    def __init__(self, *args, committee=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.committee = committee
        parents = Committee.objects.order_by("kind", "name_th")
        if committee is not None:
            parents = parents.exclude(pk=committee.pk)
            del self.fields["code"]
        else:
            del self.fields["effective_on"]
            del self.fields["reason"]
        self.fields["parent"].queryset = parents
        self.fields["parent"].label_from_instance = lambda c: c.name_th

    def clean_secretariat(self):
        code = self.cleaned_data["secretariat"].strip()
        try:
            return Organization.objects.get(code__iexact=code, status="active")
        except Organization.DoesNotExist:
            raise forms.ValidationError(
                _("No active organisation has the code %(code)s."), params={"code": code}
            ) from None

    def details(self) -> dict:
        """The committee's fields, as the services take them."""
        skip = {"code", "effective_on", "reason"}
        return {name: value for name, value in self.cleaned_data.items() if name not in skip}

    @staticmethod
    def initial_for(committee: Committee) -> dict:
        return {
            "kind": committee.kind,
            "name_th": committee.name_th,
            "name_en": committee.name_en,
            "abbreviation_th": committee.abbreviation_th,
            "parent": committee.parent_id,
            "secretariat": committee.secretariat.code,
            "quorum_percent": committee.quorum_percent,
            "quorum_more_than": committee.quorum_more_than,
            "quorum_counts_secretaries": committee.quorum_counts_secretaries,
        }


class TermStartForm(forms.Form):
    starts_on = ThaiDateField(label=_("Term starts"))
    ends_on = ThaiDateField(label=_("Term ends"))
    appointed_by_th = forms.CharField(
        label=_("Appointed by (order or resolution)"),
        max_length=300,
        required=False,
        help_text=_("As it is cited, e.g. คำสั่ง ก.พ.ร. ที่ 1/2566 ลงวันที่ 1 มิถุนายน 2566."),
    )
    carry_over = forms.BooleanField(
        label=_("Carry over everyone serving at the end of the current term"),
        required=False,
        initial=True,
        help_text=_("Then end or add seats for the members who change."),
    )

    def clean(self):
        data = super().clean()
        starts, ends = data.get("starts_on"), data.get("ends_on")
        if starts and ends and ends <= starts:
            self.add_error("ends_on", _("The term must end after it starts."))
        return data


class SeatAppointForm(forms.Form):
    name_th = forms.CharField(label=_("Name (Thai)"), max_length=200)
    position_th = forms.CharField(
        label=_("Position"),
        max_length=300,
        required=False,
        help_text=_("As in the appointment order, e.g. the minister or expert's title."),
    )
    role = forms.ChoiceField(label=_("Role"), choices=CommitteeRole.choices)
    account = forms.CharField(
        label=_("Account (user name or e-mail)"),
        max_length=254,
        required=False,
        help_text=_("Optional: the person then signs in and reads the committee's records."),
        widget=forms.TextInput(attrs=CODE_INPUT),
    )
    term_starts = ThaiDateField(
        label=_("Serves from"),
        required=False,
        help_text=_("Empty for the first day of the term; a later day for a replacement."),
    )

    def clean_account(self):
        value = self.cleaned_data["account"].strip()
        if not value:
            return None
        account = account_named(value)
        if account is None:
            raise forms.ValidationError(
                _("No single active account has the user name or e-mail %(value)s."),
                params={"value": value},
            )
        return account

    def seat(self) -> dict:
        data = dict(self.cleaned_data)
        data["user"] = data.pop("account")
        return data


class SeatEndForm(forms.Form):
    on = ThaiDateField(label=_("Last day of service"))
    reason = forms.CharField(
        label=_("Reason"),
        max_length=300,
        help_text=_("For example: resigned, retired, moved to another post, replaced."),
    )
