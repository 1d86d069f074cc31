"""The REST API, version 1. Every operation requires authentication unless it says otherwise;
later modules add their routers here."""

from ninja import NinjaAPI

from .auth import SessionAuth, TokenAuth
from .errors import install_error_handlers
from .parser import ObjectParser
from .routers import (
    applications,
    awards,
    clinics,
    committees,
    frameworks,
    inbox,
    me,
    meetings,
    organizations,
)

# Answers every operation may give besides its own, in the one error format.
COMMON_ERRORS = {
    "400": "The request body cannot be read (not JSON, not an object, a broken multipart body).",
    "401": "No valid bearer token or session.",
    "403": "Your roles do not allow this operation, or not on this object.",
    "413": "The request body is larger than the site accepts.",
    "422": "The request does not match the operation's parameters or body.",
    "500": "An error on the server's side; the answer carries the request id.",
}
# Answers of operations on a named object, and of operations that change something.
OBJECT_ERRORS = {"404": "No such object, or none you may see."}
CHANGE_ERRORS = {"409": "The object's state does not allow this now (the message says why)."}


def _errors_of(path: str, method: str) -> dict[str, str]:
    errors = dict(COMMON_ERRORS)
    if "{" in path:
        errors.update(OBJECT_ERRORS)
    if method != "get":
        errors.update(CHANGE_ERRORS)
    return errors


class LoetratAPI(NinjaAPI):
    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        """The schema, with the common error answers documented on every operation."""
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        error = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
        for path, methods in schema.get("paths", {}).items():
            for method, operation in methods.items():
                responses = operation.setdefault("responses", {})
                documented = {str(status) for status in responses}
                for status, description in _errors_of(path, method).items():
                    if status not in documented:
                        responses[int(status)] = {"description": description, "content": error}
        return schema


api = LoetratAPI(
    title="Loetrat API",
    version="1",
    description=(
        "The public-sector development platform's REST API. Authenticate with a bearer token "
        "(`Authorization: Bearer lt_...`) or, from the browser, with your session. "
        "Errors always answer `{code, message, details}`."
    ),
    auth=[TokenAuth(), SessionAuth()],
    urls_namespace="api-1",
    docs_url="/docs",
    parser=ObjectParser(),
)
install_error_handlers(api)
api.add_router("/me", me.router)
api.add_router("/organizations", organizations.router)
api.add_router("/frameworks", frameworks.router)
api.add_router("/awards", awards.router)
api.add_router("/applications", applications.router)
api.add_router("/meetings", meetings.router)
api.add_router("/meetings", committees.router)
api.add_router("/clinics", clinics.router)
api.add_router("/inbox", inbox.router)
