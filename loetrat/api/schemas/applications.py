import datetime
from typing import Any

from ninja import Field, Schema

from .organizations import OrganizationRef


class AwardTypeRef(Schema):
    id: int
    code: str
    name_th: str
    name_en: str


class ApplicationOut(Schema):
    id: int
    reference: str | None
    title_th: str
    title_en: str
    state: str
    cycle_year: int = Field(..., alias="cycle.year_be")
    award_type: AwardTypeRef
    organization: OrganizationRef
    revision_count: int
    submitted_at: datetime.datetime | None
    updated_at: datetime.datetime


class PartnerOut(Schema):
    organization: OrganizationRef
    role: str
    contribution_th: str


class AttachmentOut(Schema):
    id: int
    field_key: str
    original_name: str
    content_type: str
    size: int
    sha256: str
    uploaded_at: datetime.datetime
    removed_at: datetime.datetime | None


class ProblemOut(Schema):
    field: str | None = None
    message: str
    code: str = ""
    row: int | None = None


class ApplicationDetailOut(ApplicationOut):
    state_reason: str
    data: dict[str, Any]
    partners: list[PartnerOut] = Field(..., alias="partner_rows")
    attachments: list[AttachmentOut] = Field(..., alias="attachment_rows")
    problems: list[ProblemOut]


class ApplicationIn(Schema):
    award_type_id: int
    organization_code: str
    title_th: str
    title_en: str = ""


class AnswersIn(Schema):
    data: dict[str, Any]
    title_th: str | None = None
    title_en: str | None = None


class SaveOut(Schema):
    revision: int
    state: str
    problems: list[ProblemOut]


class ApplicationActionIn(Schema):
    reason: str = ""


class PartnerIn(Schema):
    organization_code: str
    role: str
    contribution_th: str = ""


class RevisionOut(Schema):
    number: int
    title_th: str
    title_en: str
    saved_at: datetime.datetime
    saved_by: str

    @staticmethod
    def resolve_saved_by(obj) -> str:
        return obj.saved_by.get_full_name() or obj.saved_by.get_username()
