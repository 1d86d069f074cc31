import datetime
from typing import Annotated

from ninja import Schema
from pydantic import AfterValidator, BeforeValidator

from loetrat.core.thai.dates import CE_YEARS, gregorian_iso, is_plausible, parse_date


class ErrorDetail(Schema):
    field: str = ""
    message: str


class Error(Schema):
    code: str
    message: str
    details: list[ErrorDetail] = []


class ApprovalOut(Schema):
    """What made an object take effect: a resolution recorded in Loetrat (`source_kind`
    "meetings.resolution" and its id) or an approval given on paper (no source)."""

    approved_by: str
    decided_on: datetime.date | None
    recorded_at: datetime.datetime
    source_kind: str
    source_id: int | None
    url: str


def approval_out(approval) -> dict | None:
    """An ApprovalView (core.approvals) as ApprovalOut."""
    if approval is None:
        return None
    return {
        "approved_by": approval.reference,
        "decided_on": approval.decided_on,
        "recorded_at": approval.approved_at,
        "source_kind": approval.source_kind,
        "source_id": approval.source_id,
        "url": approval.url,
    }


def _typed_date(value):
    """A date as the pages take it: ISO, Buddhist Era or Gregorian, Thai digits (parse_date)."""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return _plausible(value)
    if isinstance(value, str):
        return parse_date(value, lang="en")
    return value


def _plausible(value):
    if not is_plausible(value):
        raise ValueError(
            f"The year {value.year} is outside {CE_YEARS.start}–{CE_YEARS.stop - 1} "
            f"(Buddhist Era {CE_YEARS.start + 543}–{CE_YEARS.stop + 542})."
        )
    return value


# Dates and times sent to the API: the same parser and the same years as the pages.
Day = Annotated[datetime.date, BeforeValidator(_typed_date)]
Moment = Annotated[
    datetime.datetime,
    BeforeValidator(
        lambda value: gregorian_iso(value, lang="en") if isinstance(value, str) else value
    ),
    AfterValidator(_plausible),
]


def file_answer(description: str, *content_types: str) -> dict:
    """`openapi_extra` documenting a 200 whose body is a file of one of `content_types`."""
    binary = {"schema": {"type": "string", "format": "binary"}}
    return {
        "responses": {
            200: {
                "description": description,
                "content": dict.fromkeys(content_types, binary),
            }
        }
    }
