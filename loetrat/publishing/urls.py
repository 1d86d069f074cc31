from django.contrib.auth.decorators import login_not_required
from django.urls import path
from django.views.decorators.http import require_safe

from .feeds import NewsFeed
from .views import newsroom, public

app_name = "publishing"

urlpatterns = [
    path("", public.home, name="home"),
    path("news/", public.news_list, name="news_list"),
    path("news/feed.atom", require_safe(login_not_required(NewsFeed())), name="news_feed"),
    path("news/<slug:slug>/", public.news_detail, name="news_detail"),
    # the secretariat's newsroom
    path("newsroom/", newsroom.news_list, name="newsroom"),
    path("newsroom/<int:pk>/", newsroom.news_edit, name="news_edit"),
    path("newsroom/<int:pk>/publish/", newsroom.news_publish_view, name="news_publish"),
    path("newsroom/<int:pk>/unpublish/", newsroom.news_unpublish_view, name="news_unpublish"),
    path(
        "newsroom/from-meeting/<int:meeting_id>/",
        newsroom.news_from_meeting,
        name="news_from_meeting",
    ),
    path(
        "newsroom/from-clinic/<int:clinic_id>/",
        newsroom.news_from_clinic,
        name="news_from_clinic",
    ),
]
