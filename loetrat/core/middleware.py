import re
import uuid

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.utils.translation.trans_real import parse_accept_lang_header

from . import request_context

_SAFE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def client_ip(request) -> str | None:
    """The client's address; behind a trusted proxy (NUM_PROXIES > 0) the X-Forwarded-For hop."""
    proxies = getattr(settings, "NUM_PROXIES", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR") or None


class RequestIdMiddleware:
    """Gives every request an id (or keeps a safe one from the proxy), echoed in X-Request-ID."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.META.get("HTTP_X_REQUEST_ID", "")
        request.request_id = incoming if _SAFE_REQUEST_ID.match(incoming) else uuid.uuid4().hex
        token = request_context.set_current(
            request_context.RequestContext(request.request_id, client_ip(request))
        )
        try:
            response = self.get_response(request)
        finally:
            request_context.reset(token)
        response["X-Request-ID"] = request.request_id
        return response


class RequestSizeLimitMiddleware:
    """Refuses a request whose body is larger than LOETRAT_MAX_REQUEST_MB before anything reads
    it (413, as JSON under /api/), so that no worker holds or spools a body it would refuse
    anyway; a proxy's limit is a second line, not the only one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = settings.LOETRAT_MAX_REQUEST_MB * 1024 * 1024
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > limit:
            message = _("The request is larger than %(limit)s MB; send smaller files.") % {
                "limit": settings.LOETRAT_MAX_REQUEST_MB
            }
            if request.path.startswith("/api/"):
                return JsonResponse(
                    {"code": "request_too_large", "message": str(message)}, status=413
                )
            return HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
        return self.get_response(request)


class LanguageMiddleware:
    """Thai unless the person chose otherwise: the language cookie set by the switch (and, at
    log-in, from the account), then the language saved on a signed-in account, then
    LANGUAGE_CODE. A browser's Accept-Language is
    not consulted on the pages: the service is Thai first, and English is a choice the person
    makes (and that sticks), not a guess from the browser. An API client's Accept-Language is
    honoured, as HTTP content negotiation. Stands in Django's LocaleMiddleware's place, after
    the authentication middleware."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.languages = {code for code, _name in settings.LANGUAGES}

    def _asked(self, request) -> str:
        """The language an API client asks for in Accept-Language, if Loetrat has it."""
        header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
        for code, _quality in parse_accept_lang_header(header):
            base = code.split("-")[0].lower()
            if base in self.languages:
                return base
        return ""

    def _chosen(self, request) -> str:
        cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        if cookie in self.languages:
            return cookie
        if request.path.startswith("/api/") and (asked := self._asked(request)):
            return asked
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            saved = getattr(user, "language", "")
            if saved in self.languages:
                return saved
        return settings.LANGUAGE_CODE

    def __call__(self, request):
        language = self._chosen(request)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        api = request.path.startswith("/api/")
        patch_vary_headers(response, ("Cookie", "Accept-Language") if api else ("Cookie",))
        return response
