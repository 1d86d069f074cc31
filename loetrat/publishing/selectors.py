"""Reads for the public site: only published news, never drafts."""

from django.http import Http404
from django.utils.translation import get_language

from loetrat.meetings.enums import NewsStatus
from loetrat.meetings.models import NewsItem


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
