"""One resolution: the decision, its meeting and item, what it approved, its follow-up actions
and corrections."""

from django.contrib.auth.decorators import permission_required
from django.shortcuts import render
from django.views.decorators.http import require_safe

from ..selectors import resolution_get_for, resolution_view


@permission_required("meetings.view_committee", raise_exception=True)
@require_safe
def resolution_detail(request, pk):
    resolution = resolution_view(resolution_get_for(request.user, pk), request.user)
    item = resolution.agenda_item
    return render(
        request,
        "meetings/resolutions/detail.html",
        {"resolution": resolution, "item": item, "meeting": item.meeting},
    )
