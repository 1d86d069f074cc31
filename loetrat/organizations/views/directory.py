from django.contrib.auth.decorators import permission_required
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from loetrat.core.audit_selectors import audit_events_filtered
from loetrat.core.listing import Column, build_listing

from ..forms import OrganizationFilterForm
from ..selectors import (
    members_of,
    organization_get_for,
    organization_search,
    organization_with_counts,
    organizations_visible_to,
)

COLUMNS = [
    Column("name", _("Name"), ("name_sort",)),
    Column("abbreviation", _("Abbreviation"), ("abbreviation_th",)),
    Column("kind", _("Type"), ("kind", "name_sort")),
    Column("parent", _("Under"), ("parent__name_sort", "name_sort")),
    Column("code", _("Code"), ("code",)),
    Column("status", _("Status"), ("status", "name_sort")),
]


@permission_required("organizations.view_directory", raise_exception=True)
@require_safe
def organization_list(request):
    form = OrganizationFilterForm(request.GET or None)
    organizations = organization_search(organizations_visible_to(request.user), **form.filters())
    listing = build_listing(request, organizations, COLUMNS, default_sort="name")
    return render(
        request,
        "organizations/list.html",
        {"form": form, "listing": listing, "page_obj": listing.page_obj},
    )


@require_safe
def organization_detail(request, code):
    organization = organization_get_for(request.user, code=code)
    children = organization_with_counts(
        organizations_visible_to(request.user).filter(parent=organization)
    ).order_by("status", "name_sort")
    ancestors = organizations_visible_to(request.user).filter(pk__in=organization.ancestor_ids())
    can_see_history = request.user.has_perm("core.view_audit_log")
    return render(
        request,
        "organizations/detail.html",
        {
            "organization": organization,
            "ancestors": ancestors.order_by("depth"),
            "children": children,
            "former_names": organization.former_names.all(),
            "members": members_of(organization) if can_see_history else [],
            "history": (
                audit_events_filtered(organization_id=organization.pk)[:20]
                if can_see_history
                else []
            ),
        },
    )
