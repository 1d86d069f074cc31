"""Sign-in protection and personal settings."""

import datetime

from django.conf import settings
from django.utils import timezone

from loetrat.core.audit import audit_record

from .models import LoginFailure


def _window_start() -> datetime.datetime:
    return timezone.now() - datetime.timedelta(seconds=settings.LOGIN_FAILURE_WINDOW_SECONDS)


def login_is_throttled(*, username: str, ip_address: str | None) -> bool:
    """True when the account or the address has failed too often within the window."""
    recent = LoginFailure.objects.filter(occurred_at__gte=_window_start())
    limit = settings.LOGIN_FAILURE_LIMIT
    by_user = recent.filter(username__iexact=username).count()
    if by_user >= limit:
        return True
    # An address may try several accounts, but not endlessly: three accounts' worth of tries.
    return bool(ip_address) and recent.filter(ip_address=ip_address).count() >= limit * 3


def login_failure_record(*, username: str, ip_address: str | None) -> None:
    LoginFailure.objects.create(username=username[:150], ip_address=ip_address)
    LoginFailure.objects.filter(occurred_at__lt=_window_start()).delete()


def login_success(*, user, ip_address: str | None) -> None:
    LoginFailure.objects.filter(username__iexact=user.get_username()).delete()
    audit_record(actor=user, action="accounts.user.logged_in", target=user)


def user_set_language(*, user, language: str) -> None:
    if user.is_authenticated and user.language != language:
        user.language = language
        user.save(update_fields=["language"])
