"""Committees, meetings, resolutions and follow-up actions (mounted at /meetings/)."""

from django.urls import path

from ..views import actions, changes, committees, documents, meetings, resolutions, terms

urlpatterns = [
    path("", committees.committee_list, name="committees"),
    path("committees/new/", committees.committee_create_view, name="committee_create"),
    path("committees/<slug:code>/", committees.committee_detail, name="committee"),
    path("committees/<slug:code>/edit/", committees.committee_edit_view, name="committee_edit"),
    path("committees/<slug:code>/terms/new/", terms.term_start_view, name="term_start"),
    path("committees/<slug:code>/terms/<int:pk>/", terms.term_detail, name="term"),
    path("seats/<int:pk>/end/", terms.seat_end_view, name="seat_end"),
    path(
        "committees/<slug:code>/meetings/new/",
        committees.meeting_schedule_view,
        name="meeting_schedule",
    ),
    path("<int:pk>/", meetings.meeting_detail, name="meeting"),
    path("<int:pk>/attendance/", meetings.attendance_view, name="meeting_attendance"),
    path("<int:pk>/agenda/", meetings.agenda_add_view, name="agenda_add"),
    path("<int:pk>/agenda/send/", changes.agenda_send_view, name="agenda_send"),
    path("<int:pk>/postpone/", changes.meeting_postpone_view, name="meeting_postpone"),
    path("<int:pk>/cancel/", changes.meeting_cancel_view, name="meeting_cancel"),
    path("agenda/<int:pk>/move/", changes.agenda_move_view, name="agenda_move"),
    path("<int:pk>/certify/", meetings.certify_view, name="meeting_certify"),
    path("agenda/<int:pk>/resolution/", meetings.resolution_record_view, name="resolution_record"),
    path(
        "agenda/<int:pk>/documents/",
        documents.agenda_document_add_view,
        name="agenda_document_add",
    ),
    path("documents/<int:pk>/", documents.agenda_document_download, name="agenda_document"),
    path(
        "documents/<int:pk>/remove/",
        documents.agenda_document_remove_view,
        name="agenda_document_remove",
    ),
    path("resolutions/<int:pk>/", resolutions.resolution_detail, name="resolution"),
    path("actions/", actions.action_list, name="actions"),
    path("actions/<int:pk>/", actions.action_detail, name="action"),
]
