"""The filters of the secretariat's workspace: branch, type, ministry, province, state, level
and a search. The choices come from the cycle (four queries whatever the number of rows)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .enums import ApplicationState
from .selectors.workspace import WorkspaceFilters, levels_of_cycle, places


class WorkspaceFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": _("Title, reference or agency")}
        ),
    )
    branch = forms.TypedChoiceField(label=_("Branch"), required=False, coerce=int, empty_value=None)
    award_type = forms.TypedChoiceField(
        label=_("Award type"), required=False, coerce=int, empty_value=None
    )
    ministry = forms.TypedChoiceField(
        label=_("Ministry"), required=False, coerce=int, empty_value=None
    )
    province = forms.TypedChoiceField(
        label=_("Province"), required=False, coerce=int, empty_value=None
    )
    state = forms.ChoiceField(
        label=_("State"),
        required=False,
        choices=[("", _("All states")), *ApplicationState.choices],
    )
    level = forms.ChoiceField(label=_("Award level"), required=False)

    def __init__(self, data=None, *, cycle):
        super().__init__(data)
        self.cycle = cycle
        branches = list(cycle.branches.order_by("position", "code").values_list("pk", "name_th"))
        types = list(
            cycle.award_types.order_by("branch__position", "position", "code").values_list(
                "pk", "code", "name_th"
            )
        )
        self._places = {body.pk: body for body in places()}
        self.fields["branch"].choices = [("", _("All branches")), *branches]
        self.fields["award_type"].choices = [
            ("", _("All types")),
            *((pk, f"{code} {name}") for pk, code, name in types),
        ]
        self.fields["ministry"].choices = [
            ("", _("All ministries")),
            *((b.pk, b.name) for b in self._places.values() if b.kind == "ministry"),
        ]
        self.fields["province"].choices = [
            ("", _("All provinces")),
            *((b.pk, b.name) for b in self._places.values() if b.kind == "province"),
        ]
        self.fields["level"].choices = [("", _("Any level")), *levels_of_cycle(cycle)]

    def filters(self) -> WorkspaceFilters:
        data = self.cleaned_data if self.is_valid() else {}
        return WorkspaceFilters(
            branch=data.get("branch"),
            award_type=data.get("award_type"),
            ministry=self._places.get(data.get("ministry")),
            province=self._places.get(data.get("province")),
            state=data.get("state", ""),
            level=data.get("level", ""),
            text=data.get("q", ""),
        )
