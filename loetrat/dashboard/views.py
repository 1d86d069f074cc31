from django.shortcuts import render

from loetrat.organizations.roles import held_roles
from loetrat.organizations.selectors import memberships_of_user

from .panels import panels_for


def home(request):
    return render(
        request,
        "dashboard/home.html",
        {"panels": panels_for(request.user), "has_roles": bool(held_roles(request.user))},
    )


def profile(request):
    return render(
        request,
        "dashboard/profile.html",
        {"memberships": memberships_of_user(request.user)},
    )
