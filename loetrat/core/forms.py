"""Form fields for Thai conventions: dates typed and shown in the Buddhist Era.

``ThaiDateField`` accepts anything ``loetrat.core.thai.dates.parse_date`` does (19/11/2562,
19 พ.ย. 2562, 2019-11-19, ...) and ``ThaiDateInput`` shows stored dates as dd/mm/yyyy in
the active language's era, so Thai users see 19/11/2562 and English users 19/11/2019.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from loetrat.core.errors import DomainError
from loetrat.core.thai.dates import format_date, local_date, parse_date, resolve_language

__all__ = ["ThaiDateField", "ThaiDateInput", "date_placeholder"]

_ENGLISH_PLACEHOLDER = "dd/mm/yyyy"
_THAI_PLACEHOLDER = "วว/ดด/ปปปป"


def date_placeholder() -> str:
    """The date input placeholder for the active language: "วว/ดด/ปปปป" or "dd/mm/yyyy"."""
    text = gettext("dd/mm/yyyy")
    if text == _ENGLISH_PLACEHOLDER and resolve_language() == "th":
        return _THAI_PLACEHOLDER
    return text


class ThaiDateInput(forms.TextInput):
    """A text input showing dates as 19/11/2562 (Thai) or 19/11/2019 (English).

    Text that is not a date (such as an invalid value the user typed) is shown unchanged.
    """

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__({"inputmode": "numeric", "autocomplete": "off", **(attrs or {})})

    def format_value(self, value: Any) -> str | None:
        """Render dates in the numeric style of the active language."""
        if isinstance(value, date):
            return format_date(value, style="numeric")
        return super().format_value(value)

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        """Add the language-dependent placeholder at render time unless one is set."""
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"].setdefault("placeholder", date_placeholder())
        return context


class ThaiDateField(forms.DateField):
    """A date field parsing Buddhist Era and Gregorian input (see ``parse_date``)."""

    widget = ThaiDateInput
    default_error_messages = {
        "invalid": _("Enter a valid date, e.g. 19/11/2562 (Buddhist Era) or 19/11/2019."),
    }

    def to_python(self, value: Any) -> date | None:
        """Return a ``date`` or ``None``; raise ``ValidationError`` (code "invalid")."""
        if value in self.empty_values:
            return None
        if isinstance(value, date):
            return local_date(value)
        try:
            return parse_date(str(value))
        except ValueError:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from None


def add_service_error(form: forms.Form, exc: Exception, aliases: dict | None = None) -> None:
    """Show a service's DomainError or a model ValidationError beside the field it names (after
    `aliases` maps service field names to form field names), or at the top of the form when the
    form has no such field. Anything else is re-raised."""
    aliases = aliases or {}

    def target(name):
        name = aliases.get(name, name)
        return name if name in form.fields else None

    if isinstance(exc, DomainError):
        form.add_error(target(exc.field), str(exc.message))
    elif isinstance(exc, ValidationError) and hasattr(exc, "error_dict"):
        for name, messages in exc.message_dict.items():
            for message in messages:
                form.add_error(target(name), message)
    elif isinstance(exc, ValidationError):
        form.add_error(None, exc)
    else:
        raise exc
