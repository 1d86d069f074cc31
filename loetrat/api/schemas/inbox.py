"""The inbox: a person's notices, in the language of the request."""

import datetime

from django.conf import settings
from ninja import Schema

from loetrat.core.notices import render


def _text(obj):
    """The notice rendered once per object, in the active language."""
    if not hasattr(obj, "_rendered"):
        obj._rendered = render(obj.kind, obj.params)
    return obj._rendered


class NoticeOut(Schema):
    id: int
    kind: str
    subject: str
    body: str
    url: str
    created_at: datetime.datetime
    read_at: datetime.datetime | None
    unread: bool

    @staticmethod
    def resolve_subject(obj) -> str:
        return _text(obj).subject

    @staticmethod
    def resolve_body(obj) -> str:
        return _text(obj).body

    @staticmethod
    def resolve_url(obj) -> str:
        return settings.SITE_URL + obj.url

    @staticmethod
    def resolve_unread(obj) -> bool:
        return obj.read_at is None


class MarkedOut(Schema):
    marked: int
