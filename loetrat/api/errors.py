"""One error format for the whole API: {"code": "...", "message": "...", "details": [...]}."""

import logging

from django.core.exceptions import PermissionDenied, RequestDataTooBig, ValidationError
from django.http import Http404
from django.http.multipartparser import MultiPartParserError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import Status
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from loetrat.core.errors import DomainError, PermissionDeniedError

logger = logging.getLogger("loetrat.api")

# Messages the idempotency middleware gives too, before the API reads the request.
FIELDS_TOO_LARGE = gettext_lazy("The request's fields are too large; send the content as files.")
UNREADABLE_MULTIPART = gettext_lazy(
    "The request body cannot be read: send multipart/form-data with its boundary."
)


def _error(api, request, status, code, message, details=None):
    body = {"code": code, "message": str(message)}
    if details:
        body["details"] = details
    return api.create_response(request, body, status=status)


def problems_response(details: list[dict], code: str, message) -> Status:
    """422 with one detail per problem (an import, a configuration), in the one error format."""
    return Status(422, {"code": code, "message": str(message), "details": details})


def install_error_handlers(api) -> None:
    @api.exception_handler(DomainError)
    def domain_error(request, exc: DomainError):
        details = [{"field": exc.field, "message": str(exc.message)}] if exc.field else None
        return _error(api, request, exc.status, exc.code, exc.message, details)

    @api.exception_handler(NinjaValidationError)
    def validation_error(request, exc: NinjaValidationError):
        details = [
            {
                "field": ".".join(str(part) for part in error.get("loc", [])[1:]),
                "message": error.get("msg", ""),
                "type": error.get("type", ""),
            }
            for error in exc.errors
        ]
        return _error(
            api, request, 422, "validation_error", _("The request is not valid."), details
        )

    @api.exception_handler(ValidationError)
    def django_validation_error(request, exc: ValidationError):
        if hasattr(exc, "message_dict"):
            details = [
                {"field": field, "message": " ".join(str(m) for m in messages)}
                for field, messages in exc.message_dict.items()
            ]
        else:
            details = [{"field": "", "message": str(m)} for m in exc.messages]
        return _error(
            api, request, 422, "validation_error", _("The request is not valid."), details
        )

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request, exc):
        return _error(api, request, 401, "unauthenticated", _("Log in or send a valid API token."))

    @api.exception_handler(PermissionDenied)
    def forbidden(request, exc):
        if isinstance(exc, PermissionDeniedError):
            return _error(api, request, 403, exc.code, exc.message)
        return _error(api, request, 403, "forbidden", _("You may not do this."))

    @api.exception_handler(Http404)
    def not_found(request, exc):
        return _error(api, request, 404, "not_found", _("Not found."))

    @api.exception_handler(HttpError)
    def http_error(request, exc: HttpError):
        if exc.status_code == 400:  # a body that is not JSON, or not a JSON object
            message = _("The request body must be a JSON object with the operation's fields.")
            return _error(api, request, 400, "malformed_request", message)
        return _error(api, request, exc.status_code, "http_error", str(exc))

    @api.exception_handler(MultiPartParserError)
    def malformed_body(request, exc):
        return _error(api, request, 400, "malformed_request", UNREADABLE_MULTIPART)

    @api.exception_handler(RequestDataTooBig)
    def fields_too_large(request, exc):
        """A JSON body or form fields above DATA_UPLOAD_MAX_MEMORY_SIZE (files are not held)."""
        return _error(api, request, 413, "request_too_large", FIELDS_TOO_LARGE)

    @api.exception_handler(Exception)
    def server_error(request, exc):
        """Anything unforeseen still answers in the API's format; the traceback goes to the
        log with the request id, which the answer carries for the support desk."""
        logger.exception("API error %s %s", request.method, request.path)
        body = {
            "code": "server_error",
            "message": str(
                _("Something went wrong on our side; try again, or quote the request id.")
            ),
            "request_id": getattr(request, "request_id", ""),
        }
        return api.create_response(request, body, status=500)
