"""How a public body appears where other records point at it (an agenda item about a
restructuring, for instance)."""

from django.urls import reverse

from loetrat.core.kinds import Kind


def _describe(organization, user) -> tuple[str, str, str]:
    url = ""
    if user.has_perm("organizations.view_organization", organization):
        url = reverse("organizations:detail", args=[organization.code])
    return f"{organization.code} {organization.name}", url, ""


ORGANIZATION_KIND = Kind(label="organizations.organization", describe=_describe)
