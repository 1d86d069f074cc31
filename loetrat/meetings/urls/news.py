"""news pages: the secretariat's news items and the minutes of meetings (at /meetings/news/)."""

from django.urls import path

from .. import views_news as views

urlpatterns: list = [
    path("", views.news_list, name="news_list"),
    path("<int:pk>/", views.news_edit, name="news_edit"),
    path("<int:pk>/publish/", views.news_publish_view, name="news_publish"),
    path("<int:pk>/unpublish/", views.news_unpublish_view, name="news_unpublish"),
    path("from-meeting/<int:meeting_id>/", views.news_from_meeting, name="news_from_meeting"),
    path("minutes/<int:meeting_id>/", views.minutes_edit, name="minutes"),
    path("minutes/<int:meeting_id>/generate/", views.minutes_generate, name="minutes_generate"),
    path("minutes/<int:meeting_id>/minutes.pdf", views.minutes_download, name="minutes_pdf"),
]
