from django.conf import settings
from django.contrib import admin
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from django.views.generic import RedirectView

from loetrat.api.main import api
from loetrat.core.views.health import healthz


def _api_urls():
    """The API does its own authentication (token or session) and answers 401 as JSON, so the
    site-wide login redirect must not apply to it."""
    patterns, app_name, namespace = api.urls
    for pattern in patterns:
        pattern.callback = login_not_required(pattern.callback)
    return patterns, app_name, namespace


urlpatterns = [
    path("", include("loetrat.publishing.urls")),
    path("accounts/", include("loetrat.accounts.urls")),
    path("dashboard/", include("loetrat.dashboard.urls")),
    path("organizations/", include("loetrat.organizations.urls")),
    path("frameworks/", include("loetrat.frameworks.urls")),
    path("awards/", include("loetrat.awards.urls")),
    path("meetings/", include("loetrat.meetings.urls")),
    path("clinics/", include("loetrat.clinics.urls")),
    path("audit/", include("loetrat.core.urls")),
    path("inbox/", include("loetrat.core.inbox_urls")),
    path("api/v1/", _api_urls()),
    # The admin signs people in through the site's own throttled, audited login.
    path(
        "admin/login/",
        login_not_required(RedirectView.as_view(pattern_name="accounts:login", query_string=True)),
    ),
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
