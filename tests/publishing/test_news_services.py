"""News summaries written from a meeting in the style of OPDC's news, edited and published."""

import pytest

from loetrat.core.errors import ConflictError, DomainError
from loetrat.core.models import AuditEvent
from loetrat.meetings.enums import MeetingMode, MeetingStatus
from loetrat.meetings.models import Meeting
from loetrat.publishing.enums import NewsStatus
from loetrat.publishing.services.news import (
    news_create_from_meeting,
    news_draft_for_meeting,
    news_publish,
    news_unpublish,
    news_update,
)
from tests.factories.held_meetings import CHAIR, COMMITTEE_TH, make_committee, make_meeting


@pytest.fixture
def committee(opdc, secretariat_admin):
    return make_committee(opdc, secretariat_admin)


@pytest.fixture
def meeting(committee, secretariat_admin):
    return make_meeting(committee, secretariat_admin)


def test_thai_draft_reads_like_the_news(meeting):
    """Each decision told from its title and summary, then the resolution; what was only
    noted comes last, joined by นอกจากนี้."""
    paragraphs = news_draft_for_meeting(meeting).body_th.split("\n\n")
    assert paragraphs[0] == (
        f"เมื่อวันที่ 27 กันยายน 2565 สำนักงาน ก.พ.ร. จัดประชุม{COMMITTEE_TH} ครั้งที่ 7/2565 "
        f"ผ่านระบบอิเล็กทรอนิกส์ โดยมี {CHAIR} เป็นประธาน สรุปสาระสำคัญ ดังนี้"
    )
    assert paragraphs[1] == (
        "1. การปรับปรุงหลักเกณฑ์รางวัลเลิศรัฐ ข้อ 1 สำนักงาน ก.พ.ร. เสนอการปรับปรุงหลักเกณฑ์ "
        "รายละเอียดตามเอกสาร ที่ประชุมมีมติเห็นชอบการปรับปรุงหลักเกณฑ์ดังกล่าว "
        "และให้นำเสนอคณะรัฐมนตรีเพื่อพิจารณาต่อไป"
    )
    assert paragraphs[2].startswith("2. การปรับปรุงหลักเกณฑ์รางวัลเลิศรัฐ ข้อ 3")
    assert "คณะรัฐมนตรี" not in paragraphs[2]
    assert paragraphs[3] == (
        "นอกจากนี้ ที่ประชุมยังได้รับทราบรายงานผลการประชุม OECD ฝ่ายเลขานุการรายงานผลการเข้าร่วมประชุม"
    )
    assert len(paragraphs) == 4


def test_english_draft(meeting):
    draft = news_draft_for_meeting(meeting)
    assert draft.title_en == "Meeting 7/2565 of the Sub-committee on Good Governance"
    assert draft.title_th == f"การประชุม{COMMITTEE_TH} ครั้งที่ 7/2565"
    paragraphs = draft.body_en.split("\n\n")
    assert paragraphs[0].startswith("On 27 September 2022, the Office of the Public Sector")
    assert "held meeting 7/2565 of the Sub-committee on Good Governance online" in paragraphs[0]
    assert paragraphs[1].startswith("1. Revising the award criteria, part 1: the meeting approved")
    assert paragraphs[1].endswith("submitted to the Cabinet for consideration.")
    assert paragraphs[3] == "The meeting also noted: Report on the OECD meeting."


def _resolve_all(meeting, actor, text_th, text_en, cabinet=False):
    from loetrat.meetings.enums import AgendaSection, ResolutionOutcome
    from loetrat.meetings.services import agenda_item_add, resolution_record

    for n in (1, 2, 3):
        item = agenda_item_add(
            meeting=meeting,
            section=AgendaSection.CONSIDERATION,
            title_th=f"เรื่องที่ {n}",
            title_en=f"Item {n}",
            summary_th=f"สาระของเรื่องที่ {n}",
            actor=actor,
        )
        resolution_record(
            agenda_item=item,
            outcome=ResolutionOutcome.APPROVED,
            text_th=text_th,
            text_en=text_en,
            forward_to_cabinet=cabinet,
            actor=actor,
        )


def test_items_decided_alike_are_told_with_one_resolution(committee, secretariat_admin):
    """Five items all "เห็นชอบ และให้เสนอคณะรัฐมนตรีพิจารณาต่อไป" read as one decision,
    not the same phrase after every item; the English never says "approved Approved"."""
    meeting = make_meeting(committee, secretariat_admin, items=0)
    _resolve_all(
        meeting,
        secretariat_admin,
        "เห็นชอบ และให้เสนอคณะรัฐมนตรีพิจารณาต่อไป",
        "Approved; to be put to the Cabinet.",
        cabinet=True,
    )
    draft = news_draft_for_meeting(meeting)
    paragraphs = draft.body_th.split("\n\n")
    assert paragraphs[1:4] == [f"{n}. เรื่องที่ {n} สาระของเรื่องที่ {n}" for n in (1, 2, 3)]
    assert paragraphs[4] == "ที่ประชุมมีมติเห็นชอบทั้ง 3 เรื่อง และให้เสนอคณะรัฐมนตรีพิจารณาต่อไป"
    assert draft.body_th.count("คณะรัฐมนตรี") == 1
    english = draft.body_en.split("\n\n")
    assert english[1] == "1. Item 1."
    assert english[4] == "On these 3 items, the meeting approved; to be put to the Cabinet."
    assert "approved Approved" not in draft.body_en


def test_in_person_meeting_names_the_place(committee, secretariat_admin):
    meeting = make_meeting(
        committee,
        secretariat_admin,
        mode=MeetingMode.IN_PERSON,
        place_th="ห้องประชุม ก.พ.ร. ชั้น 5",
        items=1,
    )
    draft = news_draft_for_meeting(meeting)
    assert "ครั้งที่ 7/2565 ณ ห้องประชุม ก.พ.ร. ชั้น 5 โดยมี" in draft.body_th
    assert "at ห้องประชุม ก.พ.ร. ชั้น 5" in draft.body_en


def test_create_from_meeting_makes_an_audited_draft(meeting, secretariat_admin):
    news = news_create_from_meeting(meeting=meeting, actor=secretariat_admin)
    assert news.status == NewsStatus.DRAFT and news.published_at is None
    assert news.slug == "opdc-goodgov-7-2565"
    assert news.body_th.startswith("เมื่อวันที่ 27 กันยายน 2565")
    assert AuditEvent.objects.filter(action="publishing.news.created").count() == 1
    with pytest.raises(ConflictError) as refused:
        news_create_from_meeting(meeting=meeting, actor=secretariat_admin)
    assert refused.value.code == "news_exists"


def test_no_news_before_the_meeting_is_held(meeting, secretariat_admin):
    Meeting.objects.filter(pk=meeting.pk).update(status=MeetingStatus.SCHEDULED)
    with pytest.raises(ConflictError) as refused:
        news_create_from_meeting(meeting=meeting, actor=secretariat_admin)
    assert refused.value.code == "meeting_not_held"


def test_update_publish_unpublish(meeting, secretariat_admin):
    news = news_create_from_meeting(meeting=meeting, actor=secretariat_admin)
    news = news_update(news=news, actor=secretariat_admin, title_th="หัวข่าวใหม่", slug="new-slug")
    assert (news.title_th, news.slug) == ("หัวข่าวใหม่", "new-slug")
    news = news_publish(news=news, actor=secretariat_admin)
    assert news.status == NewsStatus.PUBLISHED and news.published_at is not None
    with pytest.raises(ConflictError) as refused:
        news_publish(news=news, actor=secretariat_admin)
    assert refused.value.code == "news_published"
    with pytest.raises(ConflictError) as refused:
        news_update(news=news, actor=secretariat_admin, slug="other")
    assert refused.value.code == "slug_locked" and refused.value.field == "slug"
    news = news_update(news=news, actor=secretariat_admin, body_en="Corrected")
    assert news.body_en == "Corrected"
    news = news_unpublish(news=news, actor=secretariat_admin)
    assert news.status == NewsStatus.DRAFT and news.published_at is None
    with pytest.raises(ConflictError):
        news_unpublish(news=news, actor=secretariat_admin)
    actions = list(
        AuditEvent.objects.filter(action__startswith="publishing.news.")
        .order_by("pk")
        .values_list("action", flat=True)
    )
    assert actions == [
        "publishing.news.created",
        "publishing.news.updated",
        "publishing.news.published",
        "publishing.news.updated",
        "publishing.news.unpublished",
    ]


def test_update_refuses_empty_thai_text_and_bad_slug(meeting, secretariat_admin):
    news = news_create_from_meeting(meeting=meeting, actor=secretariat_admin)
    with pytest.raises(DomainError) as refused:
        news_update(news=news, actor=secretariat_admin, body_th="  ")
    assert refused.value.field == "body_th"
    with pytest.raises(DomainError) as refused:
        news_update(news=news, actor=secretariat_admin, slug="ไม่ใช่ slug")
    assert refused.value.field == "slug"


def _held_clinic(agency, coordinator, secretariat):
    import datetime

    from django.utils import timezone

    from loetrat.clinics.services import clinic_record, clinic_request, clinic_schedule

    clinic = clinic_request(
        organization=agency, topics=["pmqa"], question_th="ขอคำแนะนำ", actor=coordinator
    )
    clinic = clinic_schedule(
        clinic=clinic,
        scheduled_at=timezone.now() - datetime.timedelta(days=2),
        mode=MeetingMode.IN_PERSON,
        place_th="ห้องประชุม 1",
        chaired_by_th="นายประธาน ทดสอบ",
        actor=secretariat,
    )
    return clinic_record(
        clinic=clinic,
        advice_th="1. เตรียมความพร้อมด้านดิจิทัล\n2. ยกระดับ PMQA",
        discussion_th="1. บูรณาการข้อมูล",
        actor=secretariat,
    )


def test_a_held_consulting_session_becomes_news(agency, coordinator, secretariat):
    from loetrat.clinics.services import clinic_request
    from loetrat.publishing.services.news import news_create_from_clinic

    waiting = clinic_request(
        organization=agency, topics=["pmqa"], question_th="ขอคำแนะนำ", actor=coordinator
    )
    with pytest.raises(ConflictError) as refused:
        news_create_from_clinic(clinic=waiting, actor=secretariat)
    assert refused.value.code == "clinic_not_held"
    clinic = _held_clinic(agency, coordinator, secretariat)
    news = news_create_from_clinic(clinic=clinic, actor=secretariat)
    assert news.clinic == clinic and news.status == NewsStatus.DRAFT
    assert news.title_th.endswith("ระหว่าง สำนักงาน ก.พ.ร. และกรมสรรพากร")
    paragraphs = news.body_th.split("\n\n")
    assert "ณ ห้องประชุม 1 โดยมีนายประธาน ทดสอบ เป็นประธานในการประชุม" in paragraphs[0]
    assert paragraphs[2] == "1. เตรียมความพร้อมด้านดิจิทัล\n2. ยกระดับ PMQA"
    assert news.body_en.startswith("On ") and "OPDC and the Revenue Department met" in news.body_en
    with pytest.raises(ConflictError) as again:
        news_create_from_clinic(clinic=clinic, actor=secretariat)
    assert again.value.code == "news_exists"


def test_a_story_published_earlier_keeps_its_day_but_never_a_future_one(meeting, secretariat_admin):
    import datetime

    from django.utils import timezone

    news = news_create_from_meeting(meeting=meeting, actor=secretariat_admin)
    with pytest.raises(DomainError) as refused:
        news_publish(
            news=news,
            actor=secretariat_admin,
            published_at=timezone.now() + datetime.timedelta(days=1),
        )
    assert refused.value.code == "published_in_future"
    day = timezone.now() - datetime.timedelta(days=800)
    news = news_publish(news=news, actor=secretariat_admin, published_at=day)
    assert news.published_at == day
