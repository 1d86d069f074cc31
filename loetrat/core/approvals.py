"""Approvals: the one place that records that an object takes effect, and the reads of it.

A committee's resolution (the meetings app) and an approval given on paper before the gate (the
owning app's own page) both end in `approval_grant`, which checks the object's kind takes
effect by resolution and is not in effect yet, stores the row, runs the kind's `take_effect`
and audits, in one transaction."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Model
from django.utils.translation import gettext as _

from .audit import audit_record
from .errors import ConflictError, DomainError
from .kinds import describe_pairs, kind_of
from .models import Approval
from .thai import format_date


def _stored(target: Model) -> Model:
    return type(target)._default_manager.select_for_update().get(pk=target.pk)


def is_in_effect(target: Model) -> bool:
    """Approved (a row exists) or in effect some other way the kind knows of."""
    kind = kind_of(target)
    if kind is not None and kind.approvable is not None and kind.approvable.in_effect(target):
        return True
    return Approval.objects.filter(
        content_type=ContentType.objects.get_for_model(target), object_id=target.pk
    ).exists()


@transaction.atomic
def approval_grant(
    *,
    target: Model,
    actor,
    reference_th: str,
    decided_on: datetime.date | None = None,
    source: Model | None = None,
    organization_id: int | None = None,
) -> Approval:
    """Make `target` take effect: by `source` (the approving resolution) or, without one, by an
    approval given on paper that `reference_th` cites. Refuses kinds that do not take effect by
    resolution and objects already in effect; the kind's `take_effect` may refuse too (e.g. a
    version with invalid criteria), and then nothing is stored."""
    target = _stored(target)
    kind = kind_of(target)
    if kind is None or kind.approvable is None:
        raise DomainError(
            _("%(what)s does not take effect by resolution.") % {"what": target._meta.verbose_name},
            code="not_approvable",
        )
    if is_in_effect(target):
        raise ConflictError(
            _("%(target)s is already approved.") % {"target": target}, code="already_approved"
        )
    reference = (reference_th or "").strip()
    if not reference:
        raise DomainError(
            _("Give the resolution that approved it, e.g. the meeting and item."),
            code="resolution_required",
            field="approving_resolution",
        )
    approval = Approval.objects.create(
        content_type=ContentType.objects.get_for_model(target),
        object_id=target.pk,
        target_label=str(target)[:300],
        source_type=ContentType.objects.get_for_model(source) if source is not None else None,
        source_id=source.pk if source is not None else None,
        reference_th=reference[:500],
        decided_on=decided_on,
        approved_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    kind.approvable.take_effect(target, actor)
    audit_record(
        actor=actor,
        action="core.approval.granted",
        target=target,
        organization_id=organization_id,
        after={
            "approved_by": approval.reference_th,
            "decided_on": decided_on,
            "source": f"{approval.source_type.model} {source.pk}" if source is not None else "",
        },
    )
    return approval


def approval_record_on_paper(
    *, target: Model, actor, reference_th: str, meeting_day: datetime.date | None
) -> Approval:
    """Record that a committee approved `target` on paper, at a meeting held before the approval
    gate (settings.LOETRAT_GATE_SINCE). Later approvals come only from a resolution recorded in
    Loetrat; `approval_by_resolution_only` says so."""
    since = settings.LOETRAT_GATE_SINCE
    if meeting_day is None:
        raise DomainError(
            _("Give the date of the meeting that approved it."),
            code="meeting_day_required",
            field="meeting_day",
        )
    if meeting_day >= since:
        raise ConflictError(
            _(
                "Since %(since)s this takes effect only by a resolution recorded in Loetrat: "
                "put it on a meeting's agenda instead."
            )
            % {"since": format_date(since)},
            code="approval_by_resolution_only",
            field="meeting_day",
        )
    reference = (reference_th or "").strip()
    if reference:
        reference = f"{reference} ({format_date(meeting_day, lang='th')})"
    return approval_grant(
        target=target, actor=actor, reference_th=reference, decided_on=meeting_day
    )


def approval_of(target: Model) -> Approval | None:
    """The approval that made this object take effect, if one was recorded."""
    return (
        Approval.objects.select_related("approved_by")
        .filter(content_type=ContentType.objects.get_for_model(target), object_id=target.pk)
        .first()
    )


def approvals_of(targets: Iterable[Model]) -> dict[int, Approval]:
    """Approvals of objects of one model, keyed by the object's key, in one query."""
    targets = list(targets)
    if not targets:
        return {}
    content_type = ContentType.objects.get_for_model(targets[0])
    rows = Approval.objects.select_related("approved_by").filter(
        content_type=content_type, object_id__in=[target.pk for target in targets]
    )
    return {row.object_id: row for row in rows}


def approvals_by_sources(sources: Iterable[Model], user) -> dict[int, list[Approval]]:
    """What each source (a resolution) approved, keyed by the source's key, each approval with
    `.link` (what was approved, described for `user`); two queries per kind at most."""
    sources = list(sources)
    result: dict[int, list[Approval]] = {source.pk: [] for source in sources}
    if not sources:
        return result
    rows = list(
        Approval.objects.filter(
            source_type=ContentType.objects.get_for_model(sources[0]),
            source_id__in=list(result),
        ).order_by("pk")
    )
    links = describe_pairs({(row.content_type_id, row.object_id) for row in rows}, user)
    for row in rows:
        row.link = links.get((row.content_type_id, row.object_id))
        result[row.source_id].append(row)
    return result


@dataclass(frozen=True)
class ApprovalView:
    """An approval as an object's page shows it: the resolution, named in the active language
    with the address of its page when it was recorded in Loetrat (and the person may open it),
    or as cited in Thai (`cited_in_thai`) when it was given on paper."""

    reference: str
    url: str
    decided_on: datetime.date | None
    approved_at: datetime.datetime
    approved_by: str
    source_kind: str  # "meetings.resolution", or "" for an approval given on paper
    source_id: int | None
    cited_in_thai: bool = False


def approvals_view(targets: Iterable[Model], user) -> dict[int, ApprovalView]:
    """ApprovalViews of objects of one model, keyed by the object's key: one query for the
    approvals (with who recorded them) and one per kind of source."""
    approvals = approvals_of(targets)
    sources = describe_pairs(
        {(row.source_type_id, row.source_id) for row in approvals.values() if row.source_type_id},
        user,
    )
    views = {}
    for object_id, row in approvals.items():
        source = sources.get((row.source_type_id, row.source_id))
        recorder = row.approved_by
        views[object_id] = ApprovalView(
            reference=source.label if source else row.reference_th,
            cited_in_thai=source is None,
            url=source.url if source else "",
            decided_on=row.decided_on,
            approved_at=row.approved_at,
            approved_by=(recorder.get_full_name() or recorder.get_username()) if recorder else "",
            source_kind=source.kind if source else "",
            source_id=row.source_id,
        )
    return views


def approval_view(target: Model, user) -> ApprovalView | None:
    return approvals_view([target], user).get(target.pk)
