"""E-mail about an application's progress, sent by a background task after the change commits."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from loetrat.organizations.enums import Role
from loetrat.organizations.models import Membership

from ..enums import ApplicationAction

# Who hears about each action: the agency head is asked to endorse; coordinators hear back.
RECIPIENT_ROLES = {
    ApplicationAction.SEND: Role.AGENCY_HEAD,
    ApplicationAction.ENDORSE: Role.AGENCY_COORDINATOR,
    ApplicationAction.RETURN: Role.AGENCY_COORDINATOR,
    ApplicationAction.SCREEN_OUT: Role.AGENCY_COORDINATOR,
    ApplicationAction.REINSTATE: Role.AGENCY_COORDINATOR,
}


def _subject(action: str, application) -> str:
    subjects = {
        ApplicationAction.SEND: _("Please endorse the award application “%(title)s”"),
        ApplicationAction.ENDORSE: _("The award application “%(title)s” was endorsed"),
        ApplicationAction.RETURN: _("The award application “%(title)s” was returned"),
        ApplicationAction.SCREEN_OUT: _("The award application “%(title)s” was screened out"),
        ApplicationAction.REINSTATE: _("The award application “%(title)s” was reinstated"),
    }
    return subjects[action] % {"title": application.title_th}


@task()
def application_notify(application_id: int, action: str) -> int:
    """Mail the people who must act or know; returns how many were written to."""
    from ..models import Application

    role = RECIPIENT_ROLES.get(action)
    application = (
        Application.objects.select_related("organization").filter(pk=application_id).first()
    )
    if role is None or application is None:
        return 0
    people = (
        Membership.objects.current()
        .filter(organization_id=application.organization_id, role=role, user__is_active=True)
        .exclude(user__email="")
        .select_related("user")
    )
    sent = 0
    for membership in people:
        user = membership.user
        with translation.override(getattr(user, "language", "") or settings.LANGUAGE_CODE):
            site = settings.SITE_URL
            link = site.rstrip("/") + reverse("awards:application_detail", args=[application.pk])
            body = _(
                "%(organization)s: %(title)s\n\n%(what)s\n%(reason)s\nOpen the application: "
                "%(link)s\n"
            ) % {
                "organization": application.organization.name,
                "title": application.title_th,
                "what": _subject(action, application),
                "reason": (_("Reason: %(reason)s") % {"reason": application.state_reason})
                if application.state_reason
                else "",
                "link": link,
            }
            send_mail(_subject(action, application), body, None, [user.email])
        sent += 1
    return sent
