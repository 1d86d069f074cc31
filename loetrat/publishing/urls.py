from django.contrib.auth.decorators import login_not_required
from django.urls import path

from . import views
from .feeds import NewsFeed

app_name = "publishing"

urlpatterns = [
    path("", views.home, name="home"),
    path("news/", views.news_list, name="news_list"),
    path("news/feed.atom", login_not_required(NewsFeed()), name="news_feed"),
    path("news/<slug:slug>/", views.news_detail, name="news_detail"),
]
