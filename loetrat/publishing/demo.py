"""The demo's published news: a summary of every certified demo meeting, written from its record
and published, as the secretariat would. Loading twice adds nothing."""

from loetrat.meetings.demo import demo_actor
from loetrat.meetings.enums import MeetingStatus
from loetrat.meetings.models import Meeting

from .services.news import news_create_from_meeting, news_publish


def publish_demo_news(*, actor=None) -> int:
    """A published news summary, written from the record, for every certified demo meeting
    that has none yet (idempotent)."""
    actor = demo_actor(actor)
    created = 0
    for meeting in Meeting.objects.filter(status=MeetingStatus.CERTIFIED, news__isnull=True):
        news_publish(news=news_create_from_meeting(meeting=meeting, actor=actor), actor=actor)
        created += 1
    return created
