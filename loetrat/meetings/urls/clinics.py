"""Consulting clinics (at /meetings/clinics/)."""

from django.urls import path

from .. import views_clinics as views

urlpatterns: list = [
    path("", views.clinic_list, name="clinics"),
    path("new/", views.clinic_request_view, name="clinic_request"),
    path("<int:pk>/", views.clinic_detail, name="clinic"),
    path("<int:pk>/schedule/", views.clinic_schedule_view, name="clinic_schedule"),
    path("<int:pk>/record/", views.clinic_record_view, name="clinic_record"),
    path("<int:pk>/follow-ups/", views.clinic_follow_up_view, name="clinic_follow_up"),
    path("<int:pk>/close/", views.clinic_close_view, name="clinic_close"),
    path("<int:pk>/cancel/", views.clinic_cancel_view, name="clinic_cancel"),
    path(
        "follow-ups/<int:pk>/done/",
        views.clinic_follow_up_done_view,
        name="clinic_follow_up_done",
    ),
]
