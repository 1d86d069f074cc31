"""Personal API tokens: created by their owner, shown once, revoked but never deleted."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from loetrat.core.audit import audit_record
from loetrat.core.errors import ConflictError, DomainError, PermissionDeniedError

from .models import ApiToken

USE_API_PERMISSION = "accounts.use_api"


def api_tokens_of(user) -> QuerySet[ApiToken]:
    """The user's own tokens, newest first, revoked ones included (they are history)."""
    return ApiToken.objects.filter(user=user).order_by("-created_at", "-id")


@transaction.atomic
def api_token_create(
    *, user, name: str, expires_at: datetime.datetime | None = None
) -> tuple[ApiToken, str]:
    """Create a token for `user` and return it with its key; only a digest of the key is kept,
    so the key can be shown this once and never again."""
    if not user.has_perm(USE_API_PERMISSION):
        raise PermissionDeniedError(_("Only people with a role may use the API."))
    name = (name or "").strip()
    if not name:
        raise DomainError(_("Give the token a name."), code="name_required", field="name")
    if expires_at is not None and expires_at <= timezone.now():
        raise DomainError(
            _("The expiry date must be in the future."), code="expiry_in_past", field="expires_at"
        )
    key = ApiToken.new_key()
    token = ApiToken(user=user, name=name[:100], expires_at=expires_at)
    token.set_key(key)
    token.save()
    audit_record(
        actor=user,
        action="accounts.api_token.created",
        target=token,
        after={"name": token.name, "prefix": token.prefix, "expires_at": expires_at},
    )
    return token, key


@transaction.atomic
def api_token_revoke(*, token: ApiToken, actor) -> ApiToken:
    """Stop a token from working. Only its owner may revoke it; revoking twice is refused."""
    token = ApiToken.objects.select_for_update().get(pk=token.pk)
    if token.user_id != getattr(actor, "pk", None):
        raise PermissionDeniedError(_("You may only revoke your own tokens."))
    if token.revoked_at is not None:
        raise ConflictError(_("This token has already been revoked."), code="already_revoked")
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])
    audit_record(
        actor=actor,
        action="accounts.api_token.revoked",
        target=token,
        before={"revoked_at": None},
        after={"revoked_at": token.revoked_at},
    )
    return token


def api_token_authenticate(key: str):
    """The person a bearer token speaks for, or None (unknown, expired, revoked, or no longer
    allowed to use the API). Notes when the token was last used, at most once a minute."""
    token = ApiToken.objects.for_key(key)
    if token is None or not token.user.has_perm(USE_API_PERMISSION):
        return None
    now = timezone.now()
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user
