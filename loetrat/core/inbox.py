"""A person's inbox: reading their notices, marking them read, and choosing which kinds reach
them by e-mail. Every function works on the person's own notices only; another person's notice
is not found."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from django.db import transaction
from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from .errors import DomainError
from .models import Notice, NoticePreference
from .notices import NoticeKind, Rendered, notice_kinds, render

LIST_FIELDS = ("id", "kind", "params", "url", "created_at", "read_at")


def notices_of(user, *, unread: bool = False) -> QuerySet[Notice]:
    """The person's notices, newest first, with only the columns a list shows."""
    qs = Notice.objects.filter(recipient=user).only(*LIST_FIELDS).order_by("-created_at", "-id")
    return qs.filter(read_at__isnull=True) if unread else qs


def unread_count(user) -> int:
    """How many of the person's notices are unread: one COUNT on the partial index."""
    if not getattr(user, "is_authenticated", False):
        return 0
    return Notice.objects.filter(recipient=user, read_at__isnull=True).count()


class InboxBadge:
    """The header's unread count, read when a page first shows it."""

    def __init__(self, user):
        self.user = user

    @cached_property
    def unread(self) -> int:
        return unread_count(self.user)


@dataclass(frozen=True)
class NoticeRow:
    notice: Notice
    text: Rendered

    @property
    def unread(self) -> bool:
        return self.notice.read_at is None


def rendered_rows(notices) -> list[NoticeRow]:
    """Notices with their text in the active language."""
    return [NoticeRow(notice, render(notice.kind, notice.params)) for notice in notices]


def notice_get_for(user, pk: int) -> Notice:
    """The person's own notice; 404 for a missing one and for anyone else's."""
    notice = Notice.objects.filter(recipient=user, pk=pk).first() if user.is_authenticated else None
    if notice is None:
        raise Http404
    return notice


def notice_mark_read(*, notice: Notice) -> Notice:
    """Mark the notice read (once: the first reading is kept)."""
    if notice.read_at is None:
        now = timezone.now()
        Notice.objects.filter(pk=notice.pk, read_at__isnull=True).update(read_at=now)
        notice.read_at = now
    return notice


def notices_mark_all_read(*, user) -> int:
    """Mark every unread notice of the person read; returns how many."""
    return Notice.objects.filter(recipient=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )


@dataclass(frozen=True)
class EmailChoice:
    kind: NoticeKind
    email: bool


def email_choices(user) -> list[EmailChoice]:
    """Every kind with whether it reaches the person by e-mail (their choice, or the default)."""
    chosen = dict(NoticePreference.objects.filter(user=user).values_list("kind", "email"))
    return [EmailChoice(kind, chosen.get(kind.key, kind.email)) for kind in notice_kinds()]


@transaction.atomic
def email_choices_save(*, user, email_kinds) -> list[EmailChoice]:
    """Keep the person's choice: the kinds in `email_kinds` by e-mail, the others only in the
    inbox. A key that names no kind is refused and nothing is saved."""
    known = {kind.key for kind in notice_kinds()}
    wanted = set(email_kinds)
    unknown = sorted(wanted - known)
    if unknown:
        raise DomainError(
            _("There is no kind of notice called “%(kind)s”.") % {"kind": unknown[0]},
            code="unknown_notice_kind",
            field="email_kinds",
        )
    NoticePreference.objects.bulk_create(
        [NoticePreference(user=user, kind=key, email=key in wanted) for key in sorted(known)],
        update_conflicts=True,
        unique_fields=["user", "kind"],
        update_fields=["email"],
    )
    return email_choices(user)
