"""Consulting clinics: the list (the secretariat's all; an agency's own history), asking for
advice, one clinic with its session, advice and follow-ups, and the secretariat's steps, each a
POST that comes back to the clinic's page (with the refusal beside the field, and what was typed
kept, when a service says no)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from loetrat.core.audit import action_label
from loetrat.core.errors import DomainError
from loetrat.core.forms import add_service_error
from loetrat.core.listing import Column, build_listing
from loetrat.organizations.enums import Role
from loetrat.organizations.roles import organization_ids_with_role
from loetrat.organizations.selectors import active_organizations

from .enums import ClinicStatus
from .forms import (
    ClinicCancelForm,
    ClinicCloseForm,
    ClinicFilterForm,
    ClinicFollowUpForm,
    ClinicRecordForm,
    ClinicRequestForm,
    ClinicScheduleForm,
)
from .selectors import (
    clinic_follow_up_get_for,
    clinic_get_for,
    clinic_history,
    clinic_reason,
    clinic_search,
    clinics_visible_to,
    may_list_clinics,
)
from .services import (
    clinic_cancel,
    clinic_close,
    clinic_follow_up_add,
    clinic_follow_up_done,
    clinic_record,
    clinic_request,
    clinic_schedule,
)

MANAGE = "clinics.manage_clinics"
SPEAKERS = (Role.AGENCY_COORDINATOR, Role.AGENCY_HEAD)


def _require_list(user) -> None:
    if not may_list_clinics(user):
        raise PermissionDenied


def _require_manage(user) -> None:
    if not user.has_perm(MANAGE):
        raise PermissionDenied


COLUMNS = [
    Column("organization", gettext_lazy("Agency"), ("organization__code",)),
    Column("topics", gettext_lazy("Topics"), ()),
    Column("status", gettext_lazy("Status"), ("status", "-created_at")),
    Column("scheduled", gettext_lazy("Session"), ("scheduled_at",)),
    Column("requested", gettext_lazy("Requested"), ("created_at",)),
]


@require_safe
def clinic_list(request):
    _require_list(request.user)
    filters = ClinicFilterForm(request.GET or None)
    qs = clinics_visible_to(request.user).prefetch_related("covered")
    if filters.is_valid():
        qs = clinic_search(qs, **filters.cleaned_data)
    listing = build_listing(request, qs, COLUMNS, default_sort="-requested")
    return render(
        request,
        "clinics/list.html",
        {
            "listing": listing,
            "page_obj": listing.page_obj,
            "filters": filters,
            "may_request": _request_organizations(request.user) is not False,
        },
    )


def _request_organizations(user):
    """The organisations the person may ask for; None for the secretariat (any, by code);
    False when they may not ask at all."""
    ids = organization_ids_with_role(user, *SPEAKERS)
    if ids:
        return active_organizations(ids)
    if user.has_perm(MANAGE):
        return None
    return False


@require_http_methods(["GET", "POST"])
def clinic_request_view(request):
    organizations = _request_organizations(request.user)
    if organizations is False:
        raise PermissionDenied
    form = ClinicRequestForm(request.POST or None, organizations=organizations)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            clinic = clinic_request(
                organization=data["organization"],
                topics=data["topics"],
                question_th=data["question_th"],
                covered=data["covered"],
                actor=request.user,
            )
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, _("Your request for advice was sent to OPDC."))
            return redirect("clinics:detail", clinic.pk)
    return render(
        request,
        "clinics/request.html",
        {"form": form},
        status=400 if form.is_bound and form.errors else 200,
    )


def _forms(clinic, posted=None) -> dict:
    """The secretariat's forms that fit the clinic's status; `posted` = (name, bound form)."""
    forms = {}
    if clinic.status in (ClinicStatus.REQUESTED, ClinicStatus.SCHEDULED):
        initial = {}
        if clinic.scheduled_at:
            initial = {
                "day": clinic.scheduled_at.date(),
                "time": clinic.scheduled_at.time(),
                "mode": clinic.mode,
                "place_th": clinic.place_th,
                "chaired_by_th": clinic.chaired_by_th,
            }
        forms["schedule_form"] = ClinicScheduleForm(initial=initial, prefix="schedule")
        forms["cancel_form"] = ClinicCancelForm(prefix="cancel")
    if clinic.status in (ClinicStatus.SCHEDULED, ClinicStatus.HELD):
        forms["record_form"] = ClinicRecordForm(
            initial={"advice_th": clinic.advice_th, "discussion_th": clinic.discussion_th},
            prefix="record",
        )
    if clinic.status == ClinicStatus.HELD:
        forms["follow_up_form"] = ClinicFollowUpForm(prefix="follow")
        forms["close_form"] = ClinicCloseForm(prefix="close")
    if posted:
        forms[posted[0]] = posted[1]
    return forms


def _labelled(events):
    for event in events:
        event.label = action_label(event.action)
    return events


def _render(request, clinic, *, posted=None, status=200):
    manage = request.user.has_perm(MANAGE)
    context = {
        "clinic": clinic,
        "covered": list(clinic.covered.all()),
        "follow_ups": list(clinic.follow_ups.all()),
        "reason": clinic_reason(clinic),
        "history": _labelled(clinic_history(clinic)),
        "manage": manage,
    }
    if manage:
        context.update(_forms(clinic, posted))
    return render(request, "clinics/detail.html", context, status=status)


@require_safe
def clinic_detail(request, pk):
    _require_list(request.user)
    return _render(request, clinic_get_for(request.user, pk))


def _step(request, pk, name, form_class, prefix, call, done_message, anchor=""):
    """Validate the posted form, call the service, come back to the clinic's page."""
    _require_manage(request.user)
    clinic = clinic_get_for(request.user, pk)
    form = form_class(request.POST, prefix=prefix)
    status = 400
    if form.is_valid():
        try:
            call(clinic, form.cleaned_data)
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
            status = getattr(exc, "status", 400)
        else:
            messages.success(request, done_message)
            return redirect(reverse("clinics:detail", args=[clinic.pk]) + anchor)
    return _render(request, clinic, posted=(name, form), status=status)


@require_POST
def clinic_schedule_view(request, pk):
    def call(clinic, data):
        clinic_schedule(
            clinic=clinic,
            scheduled_at=data["scheduled_at"],
            mode=data["mode"],
            place_th=data["place_th"],
            chaired_by_th=data["chaired_by_th"],
            actor=request.user,
        )

    return _step(
        request,
        pk,
        "schedule_form",
        ClinicScheduleForm,
        "schedule",
        call,
        _("The session is scheduled."),
    )


@require_POST
def clinic_record_view(request, pk):
    def call(clinic, data):
        clinic_record(
            clinic=clinic,
            advice_th=data["advice_th"],
            discussion_th=data["discussion_th"],
            actor=request.user,
        )

    return _step(
        request,
        pk,
        "record_form",
        ClinicRecordForm,
        "record",
        call,
        _("The advice is recorded."),
        "#advice",
    )


@require_POST
def clinic_follow_up_view(request, pk):
    def call(clinic, data):
        clinic_follow_up_add(
            clinic=clinic,
            text_th=data["text_th"],
            owner=data["owner"],
            due_on=data["due_on"],
            actor=request.user,
        )

    return _step(
        request,
        pk,
        "follow_up_form",
        ClinicFollowUpForm,
        "follow",
        call,
        _("The follow-up is added."),
        "#follow-ups",
    )


@require_POST
def clinic_close_view(request, pk):
    def call(clinic, data):
        clinic_close(clinic=clinic, reason=data["reason"], actor=request.user)

    return _step(
        request, pk, "close_form", ClinicCloseForm, "close", call, _("The clinic is closed.")
    )


@require_POST
def clinic_cancel_view(request, pk):
    def call(clinic, data):
        clinic_cancel(clinic=clinic, reason=data["reason"], actor=request.user)

    return _step(
        request,
        pk,
        "cancel_form",
        ClinicCancelForm,
        "cancel",
        call,
        _("The clinic is cancelled."),
    )


@require_POST
def clinic_follow_up_done_view(request, pk):
    _require_manage(request.user)
    follow_up = clinic_follow_up_get_for(request.user, pk)
    try:
        clinic_follow_up_done(follow_up=follow_up, actor=request.user)
    except DomainError as exc:
        messages.error(request, exc.message)
        clinic = clinic_get_for(request.user, follow_up.clinic_id)
        return _render(request, clinic, status=exc.status)
    messages.success(request, _("The follow-up is marked done."))
    return redirect(reverse("clinics:detail", args=[follow_up.clinic_id]) + "#follow-ups")
