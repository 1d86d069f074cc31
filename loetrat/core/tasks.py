"""Background work of core: the e-mail of notices, sent after the change commits."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from .models import Notice
from .notices import render


def notice_email(notice: Notice) -> EmailMessage:
    """The e-mail of one notice, in its recipient's language, with links to the site."""
    user = notice.recipient
    language = user.language or settings.LANGUAGE_CODE
    rendered = render(notice.kind, notice.params, language)
    with translation.override(language):
        body = render_to_string(
            "core/email/notice.txt",
            {
                "user": user,
                "notice": rendered,
                "link": settings.SITE_URL + notice.url,
                "inbox": settings.SITE_URL + reverse("inbox:list"),
                "preferences": settings.SITE_URL + reverse("inbox:preferences"),
            },
        )
    return EmailMessage(rendered.subject, body, None, [user.email])


@task()
def notices_email(notice_ids: list[int]) -> int:
    """E-mail the notices not e-mailed yet to their active recipients with an address; returns
    how many were sent. Each is marked as it leaves, so running it again sends nothing twice."""
    notices = Notice.objects.filter(pk__in=notice_ids, emailed_at__isnull=True).select_related(
        "recipient"
    )
    sent = 0
    with get_connection() as connection:
        for notice in notices.order_by("pk"):
            if not notice.recipient.is_active or not notice.recipient.email:
                continue
            connection.send_messages([notice_email(notice)])
            Notice.objects.filter(pk=notice.pk).update(emailed_at=timezone.now())
            sent += 1
    return sent
