from django.shortcuts import render
from django.views.decorators.http import require_safe

from loetrat.core.panels import dashboard_panels
from loetrat.organizations.roles import held_roles
from loetrat.organizations.selectors import memberships_of_user


@require_safe
def home(request):
    return render(
        request,
        "dashboard/home.html",
        {"panels": dashboard_panels(request.user), "has_roles": bool(held_roles(request.user))},
    )


def profile(request):
    return render(
        request,
        "dashboard/profile.html",
        {"memberships": memberships_of_user(request.user)},
    )
