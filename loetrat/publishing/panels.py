"""What the public site adds to other apps' pages: on a meeting's page and its minutes, the news
item written from it (or the way to write one)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from loetrat.core.panels import Panel
from loetrat.meetings.enums import MeetingStatus
from loetrat.meetings.models import Meeting

from .selectors import MANAGE_NEWS, news_of_meeting


def meeting_news_panel(obj, user) -> Panel | None:
    if not isinstance(obj, Meeting) or not user.has_perm(MANAGE_NEWS):
        return None
    if obj.status in (MeetingStatus.SCHEDULED, MeetingStatus.CANCELLED):
        return None
    news = news_of_meeting(obj)
    return Panel(
        "meeting_news",
        _("News"),
        "publishing/panels/meeting_news.html",
        {
            "news": news,
            "url": reverse("publishing:news_edit", args=[news.pk])
            if news
            else reverse("publishing:news_from_meeting", args=[obj.pk]),
        },
    )
