"""How criteria versions appear to the apps that point at them: a draft is put before a
committee and takes effect (frozen) when a resolution approves it."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from loetrat.core.kinds import Approvable, Kind

from .enums import VersionStatus
from .models import FrameworkVersion
from .services import version_approve

VIEW = "frameworks.view_framework"


def _describe(version: FrameworkVersion, user) -> tuple[str, str, str]:
    url = ""
    if user.has_perm(VIEW):
        url = reverse("frameworks:version", args=[version.framework.code, version.label])
    return f"{version.framework.code} {version.label}", url, version.status


def _drafts():
    return (
        FrameworkVersion.objects.filter(status=VersionStatus.DRAFT)
        .select_related("framework")
        .order_by("framework__code", "label")
    )


VERSION_KIND = Kind(
    label="frameworks.frameworkversion",
    describe=_describe,
    related=("framework",),
    field="framework_version",
    field_label=_("Criteria version to approve"),
    field_help=_(
        "A draft criteria version; an approving resolution on this item approves it when "
        "the minutes are certified."
    ),
    choices=_drafts,
    choice_label=lambda version: (
        f"{version.framework.code} {version.label} – {version.framework.name}"
    ),
    approvable=Approvable(
        take_effect=lambda version, actor: version_approve(version=version, actor=actor),
        in_effect=lambda version: version.status != VersionStatus.DRAFT,
    ),
)
