"""The signed-in person's inbox: the same notices and the same marking as the pages. Another
person's notice answers 404."""

from django.http import HttpRequest
from ninja import Query, Router, Schema
from ninja.pagination import paginate

from loetrat.core.inbox import notice_get_for, notice_mark_read, notices_mark_all_read, notices_of

from ..pagination import BoundedPagination
from ..schemas.common import Error
from ..schemas.inbox import MarkedOut, NoticeOut

router = Router(tags=["inbox"])


class InboxFilters(Schema):
    unread: bool = False


@router.get(
    "",
    response=list[NoticeOut],
    summary="Your notices, newest first (subject and body in the request's language)",
)
@paginate(BoundedPagination)
def list_notices(request: HttpRequest, filters: Query[InboxFilters]):
    return notices_of(request.user, unread=filters.unread)


@router.post(
    "/read-all",
    response={200: MarkedOut, 403: Error},
    summary="Mark every notice read",
)
def read_all(request: HttpRequest):
    return {"marked": notices_mark_all_read(user=request.user)}


@router.post(
    "/{notice_id}/read",
    response={200: NoticeOut, 403: Error, 404: Error},
    summary="Mark one notice read",
)
def read_notice(request: HttpRequest, notice_id: int):
    return notice_mark_read(notice=notice_get_for(request.user, notice_id))
