"""The minutes of a meeting (at /meetings/<id>/minutes/)."""

from django.urls import path

from ..views import minutes as views

urlpatterns: list = [
    path("<int:meeting_id>/minutes/", views.minutes_edit, name="minutes"),
    path("<int:meeting_id>/minutes/generate/", views.minutes_generate, name="minutes_generate"),
    path("<int:meeting_id>/minutes/minutes.pdf", views.minutes_download, name="minutes_pdf"),
]
