"""Put something before a committee: a criteria version (or, later, results and KPI frameworks)
to approve, or a certified resolution to correct. The item lands on the chosen meeting."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from loetrat.core.errors import DomainError
from loetrat.core.forms import add_service_error
from loetrat.core.kinds import describe

from ..forms import ProposalForm
from ..selectors import (
    agenda_history,
    proposal_meetings,
    proposal_target_get_for,
    proposal_title,
)
from ..services import agenda_propose
from .meetings import MANAGE, _status


@permission_required(MANAGE, raise_exception=True)
@require_http_methods(["GET", "POST"])
def propose_view(request, kind, pk):
    target = proposal_target_get_for(request.user, kind, pk)
    described = describe(target, request.user)
    meetings = proposal_meetings(target)
    form = ProposalForm(
        request.POST or None,
        meetings=meetings,
        initial={"title_th": proposal_title(target, described.label)},
    )
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            try:
                item = agenda_propose(
                    meeting=data["meeting"],
                    target=target,
                    title_th=data["title_th"],
                    title_en=data["title_en"],
                    summary_th=data["summary_th"],
                    presenter_th=data["presenter_th"],
                    actor=request.user,
                )
            except (DomainError, ValidationError) as exc:
                add_service_error(form, exc)
                status = _status(exc)
            else:
                messages.success(
                    request,
                    _("%(target)s is item %(position)s of meeting %(number)s.")
                    % {
                        "target": described.label,
                        "position": item.label,
                        "number": item.meeting.number,
                    },
                )
                url = reverse("meetings:meeting", args=[item.meeting_id])
                return redirect(f"{url}#item-{item.pk}")
    context = {
        "form": form,
        "target": described,
        "is_correction": described.kind == "meetings.resolution",
        "has_meetings": meetings.exists(),
        "history": agenda_history(target),
    }
    return render(request, "meetings/proposals/form.html", context, status=status)
