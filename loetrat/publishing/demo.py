"""The demo's published news: the five OPDC stories the demo tells (four meetings and the
consultation with the Ministry of Digital Economy and Society), each drafted from its record and
published on the day the story was (loetrat/demo/data/publishing/news.json). Loading twice adds
nothing."""

import datetime
import json
from pathlib import Path
from zoneinfo import ZoneInfo

from loetrat.clinics.models import ClinicSession
from loetrat.meetings.demo import demo_actor
from loetrat.meetings.models import Meeting

from .models import NewsItem
from .services.news import news_create_from_clinic, news_create_from_meeting, news_publish

DATA = Path(__file__).resolve().parent.parent / "demo" / "data" / "publishing" / "news.json"
BANGKOK = ZoneInfo("Asia/Bangkok")


def _published_at(day: str) -> datetime.datetime:
    """Ten in the morning, Bangkok time, of the story's day."""
    return datetime.datetime.combine(
        datetime.date.fromisoformat(day), datetime.time(10), tzinfo=BANGKOK
    )


def _record(story: dict):
    if "meeting" in story:
        spec = story["meeting"]
        meeting = Meeting.objects.filter(
            committee__code=spec["committee"], sequence=spec["sequence"], year_be=spec["year_be"]
        ).first()
        return meeting, "meeting"
    spec = story["clinic"]
    clinic = ClinicSession.objects.filter(
        organization__code=spec["organization"], scheduled_at__date=spec["held_on"]
    ).first()
    return clinic, "clinic"


def publish_demo_news(*, actor=None) -> int:
    """Draft and publish each story whose record is in the demo and has no news yet."""
    actor = demo_actor(actor)
    created = 0
    for story in json.loads(DATA.read_text(encoding="utf-8")):
        record, kind = _record(story)
        if record is None or NewsItem.objects.filter(**{kind: record}).exists():
            continue
        if kind == "meeting":
            news = news_create_from_meeting(meeting=record, actor=actor)
        else:
            news = news_create_from_clinic(clinic=record, actor=actor)
        news_publish(news=news, actor=actor, published_at=_published_at(story["published_on"]))
        created += 1
    return created
