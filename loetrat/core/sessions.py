"""Sliding session expiry without a database write on every request."""

import time

from django.conf import settings

REFRESH_KEY = "_loetrat_refreshed"


class SessionRefreshMiddleware:
    """Extends a signed-in session's expiry when it is used, but saves the session at most once
    every SESSION_REFRESH_SECONDS instead of on every request (SESSION_SAVE_EVERY_REQUEST would
    cost a write and, on SQLite, a database-wide lock for each page)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = getattr(request, "session", None)
        if session is not None and request.user.is_authenticated:
            now = int(time.time())
            if now - session.get(REFRESH_KEY, 0) >= settings.SESSION_REFRESH_SECONDS:
                session[REFRESH_KEY] = now
        return self.get_response(request)
