from django.urls import include, path

app_name = "awards"

urlpatterns = [
    path("", include("loetrat.awards.urls.cycles")),
    path("applications/", include("loetrat.awards.urls.applications")),
]
