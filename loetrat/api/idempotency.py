"""Idempotency keys for the API's creating requests: a POST sent with `Idempotency-Key: <key>`
is done once; sending it again (same person, same key) answers what the first answer was, so a
client whose answer was lost on the way can retry without making a duplicate. The same key with a
different request is refused (422), and a retry while the first is still running waits its turn
by a 409. Keys are kept for IDEMPOTENCY_HOURS."""

from __future__ import annotations

import datetime
import hashlib

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.db import IntegrityError, transaction
from django.http import HttpResponse, JsonResponse
from django.http.multipartparser import MultiPartParserError
from django.utils import timezone
from django.utils.translation import gettext as _

from loetrat.core.models import IdempotentRequest

from .errors import FIELDS_TOO_LARGE, UNREADABLE_MULTIPART

HEADER = "HTTP_IDEMPOTENCY_KEY"


def _scope(request) -> str:
    """Who sends it, without keeping their credentials: the bearer token or the session."""
    credential = request.META.get("HTTP_AUTHORIZATION") or request.COOKIES.get(
        settings.SESSION_COOKIE_NAME, ""
    )
    return hashlib.sha256(credential.encode()).hexdigest()


def _fingerprint(request) -> str:
    """A digest of what is asked. An upload is read as Django parses it (files spooled to disk,
    hashed chunk by chunk), never as one body in memory, which Django refuses above
    DATA_UPLOAD_MAX_MEMORY_SIZE."""
    digest = hashlib.sha256(f"{request.method} {request.path}\n".encode())
    if request.content_type != "multipart/form-data":
        digest.update(request.body)
        return digest.hexdigest()
    for name, values in sorted(request.POST.lists()):
        digest.update(f"{name}={values}\n".encode())
    for name, uploads in sorted(request.FILES.lists()):
        for upload in uploads:
            digest.update(f"{name}:{upload.name}:{upload.size}\n".encode())
            for chunk in upload.chunks():
                digest.update(chunk)
            upload.seek(0)
    return digest.hexdigest()


def _refusal(code: str, message, status: int) -> JsonResponse:
    return JsonResponse({"code": code, "message": str(message)}, status=status)


class IdempotencyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = request.META.get(HEADER, "").strip()
        if not key or request.method != "POST" or not request.path.startswith("/api/"):
            return self.get_response(request)
        if len(key) > 200:
            return _refusal(
                "idempotency_key_invalid", _("An Idempotency-Key is at most 200 characters."), 400
            )
        try:
            scope, fingerprint = _scope(request), _fingerprint(request)
        except RequestDataTooBig:
            return _refusal("request_too_large", FIELDS_TOO_LARGE, 413)
        except MultiPartParserError:
            return _refusal("malformed_request", UNREADABLE_MULTIPART, 400)
        cutoff = timezone.now() - datetime.timedelta(hours=settings.IDEMPOTENCY_HOURS)
        IdempotentRequest.objects.filter(created_at__lt=cutoff).delete()
        try:
            with transaction.atomic():
                record = IdempotentRequest.objects.create(
                    scope=scope, key=key, fingerprint=fingerprint
                )
        except IntegrityError:
            earlier = IdempotentRequest.objects.filter(scope=scope, key=key).first()
            return self._replay(earlier, fingerprint)
        response = self.get_response(request)
        if response.status_code >= 500 or getattr(response, "streaming", False):
            record.delete()  # not done: the client may retry with the same key
            return response
        record.status = response.status_code
        record.content_type = response.get("Content-Type", "")
        record.body = response.content
        record.save(update_fields=["status", "content_type", "body"])
        return response

    def _replay(self, earlier, fingerprint: str):
        if earlier is None:
            return _refusal(
                "request_in_progress", _("This request is being done; send it again shortly."), 409
            )
        if earlier.fingerprint != fingerprint:
            return _refusal(
                "idempotency_key_reused",
                _("This Idempotency-Key was used for a different request; use a new key."),
                422,
            )
        if earlier.status is None:
            return _refusal(
                "request_in_progress", _("This request is being done; send it again shortly."), 409
            )
        response = HttpResponse(
            bytes(earlier.body), status=earlier.status, content_type=earlier.content_type
        )
        response["Idempotent-Replay"] = "true"
        return response
