"""Postponing or cancelling a meeting (each a page with its reason), and the order of its
agenda: moving an item up, down or to another part, and sending the agenda. Every control is a
plain form, so the agenda can be ordered without JavaScript and from the keyboard."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from loetrat.core.errors import DomainError
from loetrat.core.forms import add_service_error
from loetrat.core.thai.dates import format_datetime

from ..forms import AgendaMoveForm, CancelForm, PostponeForm
from ..selectors import agenda_item_get_for, meeting_get_for
from ..services import agenda_item_move, agenda_send, meeting_cancel, meeting_postpone

MANAGE = "meetings.manage_meetings"


def _meeting_url(meeting, anchor: str = "") -> str:
    return reverse("meetings:meeting", args=[meeting.pk]) + anchor


@permission_required(MANAGE, raise_exception=True)
@require_http_methods(["GET", "POST"])
def meeting_postpone_view(request, pk):
    meeting = meeting_get_for(request.user, pk)
    form = PostponeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            meeting = meeting_postpone(
                meeting=meeting,
                starts_at=form.cleaned_data["starts_at"],
                reason=form.cleaned_data["reason"],
                actor=request.user,
            )
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc, aliases={"starts_at": "day"})
        else:
            messages.success(
                request,
                _("Meeting %(number)s is postponed to %(when)s; it keeps its number.")
                % {"number": meeting.number, "when": format_datetime(meeting.starts_at)},
            )
            return redirect(_meeting_url(meeting))
    return render(
        request,
        "meetings/meetings/postpone.html",
        {"meeting": meeting, "committee": meeting.committee, "form": form},
        status=400 if form.is_bound and form.errors else 200,
    )


@permission_required(MANAGE, raise_exception=True)
@require_http_methods(["GET", "POST"])
def meeting_cancel_view(request, pk):
    meeting = meeting_get_for(request.user, pk)
    form = CancelForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            meeting = meeting_cancel(
                meeting=meeting, reason=form.cleaned_data["reason"], actor=request.user
            )
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
        else:
            messages.success(
                request,
                _("Meeting %(number)s is cancelled; its number is not used again.")
                % {"number": meeting.number},
            )
            return redirect(_meeting_url(meeting))
    return render(
        request,
        "meetings/meetings/cancel.html",
        {"meeting": meeting, "committee": meeting.committee, "form": form},
        status=400 if form.is_bound and form.errors else 200,
    )


@permission_required(MANAGE, raise_exception=True)
@require_POST
def agenda_move_view(request, pk):
    """Move an item one place up or down within its part, or to the end of another part; the
    page comes back at the item, with the refusal shown when the order is fixed."""
    item = agenda_item_get_for(request.user, pk)
    meeting = meeting_get_for(request.user, item.meeting_id)
    form = AgendaMoveForm(request.POST)
    if not form.is_valid():
        messages.error(
            request, " ".join(form.non_field_errors() or [_("Choose where to move the item.")])
        )
        return redirect(_meeting_url(meeting, f"#item-{item.pk}"))
    direction, section = form.cleaned_data["direction"], form.cleaned_data["section"]
    if direction:
        section, number = item.section, item.number + (-1 if direction == "up" else 1)
        number = max(number, 1)
    else:
        number = None
    try:
        item = agenda_item_move(item=item, section=section, number=number, actor=request.user)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(
            request,
            _("“%(title)s” is now item %(label)s.") % {"title": item.title_th, "label": item.label},
        )
    return redirect(_meeting_url(meeting, f"#item-{item.pk}"))


@permission_required(MANAGE, raise_exception=True)
@require_POST
def agenda_send_view(request, pk):
    meeting = meeting_get_for(request.user, pk)
    try:
        meeting = agenda_send(meeting=meeting, actor=request.user)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(
            request,
            _("The agenda of meeting %(number)s is sent (%(when)s); its order is now fixed.")
            % {"number": meeting.number, "when": format_datetime(meeting.agenda_sent_at)},
        )
    return redirect(_meeting_url(meeting, "#agenda"))
