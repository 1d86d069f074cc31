"""Notices: what a person should know or do, in their inbox and, if they want it, by e-mail.

Apps register their kinds in `AppConfig.ready()`:

    register_notice_kind(NoticeKind(
        "awards.application.sent", _("An application awaits your endorsement"),
        subject=lambda p: _("Please endorse “%(title)s”") % p,
    ))

and call `notify(kind, recipients=..., params=..., url=...)` inside the transaction of the
change. A notice stores its kind and parameters, never text: the kind renders it in the
reader's language whenever it is shown or mailed. The e-mail is queued after commit, so a
change that rolls back leaves no notice and sends nothing."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.apps import apps
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .models import Notice, NoticePreference


@dataclass(frozen=True)
class NoticeKind:
    key: str  # "<app>.<object>.<event>": the app label comes first
    label: str  # what the preferences page calls it (a lazy translation)
    subject: Callable[[dict], str]  # called in the reader's language with the stored params
    body: Callable[[dict], str] = lambda params: ""
    email: bool = True  # e-mailed unless the person turns it off

    @property
    def group(self) -> str:
        """The module the kind belongs to, named as its app is."""
        label = self.key.split(".", 1)[0]
        try:
            return str(apps.get_app_config(label).verbose_name)
        except LookupError:
            return ""


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str


_kinds: dict[str, NoticeKind] = {}


def register_notice_kind(kind: NoticeKind) -> None:
    _kinds[kind.key] = kind


def notice_kind(key: str) -> NoticeKind | None:
    return _kinds.get(key)


def notice_kinds() -> list[NoticeKind]:
    """Every registered kind, by module and then key (the preferences page's order)."""
    return sorted(_kinds.values(), key=lambda kind: kind.key)


def render(kind_key: str, params: dict, language: str | None = None) -> Rendered:
    """The notice's subject and body in `language` (the active one when None). A kind no longer
    registered, or parameters it cannot read, still give a line saying a notice is there."""
    with translation.override(language or translation.get_language()):
        kind = _kinds.get(kind_key)
        try:
            if kind is not None:
                return Rendered(str(kind.subject(params)), str(kind.body(params)))
        except (KeyError, TypeError, ValueError):
            pass
        return Rendered(_("A notice (%(kind)s)") % {"kind": kind_key}, "")


def bilingual(params: dict, name: str) -> str:
    """`<name>_en` when the reader reads English and it is given, otherwise `<name>_th`: how a
    kind shows a name stored in both languages (an organisation, a committee)."""
    if translation.get_language() == "en" and params.get(f"{name}_en"):
        return params[f"{name}_en"]
    return params.get(f"{name}_th", "")


def _check(kind_key: str, params: dict, url: str) -> NoticeKind:
    kind = _kinds.get(kind_key)
    if kind is None:
        raise LookupError(f"No notice kind {kind_key!r} is registered.")
    if not url.startswith("/") or url.startswith("//"):
        raise ValueError(f"A notice links to a page of the site, not {url!r}.")
    json.dumps(params)  # TypeError now, rather than a broken row later
    return kind


def _day_start() -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(timezone.localdate(), datetime.time.min))


def _people(recipients: Iterable, actor) -> list:
    """Each active person once, in the order given, without the one who acted."""
    actor_id = getattr(actor, "pk", None)
    seen, people = set(), []
    for user in recipients:
        if user is None or user.pk in seen or user.pk == actor_id or not user.is_active:
            continue
        seen.add(user.pk)
        people.append(user)
    return people


def wants_email(users: list, kind: NoticeKind) -> set[int]:
    """The ids of the people among `users` who receive `kind` by e-mail (and have an address)."""
    choices = dict(
        NoticePreference.objects.filter(kind=kind.key, user__in=users).values_list(
            "user_id", "email"
        )
    )
    return {user.pk for user in users if user.email and choices.get(user.pk, kind.email)}


def notify(
    kind: str,
    *,
    recipients: Iterable,
    params: dict,
    url: str,
    actor=None,
    about: str = "",
    once_a_day: bool = False,
) -> list[Notice]:
    """Put a notice of `kind` in each recipient's inbox and queue the e-mails after commit.

    Recipients are taken once each; inactive people and the actor are left out. `params` are
    what the kind renders (JSON values); `url` the site path the notice opens. With
    `once_a_day`, a person who already has a notice of this kind `about` the same thing today
    is left out (reminders)."""
    from .tasks import notices_email

    notice_kind_ = _check(kind, params, url)
    people = _people(recipients, actor)
    if once_a_day and people:
        if not about:
            raise ValueError("A notice sent once a day says what it is about.")
        done = set(
            Notice.objects.filter(
                kind=kind, about=about, created_at__gte=_day_start(), recipient__in=people
            ).values_list("recipient_id", flat=True)
        )
        people = [user for user in people if user.pk not in done]
    if not people:
        return []
    now = timezone.now()
    notices = Notice.objects.bulk_create(
        Notice(
            recipient=user,
            kind=kind,
            params=params,
            url=url,
            about=about,
            actor=actor if getattr(actor, "pk", None) else None,
            created_at=now,
        )
        for user in people
    )
    mailed = wants_email(people, notice_kind_)
    ids = [notice.pk for notice in notices if notice.recipient_id in mailed]
    if ids:
        transaction.on_commit(lambda: notices_email.enqueue(ids))
    return notices
