"""What takes effect by resolution, and what approving it does. Meetings come after the domain
apps in the layers, so the registrations live here and call those apps' services."""

from .services.approvals import register_approvable


def _approve_framework_version(version, resolution, actor) -> None:
    from django.utils import translation

    from loetrat.frameworks.services import version_approve

    with translation.override("th"):  # the record is kept in Thai, whoever certifies
        reference = str(resolution)
    version_approve(version=version, actor=actor, approving_resolution=reference)


def _framework_version_in_effect(version) -> bool:
    return version.status != "draft"


def register_all() -> None:
    register_approvable(
        "frameworks.frameworkversion", _approve_framework_version, _framework_version_in_effect
    )
