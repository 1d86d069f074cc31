from django import forms
from django.conf import settings
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from loetrat.core.forms import ThaiDateField
from loetrat.core.forms import add_service_error as show_service_error
from loetrat.core.spreadsheets import SpreadsheetError
from loetrat.core.thai.dates import format_date

from .enums import OrganizationKind, OrganizationStatus, Role
from .selectors import membership_is_open, organization_by_code
from .services import read_organization_file
from .services.import_format import CODE_PATTERN, MAX_FILE_BYTES, RESERVED_CODES


class OrganizationFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": _("Name, abbreviation or code")}
        ),
    )
    kind = forms.ChoiceField(
        label=_("Type"), required=False, choices=[("", _("All types")), *OrganizationKind.choices]
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All statuses")), *OrganizationStatus.choices],
    )

    def filters(self) -> dict:
        data = self.cleaned_data if self.is_valid() else {}
        return {
            "text": data.get("q", ""),
            "kind": data.get("kind", ""),
            "status": data.get("status", ""),
        }


def add_service_error(form: forms.Form, exc: Exception, aliases: dict | None = None) -> None:
    """core.forms.add_service_error, with a service's `parent` shown on the parent-code field."""
    show_service_error(form, exc, {"parent": "parent_code", **(aliases or {})})


class BodyCodeField(forms.CharField):
    """A body typed by its code; cleans to the Organization, with a helpful error."""

    def __init__(self, *, active_only: bool = True, **kwargs):
        self.active_only = active_only
        kwargs.setdefault("max_length", 32)
        kwargs.setdefault("widget", forms.TextInput(attrs={"autocomplete": "off"}))
        super().__init__(**kwargs)

    def clean(self, value):
        code = super().clean(value)
        if not code:
            return None
        organization = organization_by_code(code)
        if organization is None:
            raise ValidationError(
                _(
                    "No body has the code “%(code)s”. "
                    "Look the code up in the list of public bodies."
                ),
                code="unknown_code",
                params={"code": code},
            )
        if self.active_only and not organization.is_active:
            raise ValidationError(
                _("%(name)s (%(code)s) is no longer active; choose an active body."),
                code="inactive",
                params={"name": organization.name_th, "code": organization.code},
            )
        return organization


def _code_validator(value: str) -> None:
    if not CODE_PATTERN.match(value) or value.casefold() in RESERVED_CODES:
        raise ValidationError(
            _(
                "Use letters A–Z, digits, “-”, “_” or “.”, starting with a letter or digit "
                "(for example MOF-RD)."
            ),
            code="invalid_code",
        )


class OrganizationForm(forms.Form):
    """Create a body, or edit one (the edit form adds the date a new name takes effect)."""

    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        validators=[_code_validator],
        help_text=_("A short, permanent identifier, for example MOF-RD."),
    )
    kind = forms.ChoiceField(label=_("Type"), choices=OrganizationKind.choices)
    name_th = forms.CharField(label=_("Name (Thai)"), max_length=255)
    name_en = forms.CharField(label=_("Name (English)"), max_length=255, required=False)
    abbreviation_th = forms.CharField(label=_("Abbreviation (Thai)"), max_length=50, required=False)
    abbreviation_en = forms.CharField(
        label=_("Abbreviation (English)"), max_length=50, required=False
    )
    parent_code = BodyCodeField(
        label=_("Code of the body it is under"),
        required=False,
        help_text=_("Leave empty for a top-level body such as a ministry."),
    )
    active_from = ThaiDateField(label=_("Active from"), required=False)
    active_until = ThaiDateField(label=_("Active until"), required=False)
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")

    def clean(self):
        data = super().clean()
        start, end = data.get("active_from"), data.get("active_until")
        if start and end and end < start:
            self.add_error("active_until", _("The end date must not be before the start date."))
        return data

    def service_fields(self) -> dict:
        data = dict(self.cleaned_data)
        data["parent"] = data.pop("parent_code")
        data.pop("effective_on", None)
        data.pop("reason", None)
        return data


class OrganizationEditForm(OrganizationForm):
    # A closed parent may stay; the service refuses moving a body under a closed one.
    parent_code = BodyCodeField(
        label=_("Code of the body it is under"),
        required=False,
        active_only=False,
        help_text=_("Leave empty for a top-level body such as a ministry."),
    )
    effective_on = ThaiDateField(
        label=_("A new name takes effect on"),
        required=False,
        help_text=_(
            "Only used when the name changes: the former name is kept until the day before."
        ),
    )
    reason = forms.CharField(
        label=_("Reason for the change"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    @classmethod
    def initial_for(cls, organization) -> dict:
        return {
            "code": organization.code,
            "kind": organization.kind,
            "name_th": organization.name_th,
            "name_en": organization.name_en,
            "abbreviation_th": organization.abbreviation_th,
            "abbreviation_en": organization.abbreviation_en,
            "parent_code": organization.parent.code if organization.parent_id else "",
            "active_from": organization.active_from,
            "active_until": organization.active_until,
            "website": organization.website,
        }

    def changes_from(self, organization) -> dict:
        """Only what differs from the stored body, as keyword arguments for the service."""
        changes = {}
        for name, value in self.service_fields().items():
            current = getattr(organization, name)
            if (value or None) != (current or None):
                changes[name] = value
        return changes


class OrganizationMergeForm(forms.Form):
    into_code = BodyCodeField(label=_("Code of the body it became part of"))
    on = ThaiDateField(label=_("Merged on"), required=False, help_text=_("Empty means today."))
    reason = forms.CharField(
        label=_("Reason or reference (e.g. the Cabinet resolution)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class OrganizationDissolveForm(forms.Form):
    on = ThaiDateField(label=_("Dissolved on"), required=False, help_text=_("Empty means today."))
    reason = forms.CharField(
        label=_("Reason"), max_length=1000, widget=forms.Textarea(attrs={"rows": 3})
    )


class OrganizationImportForm(forms.Form):
    file = forms.FileField(
        label=_("Spreadsheet (.xlsx or .csv, at most 5 MB)"),
        help_text=_("The first row names the columns; download the template to start."),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise ValidationError(
                _("The file is larger than 5 MB. Split it into smaller files."), code="too_large"
            )
        content = upload.read()
        try:
            read_organization_file(content=content, filename=upload.name)
        except SpreadsheetError as exc:
            raise ValidationError(str(exc.message), code=exc.code) from None
        self.content = content
        return upload


class PersonFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": _("Name, username or e-mail")}
        ),
    )
    role = forms.ChoiceField(
        label=_("Role"), required=False, choices=[("", _("All roles")), *Role.choices]
    )
    organization = forms.CharField(label=_("Organisation code"), required=False, max_length=32)

    def filters(self) -> dict:
        data = self.cleaned_data if self.is_valid() else {}
        return {
            "text": data.get("q", ""),
            "role": data.get("role", ""),
            "organization_code": data.get("organization", ""),
        }


class PersonCreateForm(forms.Form):
    username = forms.CharField(
        label=_("Username"),
        max_length=150,
        validators=[UnicodeUsernameValidator()],
        help_text=_("Letters, digits and @ . + - _ only, for example somchai.j"),
    )
    title_th = forms.CharField(
        label=_("Title (Thai)"),
        max_length=50,
        required=False,
        help_text=_("For example นาย, นาง, ดร."),
    )
    first_name = forms.CharField(label=_("First name (Thai)"), max_length=150)
    last_name = forms.CharField(label=_("Last name (Thai)"), max_length=150)
    first_name_en = forms.CharField(label=_("First name (English)"), max_length=150, required=False)
    last_name_en = forms.CharField(label=_("Last name (English)"), max_length=150, required=False)
    email = forms.EmailField(
        label=_("E-mail"), help_text=_("A link to choose a password is sent to this address.")
    )
    language = forms.ChoiceField(label=_("Language of e-mails"), choices=settings.LANGUAGES)


class MembershipGrantForm(forms.Form):
    organization = BodyCodeField(label=_("Organisation code"))
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)
    position = forms.CharField(label=_("Position"), max_length=200, required=False)
    starts_on = ThaiDateField(
        label=_("Starts on"), required=False, help_text=_("Empty means today.")
    )

    def __init__(self, *args, person=None, **kwargs):
        self.person = person
        super().__init__(*args, **kwargs)

    def clean(self):
        data = super().clean()
        organization, role = data.get("organization"), data.get("role")
        if (
            self.person
            and organization
            and role
            and membership_is_open(user=self.person, organization=organization, role=role)
        ):
            raise ValidationError(
                _("%(person)s already holds this role in %(body)s."),
                code="already_held",
                params={"person": self.person, "body": organization.name_th},
            )
        return data


class MembershipEndForm(forms.Form):
    ends_on = ThaiDateField(
        label=_("Last day in the role"), required=False, help_text=_("Empty means today.")
    )
    reason = forms.CharField(
        label=_("Reason"), max_length=1000, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, membership=None, **kwargs):
        self.membership = membership
        super().__init__(*args, **kwargs)

    def clean_ends_on(self):
        ends_on = self.cleaned_data.get("ends_on")
        starts_on = self.membership.starts_on if self.membership else None
        if ends_on and starts_on and ends_on < starts_on:
            raise ValidationError(
                _("The role started on %(date)s; the last day cannot be before that."),
                code="before_start",
                params={"date": format_date(starts_on)},
            )
        return ends_on
