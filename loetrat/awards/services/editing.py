"""Shared checks for the services that change an application's content."""

from __future__ import annotations

from django.utils.translation import gettext as _

from loetrat.core.errors import ConflictError, PermissionDeniedError

from ..enums import EDITABLE_STATES
from ..models import Application
from .extensions import refuse_after_deadline


def lock_application(application) -> Application:
    """The application's row, locked for this transaction, with what the checks need."""
    return (
        Application.objects.select_for_update(of=("self",))
        .select_related("award_type", "cycle", "organization")
        .get(pk=application.pk)
    )


def ensure_editable(application, actor, *, doing: str) -> None:
    """Raise unless `actor` may change the content now (role, state and deadline)."""
    if not actor.has_perm("awards.edit_application", application):
        raise PermissionDeniedError(
            _("Only the agency's coordinators may change this application.")
        )
    if application.state not in EDITABLE_STATES:
        raise ConflictError(
            _("An application that is %(state)s cannot be changed.")
            % {"state": application.get_state_display().lower()},
            code="not_editable",
        )
    refuse_after_deadline(application, doing=doing)
