"""Sign-in protection, personal settings and creating people."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext, override

from loetrat.core.audit import audit_record
from loetrat.core.errors import ConflictError

from .models import LoginFailure, PasswordResetRequest


def _window_start() -> datetime.datetime:
    return timezone.now() - datetime.timedelta(seconds=settings.LOGIN_FAILURE_WINDOW_SECONDS)


# How many failures within the window stop further tries, as multiples of LOGIN_FAILURE_LIMIT:
# one account from one address; one account from anywhere (guessing spread over many
# addresses); one address for any account (spraying, set high because a ministry's staff may
# share one address).
ACCOUNT_FROM_ANYWHERE = 4
ADDRESS_FOR_ANY_ACCOUNT = 10


def login_is_throttled(*, username: str, ip_address: str | None) -> bool:
    """True when this account has failed too often from this address, or from many addresses,
    or this address has failed too often on any accounts, within the window. Someone guessing
    at an account from elsewhere does not lock its owner out; a shared address is throttled
    only far above what its people mistype."""
    recent = LoginFailure.objects.filter(occurred_at__gte=_window_start())
    limit = settings.LOGIN_FAILURE_LIMIT
    account = recent.filter(username__iexact=username)
    if ip_address and account.filter(ip_address=ip_address).count() >= limit:
        return True
    if account.count() >= limit * ACCOUNT_FROM_ANYWHERE:
        return True
    return bool(ip_address) and (
        recent.filter(ip_address=ip_address).count() >= limit * ADDRESS_FOR_ANY_ACCOUNT
    )


def login_failure_record(*, username: str, ip_address: str | None, throttled: bool = False) -> None:
    """Count a failed (or refused, when throttled) login towards the throttle, and audit it."""
    LoginFailure.objects.create(username=username[:150], ip_address=ip_address)
    LoginFailure.objects.filter(occurred_at__lt=_window_start()).delete()
    audit_record(
        actor=None,
        action="accounts.login.throttled" if throttled else "accounts.login.failed",
        after={"username": username[:150]},
    )


# Password-reset e-mails within the login window: per inbox, and per address.
RESETS_PER_EMAIL = 3
RESETS_PER_ADDRESS = 10


def password_reset_request(*, email: str, ip_address: str | None) -> bool:
    """Count a request for a reset e-mail; False (and nothing is to be sent) when this inbox or
    this address has asked too often within the window. Both outcomes are audited."""
    recent = PasswordResetRequest.objects.filter(requested_at__gte=_window_start())
    allowed = recent.filter(email__iexact=email).count() < RESETS_PER_EMAIL and not (
        ip_address and recent.filter(ip_address=ip_address).count() >= RESETS_PER_ADDRESS
    )
    PasswordResetRequest.objects.create(email=email[:254], ip_address=ip_address)
    PasswordResetRequest.objects.filter(requested_at__lt=_window_start()).delete()
    audit_record(
        actor=None,
        action="accounts.password_reset." + ("requested" if allowed else "throttled"),
        after={"email": email[:254]},
    )
    return allowed


def login_success(*, user, ip_address: str | None) -> None:
    LoginFailure.objects.filter(username__iexact=user.get_username()).delete()
    audit_record(actor=user, action="accounts.user.logged_in", target=user)


def user_set_language(*, user, language: str) -> None:
    if user.is_authenticated and user.language != language:
        user.language = language
        user.save(update_fields=["language"])


def _password_set_message(*, user, base_url: str) -> tuple[str, str]:
    path = reverse(
        "accounts:password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    with override(user.language or settings.LANGUAGE_CODE):
        subject = gettext("Your Loetrat account")
        body = "\n\n".join(
            [
                gettext("An account on Loetrat has been created for you."),
                gettext("Your username: %(username)s") % {"username": user.get_username()},
                gettext("Open this link to choose your password:"),
                base_url.rstrip("/") + path,
                gettext(
                    "The link works once and expires after a few days. If it has expired, use "
                    "“Forgot your password?” on the login page."
                ),
            ]
        )
    return subject, body


def user_create(
    *,
    actor,
    username: str,
    email: str,
    first_name: str,
    last_name: str,
    title_th: str = "",
    first_name_en: str = "",
    last_name_en: str = "",
    language: str = "th",
    base_url: str = "",
):
    """Create a person without a password and, once committed, e-mail them a link (Django's
    password-reset token) to choose one. Usernames and e-mail addresses are unique regardless
    of case."""
    User = get_user_model()
    username, email = username.strip(), email.strip()
    with transaction.atomic():
        if User.objects.filter(username__iexact=username).exists():
            raise ConflictError(
                gettext("The username %(username)s is already taken.") % {"username": username},
                code="duplicate_username",
                field="username",
            )
        if User.objects.filter(email__iexact=email).exists():
            raise ConflictError(
                gettext("Another person already uses the e-mail address %(email)s.")
                % {"email": email},
                code="duplicate_email",
                field="email",
            )
        user = User(
            username=username,
            email=email,
            first_name=first_name.strip(),
            last_name=last_name.strip(),
            title_th=title_th.strip(),
            first_name_en=first_name_en.strip(),
            last_name_en=last_name_en.strip(),
            language=language,
        )
        user.set_unusable_password()
        user.full_clean(exclude=["password"])
        user.save()
        audit_record(
            actor=actor,
            action="accounts.user.created",
            target=user,
            after={
                "username": user.username,
                "email": user.email,
                "name": user.get_full_name(),
            },
        )
        site = base_url or settings.SITE_URL
        subject, body = _password_set_message(user=user, base_url=site)
        transaction.on_commit(
            lambda: send_mail(subject, body, None, [user.email], fail_silently=False)
        )
    return user
