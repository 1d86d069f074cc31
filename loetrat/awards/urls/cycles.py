"""Cycles, branches and types and the secretariat's workspace."""

from django.urls import path

from ..views import cycle_branches, cycle_types, cycles, workspace

urlpatterns = [
    path("", cycles.cycle_list, name="cycles"),
    path("cycles/new/", cycles.cycle_create_view, name="cycle_create"),
    path("cycles/<int:year>/", cycles.cycle_detail, name="cycle"),
    path("cycles/<int:year>/copy/", cycles.cycle_copy_view, name="cycle_copy"),
    path("cycles/<int:year>/publish/", cycles.cycle_publish_view, name="cycle_publish"),
    path("cycles/<int:year>/close/", cycles.cycle_close_view, name="cycle_close"),
    path("cycles/<int:year>/changes/", cycles.cycle_diff_view, name="cycle_diff_previous"),
    path("cycles/<int:year>/changes/<int:other>/", cycles.cycle_diff_view, name="cycle_diff"),
    path(
        "cycles/<int:year>/branches/new/", cycle_branches.branch_create_view, name="branch_create"
    ),
    path(
        "cycles/<int:year>/branches/<int:pk>/edit/",
        cycle_branches.branch_edit_view,
        name="branch_edit",
    ),
    path(
        "cycles/<int:year>/branches/<int:pk>/remove/",
        cycle_branches.branch_remove_view,
        name="branch_remove",
    ),
    path("cycles/<int:year>/types/new/", cycle_types.type_create, name="type_create"),
    path("cycles/<int:year>/workspace/", workspace.workspace, name="workspace"),
    path("cycles/<int:year>/workspace/export.xlsx", workspace.export, name="workspace_export"),
    path("cycles/<int:year>/dashboard/", workspace.dashboard, name="dashboard"),
    path("types/<int:pk>/", cycle_types.type_detail, name="type"),
    path("types/<int:pk>/edit/<slug:section>/", cycle_types.type_edit, name="type_edit"),
    path("types/<int:pk>/remove/", cycle_types.type_remove, name="type_remove"),
]
