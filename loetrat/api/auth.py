"""API authentication: bearer tokens for machines, the session (with CSRF) for the browser."""

from ninja.security import APIKeyCookie, HttpBearer

from loetrat.accounts.tokens import api_token_authenticate


class TokenAuth(HttpBearer):
    def authenticate(self, request, token):
        user = api_token_authenticate(token)
        if user is not None:
            request.user = user
        return user


class SessionAuth(APIKeyCookie):
    """The browser's login session; unsafe methods also need the CSRF token."""

    param_name = "sessionid"

    def __init__(self):
        super().__init__(csrf=True)

    def authenticate(self, request, key):
        if request.user.is_authenticated and request.user.is_active:
            return request.user
        return None
