"""What the public site adds to other apps' pages: on a meeting's page and its minutes, and on a
consulting session's page, the news item written from it (or the way to write one)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from loetrat.clinics.enums import ClinicStatus
from loetrat.clinics.models import ClinicSession
from loetrat.core.panels import Panel
from loetrat.meetings.enums import MeetingStatus
from loetrat.meetings.models import Meeting

from .selectors import MANAGE_NEWS, news_of_clinic, news_of_meeting


def _news_panel(news, write_url) -> Panel:
    return Panel(
        "record_news",
        _("News"),
        "publishing/panels/record_news.html",
        {
            "news": news,
            "url": reverse("publishing:news_edit", args=[news.pk]) if news else write_url,
        },
    )


def meeting_news_panel(obj, user) -> Panel | None:
    if not isinstance(obj, Meeting) or not user.has_perm(MANAGE_NEWS):
        return None
    if obj.status in (MeetingStatus.SCHEDULED, MeetingStatus.CANCELLED):
        return None
    return _news_panel(news_of_meeting(obj), reverse("publishing:news_from_meeting", args=[obj.pk]))


def clinic_news_panel(obj, user) -> Panel | None:
    if not isinstance(obj, ClinicSession) or not user.has_perm(MANAGE_NEWS):
        return None
    if obj.status not in (ClinicStatus.HELD, ClinicStatus.CLOSED):
        return None
    return _news_panel(news_of_clinic(obj), reverse("publishing:news_from_clinic", args=[obj.pk]))
