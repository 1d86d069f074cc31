"""Table-like forms for a type's award levels and stages, and the eligibility rules one field
per rule. Each turns rows back into the JSON the type stores."""

from __future__ import annotations

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from loetrat.core.formschema import FieldKind
from loetrat.organizations.enums import OrganizationKind

from ..enums import PartnerRole, StageKind

key_validator = RegexValidator(
    r"^[a-z0-9][a-z0-9_-]{0,39}$", _("Lower-case letters, digits, - or _, e.g. outstanding.")
)


class LevelRowForm(forms.Form):
    key = forms.CharField(label=_("Key"), max_length=40, validators=[key_validator])
    name_th = forms.CharField(label=_("Name (Thai)"), max_length=100)
    name_en = forms.CharField(label=_("Name (English)"), max_length=100, required=False)
    min_score = forms.DecimalField(
        label=_("Minimum score"), min_value=0, max_value=1000, decimal_places=2
    )


class StageRowForm(forms.Form):
    key = forms.CharField(label=_("Key"), max_length=40, validators=[key_validator])
    kind = forms.ChoiceField(label=_("Kind"), choices=StageKind.choices)
    name_th = forms.CharField(label=_("Name (Thai)"), max_length=200)
    name_en = forms.CharField(label=_("Name (English)"), max_length=200, required=False)
    scope = forms.CharField(
        label=_("Only these criteria"),
        max_length=200,
        required=False,
        help_text=_("Criterion codes separated by commas, e.g. 7; empty for all."),
    )


class _RowsFormSet(forms.BaseFormSet):
    """Rows in the order shown; blank extra rows and rows marked for removal are dropped."""

    def clean(self):
        if any(self.errors):
            return
        keys = [form.cleaned_data["key"] for form in self._kept()]
        if len(keys) != len(set(keys)):
            raise forms.ValidationError(_("Each row needs its own key."))
        if not keys:
            raise forms.ValidationError(_("Keep at least one row."))

    def _kept(self):
        kept = []
        for index, form in enumerate(self.forms):
            if self._should_delete_form(form) or not form.cleaned_data:
                continue
            if index >= self.initial_form_count() and not form.has_changed():
                continue
            kept.append(form)
        if self.can_order:
            kept.sort(key=lambda form: form.cleaned_data.get("ORDER") or 10_000)
        return kept


class LevelsFormSet(_RowsFormSet):
    def clean(self):
        super().clean()
        if any(self.errors) or self.non_form_errors():
            return
        scores = [form.cleaned_data["min_score"] for form in self._kept()]
        if len(scores) != len(set(scores)):
            raise forms.ValidationError(_("Two levels have the same minimum score."))

    def to_json(self) -> list[dict]:
        rows = []
        for form in self._kept():
            data = form.cleaned_data
            score = data["min_score"]
            rows.append(
                {
                    "key": data["key"],
                    "name_th": data["name_th"],
                    "name_en": data["name_en"],
                    "min_score": int(score) if score == int(score) else float(score),
                }
            )
        return sorted(rows, key=lambda row: -row["min_score"])


class StagesFormSet(_RowsFormSet):
    def to_json(self) -> list[dict]:
        rows = []
        for form in self._kept():
            data = form.cleaned_data
            row = {key: data[key] for key in ("key", "kind", "name_th", "name_en")}
            scope = [code.strip() for code in data["scope"].split(",") if code.strip()]
            if scope:
                row["scope"] = scope
            rows.append(row)
        return rows


def levels_formset(data=None, *, award_type):
    factory = forms.formset_factory(LevelRowForm, formset=LevelsFormSet, extra=2, can_delete=True)
    initial = [
        {k: level.get(k, "") for k in ("key", "name_th", "name_en", "min_score")}
        for level in award_type.levels or []
    ]
    return factory(data, initial=initial, prefix="levels")


def stages_formset(data=None, *, award_type):
    factory = forms.formset_factory(
        StageRowForm, formset=StagesFormSet, extra=2, can_delete=True, can_order=True
    )
    initial = [
        {
            **{k: stage.get(k, "") for k in ("key", "kind", "name_th", "name_en")},
            "scope": ", ".join(stage.get("scope") or []),
            "ORDER": number,
        }
        for number, stage in enumerate(award_type.stage_plan or [], start=1)
    ]
    return factory(data, initial=initial, prefix="stages")


class EligibilityForm(forms.Form):
    """One field per eligibility rule; empty means the rule does not apply."""

    repeat_win_years = forms.IntegerField(
        label=_("The same work may not win this type again within (cycles)"),
        min_value=1,
        max_value=20,
        required=False,
    )
    results_table_field = forms.ChoiceField(
        label=_("Results table that must be complete (PMQA category 7)"),
        required=False,
        help_text=_("Every row numeric, with a direction, a target and enough yearly results."),
    )
    results_min_years = forms.IntegerField(
        label=_("Consecutive years of results required"), min_value=1, max_value=10, required=False
    )
    organization_kinds = forms.MultipleChoiceField(
        label=_("Who may apply (empty: any public body)"),
        choices=OrganizationKind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    partner_roles_required = forms.MultipleChoiceField(
        label=_("Partner roles the application must name"),
        choices=PartnerRole.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, award_type, **kwargs):
        super().__init__(*args, **kwargs)
        tables = [
            (field["key"], f"{field['key']} — {field.get('label_th', '')}")
            for field in award_type.form_schema or []
            if isinstance(field, dict) and field.get("kind") == FieldKind.TABLE
        ]
        self.fields["results_table_field"].choices = [("", _("— no such rule —")), *tables]

    def clean(self):
        data = super().clean()
        if data.get("results_table_field") and not data.get("results_min_years"):
            self.add_error("results_min_years", _("Say how many years of results are needed."))
        return data

    def to_json(self) -> dict:
        data = self.cleaned_data
        rules = {}
        if data.get("repeat_win_years"):
            rules["repeat_win_years"] = data["repeat_win_years"]
        if data.get("results_table_field"):
            rules["results_table"] = {
                "field": data["results_table_field"],
                "min_years": data["results_min_years"],
            }
        if data.get("organization_kinds"):
            rules["organization_kinds"] = list(data["organization_kinds"])
        if data.get("partner_roles_required"):
            rules["partner_roles_required"] = list(data["partner_roles_required"])
        return rules

    @staticmethod
    def initial_for(award_type) -> dict:
        rules = award_type.eligibility or {}
        table = rules.get("results_table") or {}
        return {
            "repeat_win_years": rules.get("repeat_win_years"),
            "results_table_field": table.get("field", ""),
            "results_min_years": table.get("min_years"),
            "organization_kinds": rules.get("organization_kinds", []),
            "partner_roles_required": rules.get("partner_roles_required", []),
        }
