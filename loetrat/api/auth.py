"""API authentication: bearer tokens for machines, the session (with CSRF) for the browser."""

from django.utils import timezone
from ninja.security import APIKeyCookie, HttpBearer

from loetrat.accounts.models import ApiToken


class TokenAuth(HttpBearer):
    def authenticate(self, request, token):
        api_token = ApiToken.objects.for_key(token)
        if api_token is None or not api_token.user.has_perm("accounts.use_api"):
            return None
        now = timezone.now()
        if api_token.last_used_at is None or (now - api_token.last_used_at).total_seconds() > 60:
            ApiToken.objects.filter(pk=api_token.pk).update(last_used_at=now)
        request.user = api_token.user
        return api_token.user


class SessionAuth(APIKeyCookie):
    """The browser's login session; unsafe methods also need the CSRF token."""

    param_name = "sessionid"

    def __init__(self):
        super().__init__(csrf=True)

    def authenticate(self, request, key):
        if request.user.is_authenticated and request.user.is_active:
            return request.user
        return None
