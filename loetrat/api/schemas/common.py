import datetime

from ninja import Schema


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
