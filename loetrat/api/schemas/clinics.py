"""Consulting clinics: requests, sessions, advice and follow-ups."""

import datetime

from ninja import Field, Schema

from loetrat.clinics.enums import ClinicStatus, ClinicTopic
from loetrat.meetings.enums import MeetingMode

from .common import Day, Moment


class FollowUpOut(Schema):
    id: int
    text_th: str
    owner_code: str
    due_on: datetime.date | None
    done_on: datetime.date | None

    @staticmethod
    def resolve_owner_code(obj) -> str:
        return obj.owner.code


class ClinicOut(Schema):
    id: int
    organization_code: str
    covered_codes: list[str]
    topics: list[ClinicTopic]
    status: ClinicStatus
    scheduled_at: datetime.datetime | None
    mode: str
    place_th: str
    chaired_by_th: str
    requested_at: datetime.datetime

    @staticmethod
    def resolve_organization_code(obj) -> str:
        return obj.organization.code

    @staticmethod
    def resolve_covered_codes(obj) -> list[str]:
        return [organization.code for organization in obj.covered.all()]

    @staticmethod
    def resolve_requested_at(obj) -> datetime.datetime:
        return obj.created_at


class ClinicDetailOut(ClinicOut):
    question_th: str
    advice_th: str
    discussion_th: str
    reason: str = ""
    follow_ups: list[FollowUpOut]

    @staticmethod
    def resolve_follow_ups(obj) -> list:
        return list(obj.follow_ups.all())


class ClinicIn(Schema):
    organization_code: str = Field(max_length=40)
    topics: list[ClinicTopic] = Field(min_length=1)
    question_th: str = Field(min_length=1, max_length=4000)
    covered_codes: list[str] = []


class ClinicScheduleIn(Schema):
    scheduled_at: Moment
    mode: MeetingMode
    place_th: str = Field("", max_length=300)
    chaired_by_th: str = Field("", max_length=300)


class ClinicRecordIn(Schema):
    advice_th: str = Field(min_length=1, max_length=8000)
    discussion_th: str = Field("", max_length=8000)


class ClinicFollowUpIn(Schema):
    text_th: str = Field(min_length=1, max_length=2000)
    owner_code: str = Field(max_length=40)
    due_on: Day | None = None


class ClinicCloseIn(Schema):
    reason: str = Field("", max_length=2000)


class ClinicCancelIn(Schema):
    reason: str = Field(min_length=1, max_length=2000)
