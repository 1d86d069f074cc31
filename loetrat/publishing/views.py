from django.contrib.auth.decorators import login_not_required
from django.shortcuts import render

from loetrat.organizations.enums import OrganizationKind
from loetrat.organizations.models import Organization


@login_not_required
def home(request):
    """The public front page: what Loetrat runs, and a way in for agencies."""
    active = Organization.objects.active()
    figures = {
        "ministries": active.filter(kind=OrganizationKind.MINISTRY).count(),
        "departments": active.filter(kind=OrganizationKind.DEPARTMENT).count(),
        "provinces": active.filter(kind=OrganizationKind.PROVINCE).count(),
    }
    return render(request, "publishing/home.html", {"figures": figures})
