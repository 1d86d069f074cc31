from django.urls import include, path

app_name = "meetings"

urlpatterns = [
    path("", include("loetrat.meetings.urls.committees")),
    path("", include("loetrat.meetings.urls.minutes")),
    path("propose/", include("loetrat.meetings.urls.proposals")),
]
