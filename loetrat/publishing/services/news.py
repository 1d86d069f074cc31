"""News summaries (ข่าว ก.พ.ร.) of meetings, in the style OPDC publishes them:

    เมื่อวันที่ 27 กันยายน 2565 สำนักงาน ก.พ.ร. จัดประชุม <คณะ...> ครั้งที่ 7/2565
    ผ่านระบบอิเล็กทรอนิกส์ โดยมี <ประธาน> เป็นประธาน สรุปสาระสำคัญ ดังนี้
    1. <เรื่อง> โดยมีมติเห็นชอบ ... และให้นำเสนอคณะรัฐมนตรีเพื่อพิจารณาต่อไป

The draft is generated from the meeting and its resolutions (Thai and English texts, which are
content in their own language whatever the page language), saved as a draft news item, edited
by the secretariat and then published on the public news pages and the Atom feed."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from loetrat.core.audit import audit_record, changed_fields, snapshot
from loetrat.core.errors import ConflictError, DomainError
from loetrat.core.thai.dates import format_date
from loetrat.core.transitions import StateMachine, transition
from loetrat.meetings.enums import AgendaKind, CommitteeRole, MeetingMode, MeetingStatus
from loetrat.meetings.enums import ResolutionOutcome as Outcome
from loetrat.meetings.models import Meeting
from loetrat.meetings.services.meetings import require_started
from loetrat.meetings.services.minutes import place_th, with_cabinet

from ..enums import NEWS_TRANSITIONS, NewsAction, NewsStatus
from ..models import NewsItem

EDITABLE_FIELDS = ("slug", "title_th", "title_en", "body_th", "body_en")
_OPDC_TH = "สำนักงาน ก.พ.ร."
_OPDC_EN = "the Office of the Public Sector Development Commission (OPDC)"
# (stem, verb, ending): "โดยมีมติ" + "เห็นชอบ..." keeps the resolution's own wording when it starts
# with the verb, as the seeds write it ("โดยมีมติเห็นชอบผลการตรวจประเมิน...").
_OUTCOME_TH = {
    Outcome.APPROVED: ("โดยมีมติ", "เห็นชอบ", ""),
    Outcome.APPROVED_WITH_AMENDMENTS: (
        "โดยมีมติ",
        "เห็นชอบ",
        "โดยให้ปรับปรุงตามความเห็นของที่ประชุม",
    ),
    Outcome.NOTED: ("ที่ประชุม", "รับทราบ", ""),
    Outcome.REJECTED: ("ที่ประชุมมีมติ", "ไม่เห็นชอบ", ""),
    Outcome.DEFERRED: ("ที่ประชุมมีมติ", "ให้เลื่อนการพิจารณา", ""),
}
_OUTCOME_EN = {
    Outcome.APPROVED: "the meeting approved",
    Outcome.APPROVED_WITH_AMENDMENTS: "the meeting approved, with amendments,",
    Outcome.NOTED: "the meeting noted",
    Outcome.REJECTED: "the meeting did not approve",
    Outcome.DEFERRED: "the meeting deferred",
}
CABINET_EN = "and asked that it be submitted to the Cabinet for consideration"


@dataclass(frozen=True)
class NewsDraft:
    title_th: str
    title_en: str
    body_th: str
    body_en: str


def _clean(text: str) -> str:
    return " ".join((text or "").split())


def _chair_name(meeting: Meeting) -> str:
    if meeting.chair_id:
        return meeting.chair.name_th
    on = meeting.day
    seat = (
        meeting.committee.members.serving(on)
        .filter(role=CommitteeRole.CHAIR)
        .order_by("pk")
        .first()
    )
    return seat.name_th if seat else ""


def _considered_items(meeting: Meeting):
    """Items that decided something, in agenda order (certifying earlier minutes is left out)."""
    items = (
        meeting.agenda_items.exclude(kind=AgendaKind.MINUTES)
        .filter(resolution__isnull=False)
        .select_related("resolution")
        .order_by("position")
    )
    return list(items)


def _resolution_th(outcome: str, text: str) -> str:
    stem, verb, ending = _OUTCOME_TH.get(outcome, ("มติที่ประชุม", "", ""))
    if verb and text.startswith(verb):
        phrase = stem + text
    else:
        phrase = " ".join(filter(None, [stem + verb, text]))
    return " ".join(filter(None, [phrase, ending]))


def _paragraph_th(number: int, item) -> str:
    resolution = item.resolution
    decided = _resolution_th(resolution.outcome, _clean(resolution.text_th))
    sentence = " ".join(filter(None, [_clean(item.title_th), decided]))
    return f"{number}. {with_cabinet(sentence, resolution.forward_to_cabinet)}"


def _paragraph_en(number: int, item) -> str:
    resolution = item.resolution
    title = _clean(item.title_en) or _clean(item.title_th)
    text = _clean(resolution.text_en) or _clean(resolution.text_th)
    sentence = f"{number}. {title}: {_OUTCOME_EN.get(resolution.outcome, 'resolved')} {text}"
    sentence = sentence.rstrip(" .")
    if resolution.forward_to_cabinet:
        sentence += f", {CABINET_EN}"
    return sentence + "."


def news_draft_for_meeting(meeting: Meeting) -> NewsDraft:
    """The headline and text, in Thai and English, of a news summary of the meeting."""
    meeting = Meeting.objects.select_related("committee__secretariat", "chair").get(pk=meeting.pk)
    committee = meeting.committee
    secretariat = committee.secretariat
    items = _considered_items(meeting)
    chair = _chair_name(meeting)
    number = meeting.number

    where_th = place_th(meeting.mode, meeting.place_th)
    opening_th = " ".join(
        filter(
            None,
            [
                f"เมื่อวันที่ {format_date(meeting.starts_at, lang='th')}",
                secretariat.abbreviation_th or secretariat.name_th or _OPDC_TH,
                f"จัดประชุม {committee.name_th} ครั้งที่ {number}",
                where_th,
                f"โดยมี {chair} เป็นประธาน" if chair else "",
                "สรุปสาระสำคัญ ดังนี้" if items else "",
            ],
        )
    )
    body_th = "\n\n".join(
        [opening_th] + [_paragraph_th(n, item) for n, item in enumerate(items, start=1)]
    )

    name_en = committee.name_en or committee.name_th
    if secretariat.name_en:
        article = "" if secretariat.name_en.lower().startswith("the ") else "the "
        opdc_en = f"{article}{secretariat.name_en}"
        if secretariat.abbreviation_en:
            opdc_en += f" ({secretariat.abbreviation_en})"
    else:
        opdc_en = _OPDC_EN
    place = meeting.place_th.strip()
    if meeting.mode == MeetingMode.ONLINE or (meeting.mode == MeetingMode.HYBRID and not place):
        where_en = "online"
    elif place:
        where_en = f"at {place}"
        if meeting.mode == MeetingMode.HYBRID:
            where_en += " and online"
    else:
        where_en = ""
    opening_en = " ".join(
        filter(
            None,
            [
                f"On {format_date(meeting.starts_at, lang='en')},",
                f"{opdc_en} held meeting {number} of the {name_en}",
                where_en,
            ],
        )
    )
    opening_en = opening_en[0].upper() + opening_en[1:]
    if chair:
        opening_en += f", chaired by {chair}"
    opening_en += ". The main points were as follows:" if items else "."
    body_en = "\n\n".join(
        [opening_en] + [_paragraph_en(n, item) for n, item in enumerate(items, start=1)]
    )
    return NewsDraft(
        title_th=f"การประชุม{committee.name_th} ครั้งที่ {number}",
        title_en=f"Meeting {number} of the {name_en}",
        body_th=body_th,
        body_en=body_en,
    )


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
    draft = news_draft_for_meeting(meeting)
    news = NewsItem.objects.create(
        slug=_unique_slug(
            slugify(f"{meeting.committee.code}-{meeting.sequence}-{meeting.year_be}")
        ),
        meeting=meeting,
        title_th=draft.title_th[:300],
        title_en=draft.title_en[:300],
        body_th=draft.body_th,
        body_en=draft.body_en,
        created_by=actor,
    )
    audit_record(
        actor=actor,
        action="publishing.news.created",
        target=news,
        organization_id=meeting.committee.secretariat_id,
        after={"slug": news.slug, "meeting": meeting.number},
    )
    return news


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


def news_publish(*, news: NewsItem, actor) -> NewsItem:
    """Show the item on the public news pages and in the feed, dated now."""
    return transition(
        NEWS_MACHINE,
        news,
        action=NewsAction.PUBLISH,
        actor=actor,
        check=_complete,
        changes=lambda _locked: {"published_at": timezone.now()},
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
