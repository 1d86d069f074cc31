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
