"""Secretariat pages for people and their roles: list, one person, create a person, grant a
role, end a role."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_safe

from loetrat.accounts.services import user_create
from loetrat.core.errors import DomainError
from loetrat.core.listing import Column, build_listing

from ..forms import (
    MembershipEndForm,
    MembershipGrantForm,
    PersonCreateForm,
    PersonFilterForm,
    add_service_error,
)
from ..selectors import (
    membership_get_for_person,
    memberships_history_of,
    people_search,
    person_get,
)
from ..services import membership_end, membership_grant

PERMISSION = "organizations.manage_memberships"

COLUMNS = [
    Column("name", gettext_lazy("Name"), ("first_name", "last_name")),
    Column("username", gettext_lazy("Username"), ("username",)),
    Column("email", gettext_lazy("E-mail"), ("email",)),
    Column("roles", gettext_lazy("Current roles")),
    Column("joined", gettext_lazy("Added"), ("date_joined",)),
]


def _form_page(request, form, *, title, submit, cancel_url, person=None, intro="", danger=False):
    return render(
        request,
        "organizations/form_page.html",
        {
            "form": form,
            "title": title,
            "submit_label": submit,
            "cancel_url": cancel_url,
            "person": person,
            "intro": intro,
            "danger": danger,
        },
        status=400 if form.is_bound and form.errors else 200,
    )


@permission_required(PERMISSION, raise_exception=True)
@require_safe
def people_list(request):
    form = PersonFilterForm(request.GET or None)
    listing = build_listing(request, people_search(**form.filters()), COLUMNS, default_sort="name")
    return render(
        request,
        "organizations/people/list.html",
        {"form": form, "listing": listing, "page_obj": listing.page_obj},
    )


@permission_required(PERMISSION, raise_exception=True)
@require_safe
def person_detail(request, pk):
    person = person_get(pk=pk)
    current, ended = memberships_history_of(person)
    return render(
        request,
        "organizations/people/detail.html",
        {"person": person, "current": current, "ended": ended},
    )


@permission_required(PERMISSION, raise_exception=True)
@require_http_methods(["GET", "POST"])
def person_create(request):
    form = PersonCreateForm(request.POST or None, initial={"language": "th"})
    if request.method == "POST" and form.is_valid():
        try:
            person = user_create(
                actor=request.user, base_url=request.build_absolute_uri("/"), **form.cleaned_data
            )
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
        else:
            messages.success(
                request,
                _("%(name)s was added; a link to choose a password was sent to %(email)s.")
                % {"name": person, "email": person.email},
            )
            return redirect("organizations:person_detail", person.pk)
    return _form_page(
        request,
        form,
        title=_("Add a person"),
        submit=_("Add person"),
        cancel_url=reverse("organizations:people"),
    )


@permission_required(PERMISSION, raise_exception=True)
@require_http_methods(["GET", "POST"])
def role_grant(request, pk):
    person = person_get(pk=pk)
    form = MembershipGrantForm(
        request.POST or None, person=person, initial={"organization": request.GET.get("org")}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            membership = membership_grant(
                user=person,
                organization=data["organization"],
                role=data["role"],
                actor=request.user,
                position=data["position"],
                starts_on=data["starts_on"],
            )
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
        else:
            messages.success(
                request,
                _("%(person)s is now %(role)s in %(body)s.")
                % {
                    "person": person,
                    "role": membership.get_role_display(),
                    "body": membership.organization.name,
                },
            )
            return redirect("organizations:person_detail", person.pk)
    return _form_page(
        request,
        form,
        title=_("Give %(person)s a role") % {"person": person},
        submit=_("Give role"),
        cancel_url=reverse("organizations:person_detail", args=[person.pk]),
        person=person,
    )


@permission_required(PERMISSION, raise_exception=True)
@require_http_methods(["GET", "POST"])
def role_end(request, pk, membership_pk):
    person = person_get(pk=pk)
    membership = membership_get_for_person(user=person, pk=membership_pk)
    if membership.ends_on is not None:
        messages.info(request, _("This role has already ended."))
        return redirect("organizations:person_detail", person.pk)
    form = MembershipEndForm(request.POST or None, membership=membership)
    if request.method == "POST" and form.is_valid():
        try:
            membership_end(
                membership=membership,
                actor=request.user,
                on=form.cleaned_data["ends_on"],
                reason=form.cleaned_data["reason"],
            )
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, _("The role was ended."))
            return redirect("organizations:person_detail", person.pk)
    return _form_page(
        request,
        form,
        title=_("End the role %(role)s in %(body)s")
        % {"role": membership.get_role_display(), "body": membership.organization.name},
        submit=_("End role"),
        cancel_url=reverse("organizations:person_detail", args=[person.pk]),
        person=person,
        danger=True,
    )
