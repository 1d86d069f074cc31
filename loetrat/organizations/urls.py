from django.urls import path

from .views import directory

app_name = "organizations"

urlpatterns = [
    path("", directory.organization_list, name="list"),
    path("<str:code>/", directory.organization_detail, name="detail"),
]
