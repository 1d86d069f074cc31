"""Consulting clinics (at /clinics/)."""

from django.urls import path

from . import views

app_name = "clinics"

urlpatterns: list = [
    path("", views.clinic_list, name="list"),
    path("new/", views.clinic_request_view, name="request"),
    path("<int:pk>/", views.clinic_detail, name="detail"),
    path("<int:pk>/schedule/", views.clinic_schedule_view, name="schedule"),
    path("<int:pk>/record/", views.clinic_record_view, name="record"),
    path("<int:pk>/follow-ups/", views.clinic_follow_up_view, name="follow_up"),
    path("<int:pk>/close/", views.clinic_close_view, name="close"),
    path("<int:pk>/cancel/", views.clinic_cancel_view, name="cancel"),
    path("follow-ups/<int:pk>/done/", views.clinic_follow_up_done_view, name="follow_up_done"),
]
