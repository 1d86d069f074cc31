"""The public pages: the front page and the published news."""

from django.contrib.auth.decorators import login_not_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_safe

from loetrat.organizations.enums import OrganizationKind
from loetrat.organizations.selectors import active_counts_by_kind

from ..selectors import localized, published_news, published_news_get


@login_not_required
@require_safe
def home(request):
    """The public front page: what Loetrat runs, and a way in for agencies."""
    counts = active_counts_by_kind()
    figures = {
        "ministries": counts.get(OrganizationKind.MINISTRY, 0),
        "departments": counts.get(OrganizationKind.DEPARTMENT, 0),
        "provinces": counts.get(OrganizationKind.PROVINCE, 0),
    }
    return render(request, "publishing/home.html", {"figures": figures})


NEWS_PER_PAGE = 20


@login_not_required
@require_safe
def news_list(request):
    """Published news summaries, newest first, with the feed."""
    page_obj = Paginator(published_news(), NEWS_PER_PAGE).get_page(request.GET.get("page"))
    items = [localized(item) for item in page_obj.object_list]
    return render(request, "publishing/news_list.html", {"page_obj": page_obj, "items": items})


@login_not_required
@require_safe
def news_detail(request, slug):
    return render(request, "publishing/news_detail.html", {"item": published_news_get(slug)})
