"""The minutes of a meeting: generate a draft from the record, edit it until certification,
download the PDF."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from loetrat.core.errors import DomainError
from loetrat.core.files import private_download
from loetrat.core.forms import add_service_error

from ..enums import MeetingStatus
from ..forms.minutes import MinutesForm
from ..selectors import meeting_get_for
from ..services import minutes_generate_draft, minutes_pdf, minutes_update

MANAGE_MEETINGS = "meetings.manage_meetings"


@permission_required(MANAGE_MEETINGS, raise_exception=True)
@require_http_methods(["GET", "POST"])
def minutes_edit(request, meeting_id):
    meeting = meeting_get_for(request.user, meeting_id)
    certified = meeting.status == MeetingStatus.CERTIFIED
    form = MinutesForm(request.POST or None, initial={"minutes_th": meeting.minutes_th})
    if request.method == "POST" and form.is_valid():
        try:
            minutes_update(
                meeting=meeting, text_th=form.cleaned_data["minutes_th"], actor=request.user
            )
        except DomainError as exc:
            add_service_error(form, exc, aliases={"text_th": "minutes_th"})
        else:
            messages.success(request, _("The minutes were saved."))
            return redirect("meetings:minutes", meeting.pk)
    return render(
        request,
        "meetings/minutes/edit.html",
        {"meeting": meeting, "form": form, "certified": certified},
        status=409 if form.is_bound and form.errors else 200,
    )


@permission_required(MANAGE_MEETINGS, raise_exception=True)
@require_POST
def minutes_generate(request, meeting_id):
    meeting = meeting_get_for(request.user, meeting_id)
    try:
        minutes_generate_draft(meeting=meeting, actor=request.user)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("A draft was written from the meeting record; edit it below."))
    return redirect("meetings:minutes", meeting.pk)


@permission_required("meetings.view_committee", raise_exception=True)
@require_safe
def minutes_download(request, meeting_id):
    meeting = meeting_get_for(request.user, meeting_id)
    filename = f"minutes-{meeting.committee.code}-{meeting.sequence}-{meeting.year_be}.pdf"
    return private_download(minutes_pdf(meeting), filename=filename, content_type="application/pdf")
