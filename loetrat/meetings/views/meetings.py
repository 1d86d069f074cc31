"""One meeting: its page, and the secretariat's attendance, agenda, resolutions and
certification, each a POST that comes back to the page (with the refusal shown, and what was
typed kept, when a service says no)."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from loetrat.core.errors import DomainError
from loetrat.core.forms import add_service_error

from ..forms import (
    ActionRowFormSet,
    AgendaItemForm,
    AgendaMoveForm,
    AttendanceForm,
    ResolutionForm,
)
from ..forms.documents import document_form_for
from ..selectors import (
    agenda_item_get_for,
    meeting_get_for,
    meeting_view,
)
from ..services import (
    ActionInput,
    AttendanceInput,
    agenda_item_add,
    attendance_record_many,
    meeting_certify,
    resolution_record,
)

VIEW = "meetings.view_committee"
MANAGE = "meetings.manage_meetings"


def _prefix(item_pk) -> str:
    return f"item{item_pk}"


def _agenda_form(data=None):
    return AgendaItemForm(data)


def _render(
    request,
    meeting,
    *,
    attendance_form=None,
    agenda_form=None,
    posted=None,
    document_posted=None,
    status=200,
):
    """The meeting page. `posted` is (item pk, form, formset) for a refused resolution,
    `document_posted` (item pk, form) for a refused document upload."""
    view = meeting_view(meeting, request.user)
    manage = request.user.has_perm(MANAGE) and view.is_open
    for item in view.items:
        item.document_form = document_form_for(item, manage=manage, posted=document_posted)
        item.record_form = item.action_formset = None
        if posted and posted[0] == item.pk:
            item.record_form, item.action_formset = posted[1], posted[2]
        elif manage and item.decision is None:
            item.record_form = ResolutionForm(prefix=_prefix(item.pk))
            item.action_formset = ActionRowFormSet(prefix=_prefix(item.pk) + "-actions")
    context = {
        "view": view,
        "meeting": meeting,
        "committee": meeting.committee,
        "manage": manage,
        "reorder": manage and view.can_reorder,
        "part_choices": AgendaMoveForm.base_fields["section"].choices,
    }
    if manage:
        context["attendance_form"] = attendance_form or AttendanceForm(members=view.members)
        context["agenda_form"] = agenda_form or _agenda_form()
    return render(request, "meetings/meetings/detail.html", context, status=status)


@permission_required(VIEW, raise_exception=True)
@require_safe
def meeting_detail(request, pk):
    return _render(request, meeting_get_for(request.user, pk))


def _status(exc) -> int:
    return getattr(exc, "status", 400)


@permission_required(MANAGE, raise_exception=True)
@require_POST
def attendance_view(request, pk):
    meeting = meeting_get_for(request.user, pk)
    members = meeting_view(meeting, request.user).members
    form = AttendanceForm(request.POST, members=members)
    status = 400
    if form.is_valid():
        rows = [
            AttendanceInput(member_id=member.pk, status=state, proxy_name_th=proxy)
            for member, state, proxy in form.entries()
        ]
        try:
            attendance_record_many(meeting=meeting, rows=rows, actor=request.user)
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
            status = _status(exc)
        else:
            messages.success(request, _("The attendance is saved."))
            return redirect(reverse("meetings:meeting", args=[meeting.pk]) + "#attendance")
    return _render(request, meeting, attendance_form=form, status=status)


@permission_required(MANAGE, raise_exception=True)
@require_POST
def agenda_add_view(request, pk):
    meeting = meeting_get_for(request.user, pk)
    form = _agenda_form(request.POST)
    status = 400
    if form.is_valid():
        data = form.cleaned_data
        try:
            item = agenda_item_add(
                meeting=meeting,
                section=data["section"],
                title_th=data["title_th"],
                title_en=data["title_en"],
                summary_th=data["summary_th"],
                presenter_th=data["presenter_th"],
                links=form.links(),
                actor=request.user,
            )
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
            status = _status(exc)
        else:
            messages.success(request, _("Item %(position)s was added.") % {"position": item.label})
            return redirect(reverse("meetings:meeting", args=[meeting.pk]) + f"#item-{item.pk}")
    return _render(request, meeting, agenda_form=form, status=status)


@permission_required(MANAGE, raise_exception=True)
@require_POST
def resolution_record_view(request, pk):
    item = agenda_item_get_for(request.user, pk)
    meeting = meeting_get_for(request.user, item.meeting_id)
    form = ResolutionForm(request.POST, prefix=_prefix(item.pk))
    formset = ActionRowFormSet(request.POST, prefix=_prefix(item.pk) + "-actions")
    status = 400
    if form.is_valid() and formset.is_valid():
        data = form.cleaned_data
        actions = [
            ActionInput(title_th=row["title_th"], owner=row["owner"], due_on=row["due_on"])
            for row in formset.cleaned_data
            if row
        ]
        try:
            resolution_record(
                agenda_item=item,
                outcome=data["outcome"],
                text_th=data["text_th"],
                text_en=data["text_en"],
                forward_to_cabinet=data["forward_to_cabinet"],
                actions=actions,
                actor=request.user,
            )
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
            status = _status(exc)
        else:
            messages.success(
                request,
                _("The resolution on item %(position)s is recorded.") % {"position": item.label},
            )
            return redirect(reverse("meetings:meeting", args=[meeting.pk]) + f"#item-{item.pk}")
    return _render(request, meeting, posted=(item.pk, form, formset), status=status)


@permission_required(MANAGE, raise_exception=True)
@require_POST
def certify_view(request, pk):
    meeting = meeting_get_for(request.user, pk)
    try:
        meeting = meeting_certify(meeting=meeting, actor=request.user)
    except DomainError as exc:
        messages.error(request, exc.message)
        return _render(request, meeting, status=_status(exc))
    messages.success(
        request,
        _(
            "The minutes of meeting %(number)s are certified; its resolutions are final and "
            "%(count)s item(s) were approved."
        )
        % {"number": meeting.number, "count": len(meeting.approvals)},
    )
    return redirect("meetings:meeting", meeting.pk)
