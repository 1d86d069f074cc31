"""Who may call each operation of the API: the declared expectations of the API access matrix.

Each operation of the OpenAPI document (method and path) has the path parameters that point it
at the world's objects, a valid body (so a refusal is told apart from a body error: the body is
checked before the view decides who may act), and the personas let in. An operation added to
the API without an entry here fails the matrix."""

from .matrix import ADMIN, AGENCY, SEATED, SECRETARIAT, SIGNED_IN
from .world import World

WITH_A_ROLE = SIGNED_IN - {"no_role"}
AGENCIES = AGENCY | {"outsider"}
COORDINATOR = frozenset({"coordinator"})
COMMITTEE = SECRETARIAT | SEATED
DAY = "2567-01-15"


def _application(w: World) -> dict:
    return {"application_id": w.application.pk}


def _version(w: World) -> dict:
    return {"code": w.version.framework.code, "label": w.version.label}


def _clinic(w: World) -> dict:
    return {"clinic_id": w.clinic.pk}


def _pdf() -> dict:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.factories.applications import PDF_BYTES

    return {"file": SimpleUploadedFile("หลักฐาน.pdf", PDF_BYTES, content_type="application/pdf")}


# "METHOD path": (path parameters, body (a dict sent as JSON, or a callable giving multipart
# fields), who is let in)
OPERATIONS = {
    "GET /api/v1/me/": (None, None, SIGNED_IN),
    # Organisations: an agency reads its own record, the secretariat all (a list shows each
    # person what they may see, so it answers everyone signed in).
    "GET /api/v1/organizations/": (None, None, SIGNED_IN),
    "GET /api/v1/organizations/{code}": (
        lambda w: {"code": w.agency.code},
        None,
        SECRETARIAT | AGENCY,
    ),
    # Criteria frameworks.
    "GET /api/v1/frameworks/": (None, None, SECRETARIAT),
    "GET /api/v1/frameworks/{code}": (
        lambda w: {"code": w.version.framework.code},
        None,
        SECRETARIAT,
    ),
    "GET /api/v1/frameworks/{code}/versions/{label}": (_version, None, SECRETARIAT),
    "GET /api/v1/frameworks/{code}/versions/{label}/export": (_version, None, SECRETARIAT),
    "POST /api/v1/frameworks/{code}/versions": (
        lambda w: {"code": w.version.framework.code},
        lambda w: _framework_document(),
        ADMIN,
    ),
    "POST /api/v1/frameworks/{code}/versions/{label}/clone": (
        _version,
        {"label": "2570"},
        ADMIN,
    ),
    "POST /api/v1/frameworks/{code}/versions/{label}/paper-approval": (
        lambda w: {"code": w.draft_version.framework.code, "label": w.draft_version.label},
        {"approving_resolution": "มติ อ.ก.พ.ร. ครั้งที่ 1/2567", "meeting_day": DAY},
        ADMIN,
    ),
    "POST /api/v1/frameworks/{code}/versions/{label}/score": (
        _version,
        {"inputs": {}},
        SECRETARIAT,
    ),
    # Award cycles and types.
    "GET /api/v1/awards/cycles": (None, None, WITH_A_ROLE),
    "GET /api/v1/awards/cycles/{year}": (lambda w: {"year": 2566}, None, WITH_A_ROLE),
    "GET /api/v1/awards/cycles/{year}/types": (lambda w: {"year": 2566}, None, WITH_A_ROLE),
    "GET /api/v1/awards/cycles/{year}/diff/{other_year}": (
        lambda w: {"year": 2566, "other_year": 2565},
        None,
        WITH_A_ROLE,
    ),
    "GET /api/v1/awards/cycles/{year}/counts": (lambda w: {"year": 2566}, None, SECRETARIAT),
    "POST /api/v1/awards/cycles/{year}/copy": (
        lambda w: {"year": 2566},
        {"year_be": 2567},
        SECRETARIAT,
    ),
    "GET /api/v1/awards/types/{type_id}": (
        lambda w: {"type_id": w.award_type.pk},
        None,
        WITH_A_ROLE,
    ),
    "PATCH /api/v1/awards/types/{type_id}": (
        lambda w: {"type_id": w.award_type.pk},
        {"name_en": "Service innovation"},
        SECRETARIAT,
    ),
    # Applications: the agency's own and the secretariat; the coordinator writes them.
    "GET /api/v1/applications/": (None, None, SIGNED_IN),
    "POST /api/v1/applications/": (
        None,
        lambda w: {
            "award_type_id": w.award_type.pk,
            "organization_code": w.agency.code,
            "title_th": "ผลงานใหม่",
        },
        COORDINATOR,
    ),
    "GET /api/v1/applications/{application_id}": (_application, None, SECRETARIAT | AGENCY),
    "PUT /api/v1/applications/{application_id}/answers": (
        _application,
        {"data": {"summary": "สรุป"}},
        COORDINATOR,
    ),
    "POST /api/v1/applications/{application_id}/actions/{action}": (
        lambda w: {"application_id": w.application.pk, "action": "withdraw"},
        {"reason": "ยังไม่พร้อม"},
        AGENCY,  # the head may withdraw the agency's application too
    ),
    "POST /api/v1/applications/{application_id}/attachments": (
        _application,
        lambda w: {"field_key": "evidence", **_pdf()},
        COORDINATOR,
    ),
    "GET /api/v1/applications/{application_id}/attachments/{attachment_id}": (
        lambda w: {"application_id": w.application.pk, "attachment_id": w.attachment.pk},
        None,
        SECRETARIAT | AGENCY,
    ),
    "DELETE /api/v1/applications/{application_id}/attachments/{attachment_id}": (
        lambda w: {"application_id": w.application.pk, "attachment_id": w.attachment.pk},
        None,
        COORDINATOR,
    ),
    "GET /api/v1/applications/{application_id}/revisions": (
        _application,
        None,
        SECRETARIAT | AGENCY,
    ),
    "POST /api/v1/applications/{application_id}/partners": (
        _application,
        {"organization_code": "MOI-DOPA", "role": "partner"},
        COORDINATOR,
    ),
    "DELETE /api/v1/applications/{application_id}/partners/{code}": (
        lambda w: {"application_id": w.application.pk, "code": w.partner.organization.code},
        None,
        COORDINATOR,
    ),
    # Committees and meetings: records for the seated members and the secretariat.
    "GET /api/v1/meetings/committees": (None, None, COMMITTEE | {"other_member"}),
    "GET /api/v1/meetings/committees/{code}": (
        lambda w: {"code": w.committee.code},
        None,
        COMMITTEE,
    ),
    "GET /api/v1/meetings/committees/{code}/meetings": (
        lambda w: {"code": w.committee.code},
        None,
        COMMITTEE,
    ),
    "POST /api/v1/meetings/committees/{code}/meetings": (
        lambda w: {"code": w.committee.code},
        {"starts_at": "2568-03-10T09:30:00+07:00", "mode": "online"},
        SECRETARIAT,
    ),
    "GET /api/v1/meetings/meetings/{meeting_id}": (
        lambda w: {"meeting_id": w.meeting.pk},
        None,
        COMMITTEE,
    ),
    "POST /api/v1/meetings/meetings/{meeting_id}/attendance": (
        lambda w: {"meeting_id": w.meeting.pk},
        lambda w: {"rows": [{"member_id": w.committee.members.first().pk, "status": "present"}]},
        SECRETARIAT,
    ),
    "POST /api/v1/meetings/meetings/{meeting_id}/postpone": (
        lambda w: {"meeting_id": w.meeting.pk},
        {"starts_at": "2599-03-10T09:30:00+07:00", "reason": "ประธานติดภารกิจ"},
        SECRETARIAT,
    ),
    "POST /api/v1/meetings/meetings/{meeting_id}/cancel": (
        lambda w: {"meeting_id": w.meeting.pk},
        {"reason": "ไม่มีเรื่องเสนอ"},
        SECRETARIAT,
    ),
    "POST /api/v1/meetings/meetings/{meeting_id}/agenda/send": (
        lambda w: {"meeting_id": w.meeting.pk},
        None,
        SECRETARIAT,
    ),
    "POST /api/v1/meetings/agenda/{item_id}/move": (
        lambda w: {"item_id": w.item.pk},
        {"section": 5, "number": 1},
        SECRETARIAT,
    ),
    # Setting up committees: the secretariat; the seated members read the terms.
    "POST /api/v1/meetings/committees": (
        None,
        {
            "code": "new-working-group",
            "kind": "working_group",
            "name_th": "คณะทำงานใหม่",
            "secretariat_code": "OPDC",
        },
        SECRETARIAT,
    ),
    "PATCH /api/v1/meetings/committees/{code}": (
        lambda w: {"code": w.committee.code},
        {"name_en": "Sub-committee on good governance"},
        SECRETARIAT,
    ),
    "GET /api/v1/meetings/committees/{code}/terms": (
        lambda w: {"code": w.committee.code},
        None,
        COMMITTEE,
    ),
    "POST /api/v1/meetings/committees/{code}/terms": (
        lambda w: {"code": w.committee.code},
        {"starts_on": "2599-01-01", "ends_on": "2600-12-31", "appointed_by_th": "คำสั่ง"},
        SECRETARIAT,
    ),
    "POST /api/v1/meetings/committees/{code}/terms/{term_id}/seats": (
        lambda w: {"code": w.committee.code, "term_id": w.term.pk},
        {"name_th": "นายใหม่ ใจดี", "role": "member"},
        SECRETARIAT,
    ),
    "POST /api/v1/meetings/seats/{seat_id}/end": (
        lambda w: {"seat_id": w.seat.pk},
        {"on": "2566-12-31", "reason": "ลาออก"},
        SECRETARIAT,
    ),
    "GET /api/v1/meetings/linkable": (None, None, SECRETARIAT),
    "POST /api/v1/meetings/meetings/{meeting_id}/agenda": (
        lambda w: {"meeting_id": w.meeting.pk},
        {"section": 5, "title_th": "เรื่องแจ้งเพื่อทราบ"},
        SECRETARIAT,
    ),
    "POST /api/v1/meetings/meetings/{meeting_id}/proposals": (
        lambda w: {"meeting_id": w.meeting.pk},
        lambda w: {
            "kind": "frameworks.frameworkversion",
            "object_id": w.draft_version.pk,
            "title_th": "ขอความเห็นชอบเกณฑ์",
        },
        SECRETARIAT,
    ),
    "POST /api/v1/meetings/agenda/{item_id}/resolution": (
        lambda w: {"item_id": w.item.pk},
        {"outcome": "approved", "text_th": "เห็นชอบ"},
        SECRETARIAT,
    ),
    "POST /api/v1/meetings/agenda/{item_id}/documents": (
        lambda w: {"item_id": w.item.pk},
        lambda w: {"title_th": "เอกสารประกอบ", **_pdf()},
        SECRETARIAT,
    ),
    "POST /api/v1/meetings/documents/{document_id}/remove": (
        lambda w: {"document_id": w.paper.pk},
        None,
        SECRETARIAT,
    ),
    "GET /api/v1/meetings/documents/{document_id}/file": (
        lambda w: {"document_id": w.paper.pk},
        None,
        COMMITTEE,
    ),
    "POST /api/v1/meetings/meetings/{meeting_id}/certify": (
        lambda w: {"meeting_id": w.meeting.pk},
        None,
        SECRETARIAT,
    ),
    "GET /api/v1/meetings/resolutions/{resolution_id}": (
        lambda w: {"resolution_id": w.resolution.pk},
        None,
        COMMITTEE,
    ),
    "GET /api/v1/meetings/actions": (None, None, WITH_A_ROLE),
    "POST /api/v1/meetings/actions/{action_id}/progress": (
        lambda w: {"action_id": w.action.pk},
        {"note_th": "ดำเนินการแล้ว"},
        SECRETARIAT | AGENCY,
    ),
    # Consulting clinics: the agency that asked and the secretariat, who runs them.
    "GET /api/v1/clinics": (None, None, SECRETARIAT | AGENCIES),
    "POST /api/v1/clinics": (
        None,
        lambda w: {
            "organization_code": w.agency.code,
            "topics": ["award_application"],
            "question_th": "ขอคำปรึกษา",
        },
        SECRETARIAT | AGENCY,
    ),
    "GET /api/v1/clinics/{clinic_id}": (_clinic, None, SECRETARIAT | AGENCY),
    "POST /api/v1/clinics/{clinic_id}/schedule": (
        _clinic,
        {"scheduled_at": "2568-03-10T13:30:00+07:00", "mode": "online"},
        SECRETARIAT,
    ),
    "POST /api/v1/clinics/{clinic_id}/record": (_clinic, {"advice_th": "คำแนะนำ"}, SECRETARIAT),
    "POST /api/v1/clinics/{clinic_id}/follow-ups": (
        _clinic,
        lambda w: {"text_th": "ส่งเอกสาร", "owner_code": w.agency.code},
        SECRETARIAT,
    ),
    "POST /api/v1/clinics/{clinic_id}/follow-ups/{follow_up_id}/done": (
        lambda w: {"clinic_id": w.clinic.pk, "follow_up_id": w.clinic_follow_up.pk},
        None,
        SECRETARIAT,
    ),
    "POST /api/v1/clinics/{clinic_id}/close": (_clinic, {"reason": ""}, SECRETARIAT),
    "POST /api/v1/clinics/{clinic_id}/cancel": (_clinic, {"reason": "ยกเลิก"}, SECRETARIAT),
    # The inbox: each person's own notices; one is marked read by its recipient only.
    "GET /api/v1/inbox": (None, None, SIGNED_IN),
    "POST /api/v1/inbox/read-all": (None, None, SIGNED_IN),
    "POST /api/v1/inbox/{notice_id}/read": (
        lambda w: {"notice_id": w.head_notice.pk},
        None,
        frozenset({"agency_head"}),
    ),
}


def _framework_document() -> dict:
    from tests.frameworks.helpers import document

    return document(label="2571")
