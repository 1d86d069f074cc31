"""Committees, meetings, resolutions and follow-up actions (mounted at /meetings/)."""

from django.urls import path

from ..views import actions, committees, documents, meetings, resolutions

urlpatterns = [
    path("", committees.committee_list, name="committees"),
    path("committees/<slug:code>/", committees.committee_detail, name="committee"),
    path(
        "committees/<slug:code>/meetings/new/",
        committees.meeting_schedule_view,
        name="meeting_schedule",
    ),
    path("<int:pk>/", meetings.meeting_detail, name="meeting"),
    path("<int:pk>/attendance/", meetings.attendance_view, name="meeting_attendance"),
    path("<int:pk>/agenda/", meetings.agenda_add_view, name="agenda_add"),
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
