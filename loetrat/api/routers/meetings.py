"""Committees, meetings, agenda items, resolutions and follow-up actions: the same selectors,
services and permissions as the secretariat's pages. Every refusal answers 4xx with a code and a
message (no quorum, a second resolution, a certified meeting...)."""

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import File, Form, Query, Router, Schema, Status
from ninja.files import UploadedFile
from ninja.pagination import paginate

from loetrat.core.errors import DomainError, PermissionDeniedError
from loetrat.core.files import private_file_response
from loetrat.core.kinds import agenda_kinds, kind_named
from loetrat.meetings.enums import ActionStatus
from loetrat.meetings.selectors import (
    action_get_for,
    action_search,
    actions_visible_to,
    agenda_item_get_for,
    committee_get_for,
    committee_meetings,
    committee_members,
    committees_visible_to,
    mark_overdue,
    meeting_get_for,
    meeting_view,
    proposal_target_get_for,
    resolution_get_for,
    resolution_or_none,
    resolution_view,
)
from loetrat.meetings.selectors.documents import agenda_document_get_for
from loetrat.meetings.services import (
    ActionInput,
    AttendanceInput,
    action_progress,
    agenda_document_add,
    agenda_document_remove,
    agenda_item_add,
    agenda_item_move,
    agenda_propose,
    agenda_send,
    attendance_record_many,
    committee_create,
    committee_update,
    meeting_cancel,
    meeting_certify,
    meeting_postpone,
    meeting_schedule,
    resolution_record,
)
from loetrat.organizations.roles import is_secretariat_user, organization_paths
from loetrat.organizations.selectors import active_organizations_by_code

from ..pagination import BoundedPagination
from ..permissions import require_perm
from ..schemas.common import Error, file_answer
from ..schemas.meetings import (
    ActionDetailOut,
    ActionRowOut,
    AgendaDocumentOut,
    AgendaItemIn,
    AgendaItemOut,
    AgendaMoveIn,
    AttendanceIn,
    CancelIn,
    CommitteeDetailOut,
    CommitteeIn,
    CommitteeOut,
    CommitteeUpdateIn,
    LinkableKindOut,
    MeetingDetailOut,
    MeetingOut,
    PostponeIn,
    ProgressIn,
    ProposalIn,
    ResolutionIn,
    ResolutionOut,
    ScheduleIn,
    action_row,
    document_row,
    link_row,
    resolution_row,
)
from .committees import committee_detail, committee_parent, committee_secretariat

router = Router(tags=["meetings"])

VIEW = "meetings.view_committee"
MANAGE = "meetings.manage_meetings"
READ = {403: Error, 404: Error}
WRITE = {400: Error, 403: Error, 404: Error, 409: Error, 422: Error}


def _meeting_detail(meeting, user) -> dict:
    view = meeting_view(meeting, user)
    meeting.attendance_rows = [
        {
            "member_id": m.pk,
            "name_th": m.name_th,
            "role": m.role,
            "status": m.record.status if m.record else None,
            "proxy_name_th": m.record.proxy_name_th if m.record else "",
        }
        for m in view.members
    ]
    quorum = view.quorum
    meeting.quorum_row = {
        "members": quorum.members,
        "required": quorum.required,
        "present": quorum.present,
        "has_quorum": quorum.has_quorum,
    }
    meeting.agenda_rows = [
        {
            "id": item.pk,
            "section": item.section,
            "number": item.number,
            "label": item.label,
            "title_th": item.title_th,
            "title_en": item.title_en,
            "summary_th": item.summary_th,
            "presenter_th": item.presenter_th,
            "links": [link_row(row) for row in item.link_list],
            "documents": [document_row(document) for document in item.document_list],
            "resolution": resolution_row(item.decision, meeting) if item.decision else None,
        }
        for item in view.items
    ]
    return meeting


@router.get("/committees", response=list[CommitteeOut], summary="Committees")
@paginate(BoundedPagination)
def list_committees(request: HttpRequest):
    require_perm(request, VIEW)
    return committees_visible_to(request.user).order_by("kind", "name_th", "pk")


@router.get(
    "/committees/{code}",
    response={200: CommitteeDetailOut, **READ},
    summary="One committee with its members and terms",
)
def get_committee(request: HttpRequest, code: str):
    require_perm(request, VIEW)
    committee = committee_get_for(request.user, code)
    committee.member_rows = committee_members(committee)
    return committee


@router.post(
    "/committees",
    response={201: CommitteeDetailOut, **WRITE},
    summary="Create a committee (then start its first term)",
)
def create_committee(request: HttpRequest, payload: CommitteeIn):
    require_perm(request, MANAGE)
    fields = payload.model_dump(exclude={"parent_code", "secretariat_code"})
    committee = committee_create(
        actor=request.user,
        parent=committee_parent(payload.parent_code),
        secretariat=committee_secretariat(payload.secretariat_code),
        **fields,
    )
    return Status(201, committee_detail(request, committee.code))


@router.patch(
    "/committees/{code}",
    response={200: CommitteeDetailOut, **WRITE},
    summary="Change a committee's details (only the fields sent); a new name keeps the old one",
)
def update_committee(request: HttpRequest, code: str, payload: CommitteeUpdateIn):
    require_perm(request, MANAGE)
    committee = committee_get_for(request.user, code)
    changes = payload.model_dump(exclude_unset=True)
    effective_on = changes.pop("effective_on", None)
    reason = changes.pop("reason", "")
    if "parent_code" in changes:
        changes["parent"] = committee_parent(changes.pop("parent_code"))
    if "secretariat_code" in changes:
        changes["secretariat"] = committee_secretariat(changes.pop("secretariat_code") or "")
    changes = {
        name: value for name, value in changes.items() if value is not None or name == "parent"
    }
    committee_update(
        committee=committee,
        actor=request.user,
        effective_on=effective_on,
        reason=reason,
        **changes,
    )
    return committee_detail(request, code)


@router.get(
    "/committees/{code}/meetings", response=list[MeetingOut], summary="A committee's meetings"
)
@paginate(BoundedPagination)
def list_meetings(request: HttpRequest, code: str):
    require_perm(request, VIEW)
    meetings = committee_meetings(committee_get_for(request.user, code))
    return meetings.select_related("committee").prefetch_related("committee__former_names")


@router.post(
    "/committees/{code}/meetings",
    response={201: MeetingOut, **WRITE},
    summary="Schedule the committee's next meeting (numbered per B.E. year)",
)
def schedule_meeting(request: HttpRequest, code: str, payload: ScheduleIn):
    require_perm(request, MANAGE)
    committee = committee_get_for(request.user, code)
    chair = None
    if payload.chair_id is not None:
        chair = committee.members.filter(pk=payload.chair_id).first()
        if chair is None:
            raise DomainError(
                _("That person is not a member of this committee."),
                code="not_member",
                field="chair_id",
            )
    starts_at = _aware(payload.starts_at)
    meeting = meeting_schedule(
        committee=committee,
        starts_at=starts_at,
        mode=payload.mode,
        place_th=payload.place_th,
        chair=chair,
        sequence=payload.sequence,
        actor=request.user,
    )
    return Status(201, meeting)


@router.get(
    "/meetings/{meeting_id}",
    response={200: MeetingDetailOut, **READ},
    summary="A meeting with attendance, quorum, agenda, links and resolutions",
)
def get_meeting(request: HttpRequest, meeting_id: int):
    require_perm(request, VIEW)
    return _meeting_detail(meeting_get_for(request.user, meeting_id), request.user)


@router.post(
    "/meetings/{meeting_id}/attendance",
    response={200: MeetingDetailOut, **WRITE},
    summary="Record attendance (present, absent, proxy with a name) for several members",
)
def record_attendance(request: HttpRequest, meeting_id: int, payload: AttendanceIn):
    require_perm(request, MANAGE)
    meeting = meeting_get_for(request.user, meeting_id)
    rows = [
        AttendanceInput(member_id=row.member_id, status=row.status, proxy_name_th=row.proxy_name_th)
        for row in payload.rows
    ]
    attendance_record_many(meeting=meeting, rows=rows, actor=request.user)
    return _meeting_detail(meeting, request.user)


def _agenda_links(payload: AgendaItemIn) -> list:
    """The objects the item concerns, each one the agenda may offer for its kind."""
    links = []
    for index, link in enumerate(payload.links):
        kind = kind_named(link.kind)
        target = None
        if kind is not None and kind.choices is not None:
            target = kind.choices().filter(pk=link.object_id).first()
        if target is None:
            raise DomainError(
                _("An agenda item cannot concern that object; see the kinds it may concern."),
                code="not_linkable",
                field=f"links.{index}",
            )
        links.append(target)
    return links


@router.get(
    "/linkable",
    response={200: list[LinkableKindOut], 403: Error},
    summary="What an agenda item may concern: each kind, with the objects it offers now",
)
def linkable(request: HttpRequest):
    require_perm(request, MANAGE)
    return [
        {
            "kind": kind.label,
            "label": str(kind.field_label),
            "objects": [
                {"object_id": obj.pk, "label": kind.choice_label(obj)} for obj in kind.choices()
            ],
        }
        for kind in agenda_kinds()
    ]


@router.post(
    "/meetings/{meeting_id}/agenda",
    response={201: AgendaItemOut, **WRITE},
    summary="Add an item at the end of the agenda, optionally linked to what it concerns",
)
def add_agenda_item(request: HttpRequest, meeting_id: int, payload: AgendaItemIn):
    require_perm(request, MANAGE)
    meeting = meeting_get_for(request.user, meeting_id)
    item = agenda_item_add(
        meeting=meeting,
        section=payload.section,
        title_th=payload.title_th,
        title_en=payload.title_en,
        summary_th=payload.summary_th,
        presenter_th=payload.presenter_th,
        links=_agenda_links(payload),
        actor=request.user,
    )
    detail = _meeting_detail(meeting, request.user)
    return Status(201, next(row for row in detail.agenda_rows if row["id"] == item.pk))


def _aware(moment):
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment


@router.post(
    "/meetings/{meeting_id}/postpone",
    response={200: MeetingOut, **WRITE},
    summary="Postpone a scheduled meeting to a new time in the same B.E. year (keeps its number)",
)
def postpone_meeting(request: HttpRequest, meeting_id: int, payload: PostponeIn):
    require_perm(request, MANAGE)
    meeting = meeting_get_for(request.user, meeting_id)
    meeting_postpone(
        meeting=meeting,
        starts_at=_aware(payload.starts_at),
        reason=payload.reason,
        actor=request.user,
    )
    return meeting_get_for(request.user, meeting_id)


@router.post(
    "/meetings/{meeting_id}/cancel",
    response={200: MeetingOut, **WRITE},
    summary="Cancel a scheduled meeting, with the reason (its number is not reused)",
)
def cancel_meeting(request: HttpRequest, meeting_id: int, payload: CancelIn):
    require_perm(request, MANAGE)
    meeting = meeting_get_for(request.user, meeting_id)
    meeting_cancel(meeting=meeting, reason=payload.reason, actor=request.user)
    return meeting_get_for(request.user, meeting_id)


@router.post(
    "/agenda/{item_id}/move",
    response={200: MeetingDetailOut, **WRITE},
    summary="Move an agenda item within its part or to another (until the agenda is sent)",
    description=(
        "Puts the item at place `number` of part `section` (at its end without a number); the "
        "items of both parts are numbered again. Refused (409 agenda_sent) once the agenda "
        "was sent, and (409 meeting_held) once the meeting was held."
    ),
)
def move_agenda_item(request: HttpRequest, item_id: int, payload: AgendaMoveIn):
    require_perm(request, MANAGE)
    item = agenda_item_get_for(request.user, item_id)
    meeting = meeting_get_for(request.user, item.meeting_id)
    agenda_item_move(item=item, section=payload.section, number=payload.number, actor=request.user)
    return _meeting_detail(meeting, request.user)


@router.post(
    "/meetings/{meeting_id}/agenda/send",
    response={200: MeetingDetailOut, **WRITE},
    summary="Send the agenda: its order is fixed from now on and the time is recorded",
)
def send_agenda(request: HttpRequest, meeting_id: int):
    require_perm(request, MANAGE)
    meeting = agenda_send(meeting=meeting_get_for(request.user, meeting_id), actor=request.user)
    return _meeting_detail(meeting_get_for(request.user, meeting.pk), request.user)


@router.post(
    "/meetings/{meeting_id}/proposals",
    response={201: AgendaItemOut, **WRITE},
    summary="Put something decided by a committee (or a resolution to correct) on the agenda",
    description=(
        "Adds an item for consideration linked to the object. A criteria version is approved "
        "when an approving resolution on the item is certified; a resolution named here is "
        "corrected by the resolution recorded on the item."
    ),
)
def propose(request: HttpRequest, meeting_id: int, payload: ProposalIn):
    require_perm(request, MANAGE)
    meeting = meeting_get_for(request.user, meeting_id)
    target = proposal_target_get_for(request.user, payload.kind, payload.object_id)
    item = agenda_propose(
        meeting=meeting,
        target=target,
        title_th=payload.title_th,
        title_en=payload.title_en,
        summary_th=payload.summary_th,
        presenter_th=payload.presenter_th,
        actor=request.user,
    )
    detail = _meeting_detail(meeting, request.user)
    return Status(201, next(row for row in detail.agenda_rows if row["id"] == item.pk))


def _owners(payload: ResolutionIn) -> list:
    found = active_organizations_by_code(action.owner_code for action in payload.actions)
    owners = []
    for index, action in enumerate(payload.actions):
        owner = found.get(action.owner_code.strip().upper())
        if owner is None:
            raise DomainError(
                _("No active organisation has the code %(code)s.") % {"code": action.owner_code},
                code="unknown_organization",
                field=f"actions.{index}.owner_code",
            )
        owners.append(owner)
    return owners


@router.post(
    "/agenda/{item_id}/resolution",
    response={201: ResolutionOut, **WRITE},
    summary="Record the resolution on an agenda item, with its follow-up actions",
)
def record_resolution(request: HttpRequest, item_id: int, payload: ResolutionIn):
    require_perm(request, MANAGE)
    item = agenda_item_get_for(request.user, item_id)
    corrects = None
    if payload.corrects_id is not None:
        corrects = resolution_or_none(payload.corrects_id)
        if corrects is None:
            raise DomainError(
                _("There is no such resolution to correct."),
                code="unknown_resolution",
                field="corrects_id",
            )
    actions = [
        ActionInput(title_th=action.title_th, owner=owner, due_on=action.due_on)
        for action, owner in zip(payload.actions, _owners(payload), strict=True)
    ]
    resolution = resolution_record(
        agenda_item=item,
        outcome=payload.outcome,
        text_th=payload.text_th,
        text_en=payload.text_en,
        forward_to_cabinet=payload.forward_to_cabinet,
        corrects=corrects,
        actions=actions,
        actor=request.user,
    )
    resolution = resolution_view(resolution_get_for(request.user, resolution.pk), request.user)
    return Status(201, resolution_row(resolution, resolution.agenda_item.meeting))


@router.post(
    "/agenda/{item_id}/documents",
    response={201: AgendaDocumentOut, **WRITE},
    summary="Attach a PDF document to an agenda item (multipart: title_th and file)",
)
def add_agenda_document(
    request: HttpRequest, item_id: int, title_th: Form[str], file: File[UploadedFile]
):
    require_perm(request, MANAGE)
    item = agenda_item_get_for(request.user, item_id)
    meeting_get_for(request.user, item.meeting_id)
    document = agenda_document_add(
        agenda_item=item, title_th=title_th, upload=file, actor=request.user
    )
    return Status(201, document_row(document))


@router.post(
    "/documents/{document_id}/remove",
    response={204: None, **WRITE},
    summary="Take a document off its agenda item (kept for the record)",
)
def remove_agenda_document(request: HttpRequest, document_id: int):
    require_perm(request, MANAGE)
    document = agenda_document_get_for(request.user, document_id)
    agenda_document_remove(document=document, actor=request.user)
    return Status(204, None)


@router.get(
    "/documents/{document_id}/file",
    response={200: None, **READ},
    url_name="agenda_document_file",
    summary="Download an agenda document (PDF)",
    openapi_extra=file_answer("The document", "application/pdf"),
)
def download_agenda_document(request: HttpRequest, document_id: int):
    require_perm(request, VIEW)
    document = agenda_document_get_for(request.user, document_id)
    return private_file_response(
        document.file, filename=document.original_name, content_type="application/pdf"
    )


@router.post(
    "/meetings/{meeting_id}/certify",
    response={200: MeetingDetailOut, **WRITE},
    summary="Certify the minutes: read-only afterwards; approving resolutions take effect",
)
def certify_meeting(request: HttpRequest, meeting_id: int):
    require_perm(request, MANAGE)
    meeting = meeting_certify(meeting=meeting_get_for(request.user, meeting_id), actor=request.user)
    return _meeting_detail(meeting_get_for(request.user, meeting.pk), request.user)


@router.get(
    "/resolutions/{resolution_id}",
    response={200: ResolutionOut, **READ},
    summary="A resolution with what it approved and its follow-up actions",
)
def get_resolution(request: HttpRequest, resolution_id: int):
    require_perm(request, VIEW)
    resolution = resolution_view(resolution_get_for(request.user, resolution_id), request.user)
    return resolution_row(resolution, resolution.agenda_item.meeting)


class ActionFilters(Schema):
    state: str = ""
    owner: str = ""


def _require_some_role(request) -> None:
    if not (is_secretariat_user(request.user) or organization_paths(request.user)):
        raise PermissionDeniedError(_("You may not do this."))


@router.get(
    "/actions",
    response=list[ActionRowOut],
    summary="Follow-up actions (state: overdue, open or done; owner: organisation code)",
)
@paginate(BoundedPagination)
def list_actions(request: HttpRequest, filters: Query[ActionFilters]):
    _require_some_role(request)
    if filters.state not in ("", "overdue", "open", "done"):
        raise DomainError(
            _("Filter by overdue, open or done."), code="invalid_filter", field="state"
        )
    qs = action_search(actions_visible_to(request.user), state=filters.state, owner=filters.owner)
    return qs.order_by("due_on", "pk")


@router.post(
    "/actions/{action_id}/progress",
    response={201: ActionDetailOut, **WRITE},
    summary="Report progress on a follow-up action, optionally changing its status",
)
def report_progress(request: HttpRequest, action_id: int, payload: ProgressIn):
    _require_some_role(request)
    action = action_get_for(request.user, action_id)
    require_perm(request, "meetings.report_action_progress", action)
    if payload.status == ActionStatus.CANCELLED and not is_secretariat_user(request.user):
        raise PermissionDeniedError(
            _("Only the secretariat can cancel a follow-up action."), code="cannot_cancel"
        )
    action_progress(
        action=action, note_th=payload.note_th, status=payload.status, actor=request.user
    )
    action = mark_overdue([action_get_for(request.user, action_id)])[0]
    progress = action.progress.select_related("recorded_by").order_by("recorded_at")
    return Status(
        201,
        {
            **action_row(action),
            "progress": [
                {
                    "note_th": note.note_th,
                    "recorded_at": note.recorded_at,
                    "recorded_by": str(note.recorded_by),
                }
                for note in progress
            ],
        },
    )
