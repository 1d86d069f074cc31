from django.http import HttpRequest
from ninja import Query, Router, Schema
from ninja.pagination import paginate

from loetrat.organizations.enums import OrganizationKind, OrganizationStatus
from loetrat.organizations.selectors import (
    organization_get_for,
    organization_search,
    organizations_visible_to,
)

from ..pagination import BoundedPagination
from ..schemas.common import Error
from ..schemas.organizations import OrganizationOut

router = Router(tags=["organizations"])


class OrganizationFilters(Schema):
    q: str = ""
    kind: OrganizationKind | None = None
    status: OrganizationStatus | None = None
    parent_id: int | None = None


@router.get("/", response=list[OrganizationOut], summary="List the public bodies you may see")
@paginate(BoundedPagination)
def list_organizations(request: HttpRequest, filters: Query[OrganizationFilters]):
    qs = organization_search(
        organizations_visible_to(request.user),
        text=filters.q,
        kind=filters.kind or "",
        status=filters.status or "",
        parent_id=filters.parent_id,
    )
    return qs.order_by("path")


@router.get(
    "/{code}",
    response={200: OrganizationOut, 404: Error},
    summary="One public body, by its code",
)
def get_organization(request: HttpRequest, code: str):
    return organization_get_for(request.user, code=code)
