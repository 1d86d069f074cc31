from django.urls import path

from .views import directory, editing, importing, people

app_name = "organizations"

# Fixed paths come before "<code>/"; the import refuses codes that would collide with them.
urlpatterns = [
    path("", directory.organization_list, name="list"),
    path("new/", editing.organization_create_view, name="create"),
    path("import/", importing.import_upload, name="import"),
    path("import/confirm/", importing.import_confirm, name="import_confirm"),
    path("import/template.xlsx", importing.import_template, name="import_template"),
    path("people/", people.people_list, name="people"),
    path("people/new/", people.person_create, name="person_create"),
    path("people/<int:pk>/", people.person_detail, name="person_detail"),
    path("people/<int:pk>/roles/new/", people.role_grant, name="role_grant"),
    path("people/<int:pk>/roles/<int:membership_pk>/end/", people.role_end, name="role_end"),
    path("<str:code>/", directory.organization_detail, name="detail"),
    path("<str:code>/edit/", editing.organization_edit_view, name="edit"),
    path("<str:code>/merge/", editing.organization_merge_view, name="merge"),
    path("<str:code>/dissolve/", editing.organization_dissolve_view, name="dissolve"),
]
