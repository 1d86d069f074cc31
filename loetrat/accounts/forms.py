import datetime

from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from loetrat.core.forms import ThaiDateField
from loetrat.core.middleware import client_ip

from .services import login_failure_record, login_is_throttled


class ThrottledAuthenticationForm(AuthenticationForm):
    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "The username or password is not correct. Both are case-sensitive; check Caps Lock."
        ),
        "throttled": _(
            "Too many failed attempts. Wait %(minutes)s minutes and try again, "
            "or reset your password."
        ),
    }

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        ip_address = client_ip(self.request) if self.request else None
        if username and login_is_throttled(username=username, ip_address=ip_address):
            login_failure_record(username=username, ip_address=ip_address, throttled=True)
            raise forms.ValidationError(
                self.error_messages["throttled"],
                code="throttled",
                params={"minutes": settings.LOGIN_FAILURE_WINDOW_SECONDS // 60},
            )
        try:
            return super().clean()
        except forms.ValidationError as error:
            if username and getattr(error, "code", "") == "invalid_login":
                login_failure_record(username=username, ip_address=ip_address)
            raise


class LanguageForm(forms.Form):
    language = forms.ChoiceField(choices=settings.LANGUAGES)
    next = forms.CharField(required=False)


class ApiTokenForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=100,
        help_text=_("What the token is for, e.g. “KPI import script”."),
    )
    expires_on = ThaiDateField(
        label=_("Expires on"),
        required=False,
        help_text=_("Leave empty for a token that works until you revoke it."),
    )

    def clean_expires_on(self):
        day = self.cleaned_data.get("expires_on")
        if day and day <= timezone.localdate():
            raise forms.ValidationError(_("Choose a date after today."), code="expiry_in_past")
        return day

    def expires_at(self) -> datetime.datetime | None:
        """The end of the chosen day, local time: a token expiring on 31/12 works all that day."""
        day = self.cleaned_data.get("expires_on")
        if not day:
            return None
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time.max))
