"""The filters of the secretariat's workspace: branch, type, ministry, province, state, level
and a search. The choices come from the cycle (three queries whatever the number of rows)."""

from __future__ import annotations

from django import forms
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from loetrat.core.thai.collation import thai_sorted

from ..enums import ApplicationState
from ..selectors.workspace import WorkspaceFilters, levels_in, places


def _attrs(attrs: dict) -> str:
    """Attributes as Django's `attrs.html` writes them: True bare, False left out."""
    return "".join(
        f" {conditional_escape(name)}"
        if value is True
        else f' {conditional_escape(name)}="{conditional_escape(str(value))}"'
        for name, value in attrs.items()
        if value is not False
    )


def _name(choice) -> str:
    return choice[2]


class PlainSelect(forms.Select):
    """A <select> written in Python: the HTML of Django's `select.html`, without one template
    include per option. The province and ministry filters have about a hundred options, and
    rendering them through templates cost more than the fifty rows of the list."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [f'<select name="{conditional_escape(widget["name"])}"{_attrs(widget["attrs"])}>']
        for group_name, options, _index in widget["optgroups"]:
            if group_name:
                parts.append(format_html('\n  <optgroup label="{}">', group_name))
            parts.extend(
                f'\n  <option value="{conditional_escape(str(option["value"]))}"'
                f"{_attrs(option['attrs'])}>{conditional_escape(option['label'])}</option>\n"
                for option in options
            )
            if group_name:
                parts.append("\n  </optgroup>")
        parts.append("\n</select>")
        return mark_safe("".join(parts))


class WorkspaceFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": _("Title, reference or agency")}
        ),
    )
    branch = forms.TypedChoiceField(
        label=_("Branch"), required=False, coerce=int, empty_value=None, widget=PlainSelect
    )
    award_type = forms.TypedChoiceField(
        label=_("Award type"), required=False, coerce=int, empty_value=None, widget=PlainSelect
    )
    ministry = forms.TypedChoiceField(
        label=_("Ministry"), required=False, coerce=int, empty_value=None, widget=PlainSelect
    )
    province = forms.TypedChoiceField(
        label=_("Province"), required=False, coerce=int, empty_value=None, widget=PlainSelect
    )
    state = forms.ChoiceField(
        label=_("State"),
        required=False,
        choices=[("", _("All states")), *ApplicationState.choices],
        widget=PlainSelect,
    )
    level = forms.ChoiceField(label=_("Award level"), required=False, widget=PlainSelect)

    def __init__(self, data=None, *, cycle):
        super().__init__(data)
        self.cycle = cycle
        branches = list(cycle.branches.order_by("position", "code").values_list("pk", "name_th"))
        types = list(
            cycle.award_types.order_by("branch__position", "position", "code").values_list(
                "pk", "code", "name_th", "levels"
            )
        )
        self._places = {body.pk: body for body in places()}
        self.fields["branch"].choices = [("", _("All branches")), *branches]
        self.fields["award_type"].choices = [
            ("", _("All types")),
            *((pk, f"{code} {name}") for pk, code, name, _levels in types),
        ]
        # In the language shown: Thai names in Thai dictionary order, English ones by letter.
        named = thai_sorted(((b.pk, b.kind, b.name) for b in self._places.values()), key=_name)
        self.fields["ministry"].choices = [
            ("", _("All ministries")),
            *((pk, name) for pk, kind, name in named if kind == "ministry"),
        ]
        self.fields["province"].choices = [
            ("", _("All provinces")),
            *((pk, name) for pk, kind, name in named if kind == "province"),
        ]
        self.fields["level"].choices = [
            ("", _("Any level")),
            *levels_in(levels for *_type, levels in types),
        ]

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
