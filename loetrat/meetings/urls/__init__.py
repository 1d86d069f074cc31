from django.urls import include, path

app_name = "meetings"

urlpatterns = [
    path("", include("loetrat.meetings.urls.committees")),
    path("news/", include("loetrat.meetings.urls.news")),
    path("propose/", include("loetrat.meetings.urls.proposals")),
]
