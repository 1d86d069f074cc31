"""The REST API, version 1. Every operation requires authentication unless it says otherwise;
later modules add their routers here."""

from ninja import NinjaAPI

from .auth import SessionAuth, TokenAuth
from .errors import install_error_handlers
from .parser import ObjectParser
from .routers import applications, awards, clinics, frameworks, me, meetings, organizations

api = NinjaAPI(
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
api.add_router("/clinics", clinics.router)
