"""News (ข่าว ก.พ.ร.): a draft written from a meeting or a consulting session
(`news_writer`), edited by the secretariat, then published on the public news pages and the
Atom feed, dated when it was published."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from loetrat.clinics.enums import ClinicStatus
from loetrat.clinics.models import ClinicSession
from loetrat.core.audit import audit_record, changed_fields, snapshot
from loetrat.core.errors import ConflictError, DomainError
from loetrat.core.transitions import StateMachine, transition
from loetrat.meetings.enums import MeetingStatus
from loetrat.meetings.models import Meeting
from loetrat.meetings.services.meetings import require_started

from ..enums import NEWS_TRANSITIONS, NewsAction, NewsStatus
from ..models import NewsItem
from .news_writer import NewsDraft, news_draft_for_clinic, news_draft_for_meeting

__all__ = [
    "NewsDraft",
    "news_create_from_clinic",
    "news_create_from_meeting",
    "news_draft_for_clinic",
    "news_draft_for_meeting",
    "news_publish",
    "news_unpublish",
    "news_update",
]

EDITABLE_FIELDS = ("slug", "title_th", "title_en", "body_th", "body_en")


def _unique_slug(base: str) -> str:
    base = base[:110].strip("-") or "news"
    slug, n = base, 2
    while NewsItem.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _organization_id(news: NewsItem):
    if news.meeting_id:
        return news.meeting.committee.secretariat_id
    if news.clinic_id:
        return news.clinic.organization_id
    return None


@transaction.atomic
def news_create_from_meeting(*, meeting: Meeting, actor) -> NewsItem:
    """A draft news item generated from a held (or certified) meeting; one per meeting."""
    meeting = (
        Meeting.objects.select_for_update(of=("self",))
        .select_related("committee")
        .get(pk=meeting.pk)
    )
    require_started(meeting, doing=_("report on it"))
    if meeting.status not in (MeetingStatus.HELD, MeetingStatus.CERTIFIED):
        raise ConflictError(
            _("Meeting %(number)s has not been held; there is nothing to report yet.")
            % {"number": meeting.number},
            code="meeting_not_held",
        )
    if NewsItem.objects.filter(meeting=meeting).exists():
        raise ConflictError(
            _("There is already a news item about meeting %(number)s; edit that one.")
            % {"number": meeting.number},
            code="news_exists",
        )
    return _create(
        draft=news_draft_for_meeting(meeting),
        slug=slugify(f"{meeting.committee.code}-{meeting.sequence}-{meeting.year_be}"),
        actor=actor,
        organization_id=meeting.committee.secretariat_id,
        meeting=meeting,
    )


def _create(*, draft: NewsDraft, slug: str, actor, organization_id, **source) -> NewsItem:
    news = NewsItem.objects.create(
        slug=_unique_slug(slug),
        title_th=draft.title_th[:300],
        title_en=draft.title_en[:300],
        body_th=draft.body_th,
        body_en=draft.body_en,
        created_by=actor,
        **source,
    )
    audit_record(
        actor=actor,
        action="publishing.news.created",
        target=news,
        organization_id=organization_id,
        after={"slug": news.slug, **({"meeting": news.meeting.number} if news.meeting else {})},
    )
    return news


@transaction.atomic
def news_create_from_clinic(*, clinic: ClinicSession, actor) -> NewsItem:
    """A draft news item about a consulting session that was held; one per session."""
    clinic = ClinicSession.objects.select_for_update(of=("self",)).get(pk=clinic.pk)
    if clinic.status not in (ClinicStatus.HELD, ClinicStatus.CLOSED):
        raise ConflictError(
            _("The session has not been held; there is nothing to report yet."),
            code="clinic_not_held",
        )
    if NewsItem.objects.filter(clinic=clinic).exists():
        raise ConflictError(
            _("There is already a news item about this session; edit that one."),
            code="news_exists",
        )
    day = timezone.localtime(clinic.scheduled_at).date() if clinic.scheduled_at else None
    return _create(
        draft=news_draft_for_clinic(clinic),
        slug=slugify(f"clinic-{clinic.organization.code}-{day or clinic.pk}"),
        actor=actor,
        organization_id=clinic.organization_id,
        clinic=clinic,
    )


@transaction.atomic
def news_update(*, news: NewsItem, actor, **fields) -> NewsItem:
    """Change the headline, texts or web address. The address of a published item is kept,
    so links to it keep working."""
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"news_update() got unexpected fields: {', '.join(sorted(unknown))}")
    news = NewsItem.objects.select_for_update().get(pk=news.pk)
    if "slug" in fields and fields["slug"] != news.slug and news.status == NewsStatus.PUBLISHED:
        raise ConflictError(
            _("The web address of a published news item cannot change."),
            code="slug_locked",
            field="slug",
        )
    for name in ("title_th", "body_th"):
        if name in fields and not (fields[name] or "").strip():
            raise DomainError(_("This field is required."), code="required", field=name)
    before = snapshot(news, list(fields))
    for name, value in fields.items():
        setattr(news, name, value.strip() if isinstance(value, str) else value)
    try:
        news.full_clean(exclude=["created_by", "meeting", "clinic"])
    except ValidationError as exc:
        name, messages = next(iter(exc.message_dict.items()))
        raise DomainError(messages[0], code="invalid", field=name) from None
    news.save()
    before, after = changed_fields(before, snapshot(news, list(fields)))
    if after:
        audit_record(
            actor=actor,
            action="publishing.news.updated",
            target=news,
            organization_id=_organization_id(news),
            before=before,
            after=after,
        )
    return news


NEWS_MACHINE = StateMachine(
    model=NewsItem,
    transitions=NEWS_TRANSITIONS,
    audit_prefix="publishing.news",
    related=("meeting__committee", "clinic"),
    audit_verbs={NewsAction.PUBLISH: "published", NewsAction.UNPUBLISH: "unpublished"},
    organization_of=lambda news: _organization_id(news),
    refusal=lambda news, action: (
        ConflictError(_("This news item is already published."), code="news_published")
        if action == NewsAction.PUBLISH
        else ConflictError(_("This news item is not published."), code="news_not_published")
    ),
)


def _complete(news: NewsItem, _new_status) -> None:
    if not news.title_th.strip() or not news.body_th.strip():
        raise DomainError(
            _("Write the Thai headline and text before publishing."), code="news_incomplete"
        )


def news_publish(
    *, news: NewsItem, actor, published_at: datetime.datetime | None = None
) -> NewsItem:
    """Show the item on the public news pages and in the feed, dated now, or, for a story
    that was published before it was recorded here, on the day it was (never in the future)."""
    when = published_at or timezone.now()
    if when > timezone.now():
        raise DomainError(
            _("A news item cannot be dated in the future."), code="published_in_future"
        )
    return transition(
        NEWS_MACHINE,
        news,
        action=NewsAction.PUBLISH,
        actor=actor,
        check=_complete,
        changes={"published_at": when},
    )


def news_unpublish(*, news: NewsItem, actor, reason: str = "") -> NewsItem:
    """Take the item off the public pages; it becomes a draft again."""
    return transition(
        NEWS_MACHINE,
        news,
        action=NewsAction.UNPUBLISH,
        actor=actor,
        reason=reason,
        changes={"published_at": None},
    )
