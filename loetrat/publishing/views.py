from django.contrib.auth.decorators import login_not_required
from django.core.paginator import Paginator
from django.shortcuts import render

from loetrat.organizations.enums import OrganizationKind
from loetrat.organizations.models import Organization

from .selectors import localized, published_news, published_news_get


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


NEWS_PER_PAGE = 20


@login_not_required
def news_list(request):
    """Published news summaries, newest first, with the feed."""
    page_obj = Paginator(published_news(), NEWS_PER_PAGE).get_page(request.GET.get("page"))
    items = [localized(item) for item in page_obj.object_list]
    return render(request, "publishing/news_list.html", {"page_obj": page_obj, "items": items})


@login_not_required
def news_detail(request, slug):
    return render(request, "publishing/news_detail.html", {"item": published_news_get(slug)})
