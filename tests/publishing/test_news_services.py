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
    paragraphs = news_draft_for_meeting(meeting).body_th.split("\n\n")
    assert paragraphs[0] == (
        f"เมื่อวันที่ 27 กันยายน 2565 สำนักงาน ก.พ.ร. จัดประชุม {COMMITTEE_TH} ครั้งที่ 7/2565 "
        f"ผ่านระบบอิเล็กทรอนิกส์ โดยมี {CHAIR} เป็นประธาน สรุปสาระสำคัญ ดังนี้"
    )
    assert paragraphs[1] == (
        "1. การปรับปรุงหลักเกณฑ์รางวัลเลิศรัฐ ข้อ 1 โดยมีมติเห็นชอบการปรับปรุงหลักเกณฑ์ดังกล่าว "
        "และให้นำเสนอคณะรัฐมนตรีเพื่อพิจารณาต่อไป"
    )
    assert paragraphs[2] == "2. รายงานผลการประชุม OECD ที่ประชุมรับทราบผลการประชุม"
    assert paragraphs[3].startswith("3. ") and "คณะรัฐมนตรี" not in paragraphs[3]
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
    assert paragraphs[2] == "2. Report on the OECD meeting: the meeting noted the report."


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
