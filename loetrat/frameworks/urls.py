from django.urls import path

from .views import browsing, changing, files

app_name = "frameworks"

urlpatterns = [
    path("", browsing.framework_list, name="list"),
    path("import/", changing.import_view, name="import"),
    path("<str:code>/", browsing.framework_detail, name="detail"),
    path("<str:code>/diff/", browsing.version_diff_view, name="diff"),
    path("<str:code>/<str:label>/", browsing.version_detail, name="version"),
    path("<str:code>/<str:label>/export.json", files.export_json, name="export_json"),
    path("<str:code>/<str:label>/export.xlsx", files.export_xlsx, name="export_xlsx"),
    path("<str:code>/<str:label>/score/", files.try_scoring, name="score"),
    path("<str:code>/<str:label>/clone/", changing.version_clone_view, name="clone"),
    path(
        "<str:code>/<str:label>/paper-approval/",
        changing.version_paper_approval_view,
        name="paper_approval",
    ),
    path("<str:code>/<str:label>/retire/", changing.version_retire_view, name="retire"),
]
