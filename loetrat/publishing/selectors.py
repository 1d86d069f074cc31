"""Reads of news: the public site sees only published items, never drafts; the newsroom (the
secretariat, who may manage news) sees them all."""

from django.http import Http404
from django.utils.translation import get_language

from .enums import NewsStatus
from .models import NewsItem

MANAGE_NEWS = "publishing.manage_news"


def published_news():
    """Published news, newest first."""
    return NewsItem.objects.filter(status=NewsStatus.PUBLISHED).order_by("-published_at", "-pk")


def published_news_get(slug: str) -> NewsItem:
    """One published item by its address; a draft is as missing as an unknown address."""
    item = published_news().filter(slug=slug).first()
    if item is None:
        raise Http404
    return localized(item)


def localized(item: NewsItem) -> NewsItem:
    """Give the item `title` and `body` in the active language (English when written, else
    Thai) and `lang`, the language they are in."""
    english = (get_language() or "th").startswith("en") and bool(item.title_en and item.body_en)
    item.title = item.title_en if english else item.title_th
    item.body = item.body_en if english else item.body_th
    item.lang = "en" if english else "th"
    return item


def newsroom_items(*, status: str = ""):
    """Every news item for the newsroom's list, optionally of one status."""
    queryset = NewsItem.objects.select_related("meeting__committee", "clinic__organization")
    if status in NewsStatus.values:
        queryset = queryset.filter(status=status)
    return queryset


def news_get_for(user, pk) -> NewsItem:
    """One item for the newsroom; 404 when missing or the person may not manage news."""
    if not user.has_perm(MANAGE_NEWS):
        raise Http404
    item = NewsItem.objects.select_related("meeting__committee").filter(pk=pk).first()
    if item is None:
        raise Http404
    return item


def news_of_clinic(clinic) -> NewsItem | None:
    """The news item written from this consulting session, if there is one."""
    return NewsItem.objects.filter(clinic=clinic).order_by("pk").first()


def news_of_meeting(meeting) -> NewsItem | None:
    """The news item written from this meeting, if there is one."""
    return NewsItem.objects.filter(meeting=meeting).order_by("pk").first()
