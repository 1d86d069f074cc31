"""Follow-up actions: the list (the secretariat's all; an agency's its own) and one action with
its progress notes and the form to report progress."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_safe

from loetrat.core.errors import DomainError
from loetrat.core.forms import add_service_error
from loetrat.core.listing import Column, build_listing
from loetrat.organizations.roles import is_secretariat_user, organization_paths

from ..enums import ActionStatus
from ..forms import ActionFilterForm, ActionProgressForm
from ..selectors import action_get_for, action_search, actions_visible_to, mark_overdue
from ..services import action_progress

COLUMNS = [
    Column("title", gettext_lazy("Instruction"), ("title_th",)),
    Column("owner", gettext_lazy("Responsible"), ("owner__code",)),
    Column("due", gettext_lazy("Due"), ("due_on",)),
    Column("status", gettext_lazy("Status"), ("status", "due_on")),
    Column("resolution", gettext_lazy("Resolution"), ()),
]


def _require_some_role(user):
    if not (is_secretariat_user(user) or organization_paths(user)):
        raise PermissionDenied


@require_safe
def action_list(request):
    _require_some_role(request.user)
    filters = ActionFilterForm(request.GET or None)
    qs = actions_visible_to(request.user)
    if filters.is_valid():
        qs = action_search(
            qs, state=filters.cleaned_data["state"], owner=filters.cleaned_data["owner"]
        )
    listing = build_listing(request, qs, COLUMNS, default_sort="due")
    rows = mark_overdue(listing.rows)
    return render(
        request,
        "meetings/actions/list.html",
        {
            "listing": listing,
            "rows": rows,
            "page_obj": listing.page_obj,
            "filters": filters,
            "today": timezone.localdate(),
        },
    )


@require_http_methods(["GET", "POST"])
def action_detail(request, pk):
    _require_some_role(request.user)
    action = action_get_for(request.user, pk)
    may_report = request.user.has_perm("meetings.report_action_progress", action)
    form = None
    if may_report:
        form = ActionProgressForm(request.POST or None, initial={"status": action.status})
        if not is_secretariat_user(request.user):
            form.fields["status"].choices = [
                choice for choice in ActionStatus.choices if choice[0] != ActionStatus.CANCELLED
            ]
    elif request.method == "POST":
        raise PermissionDenied
    if request.method == "POST" and form.is_valid():
        try:
            action_progress(
                action=action,
                note_th=form.cleaned_data["note_th"],
                status=form.cleaned_data["status"],
                actor=request.user,
            )
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, _("The progress is recorded."))
            return redirect("meetings:action", action.pk)
    action = mark_overdue([action])[0]
    progress = list(action.progress.select_related("recorded_by").order_by("recorded_at"))
    return render(
        request,
        "meetings/actions/detail.html",
        {"action": action, "progress": progress, "form": form},
        status=400 if form is not None and form.is_bound and form.errors else 200,
    )
