"""Creating frameworks and versions and moving versions through their life: draft → approved
(frozen) → retired, through core's transition helper. A draft is approved only through core's
approval registry (see apps.py). Every change is audited."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from loetrat.core.approvals import approval_record_on_paper
from loetrat.core.audit import audit_record, snapshot
from loetrat.core.errors import ConflictError, DomainError
from loetrat.core.transitions import StateMachine, transition

from ..documents import FRAMEWORK_CODE_PATTERN, parse_document
from ..enums import VERSION_TRANSITIONS, VersionAction, VersionStatus
from ..models import Framework, FrameworkVersion
from .tree import copy_nodes, create_tree

FRAMEWORK_FIELDS = ["code", "name_th", "name_en", "description_th", "description_en", "kind"]
VERSION_FIELDS = ["framework", "label", "status", "rounding", "decimals", "cloned_from", "notes"]


def frozen_error(version: FrameworkVersion) -> DomainError:
    return DomainError(
        _("Version %(label)s is %(status)s and can no longer be changed; clone it to a new draft.")
        % {"label": version.label, "status": version.get_status_display()},
        code="version_frozen",
    )


def lock_draft(version: FrameworkVersion) -> FrameworkVersion:
    """The version's row, locked; refuses with `version_frozen` unless it is a draft."""
    version = (
        FrameworkVersion.objects.select_for_update(of=("self",))
        .select_related("framework")
        .get(pk=version.pk)
    )
    if version.status != VersionStatus.DRAFT:
        raise frozen_error(version)
    return version


VERSION_MACHINE = StateMachine(
    model=FrameworkVersion,
    transitions=VERSION_TRANSITIONS,
    audit_prefix="frameworks.version",
    related=("framework",),
    audit_verbs={VersionAction.APPROVE: "approved", VersionAction.RETIRE: "retired"},
    refusal=lambda version, action: (
        frozen_error(version)
        if action == VersionAction.APPROVE
        else ConflictError(
            _("A %(status)s version cannot be retired.")
            % {"status": version.get_status_display().lower()},
            code="invalid_transition",
        )
    ),
)


@transaction.atomic
def framework_create(
    *,
    actor,
    code: str,
    name_th: str,
    name_en: str = "",
    description_th: str = "",
    description_en: str = "",
    kind: str = "other",
) -> Framework:
    """Create a framework (the family of criteria); its criteria come in versions."""
    code = code.strip()
    if not FRAMEWORK_CODE_PATTERN.match(code):
        raise DomainError(
            _("The code must be 1–64 letters, digits, dots, dashes or underscores."), field="code"
        )
    if Framework.objects.filter(code=code).exists():
        raise ConflictError(
            _("The code %(code)s is already used by another framework.") % {"code": code},
            code="duplicate_code",
            field="code",
        )
    framework = Framework(
        code=code,
        name_th=name_th,
        name_en=name_en,
        description_th=description_th,
        description_en=description_en,
        kind=kind,
    )
    framework.full_clean()
    framework.save()
    audit_record(
        actor=actor,
        action="frameworks.framework.created",
        target=framework,
        after=snapshot(framework, FRAMEWORK_FIELDS),
    )
    return framework


def _check_label(framework: Framework, label: str) -> str:
    label = (label or "").strip()
    if not label or len(label) > 32:
        raise DomainError(_("Give a label of up to 32 characters, e.g. 2567."), field="label")
    if framework.versions.filter(label=label).exists():
        raise ConflictError(
            _("%(framework)s already has a version %(label)s.")
            % {"framework": framework.code, "label": label},
            code="duplicate_label",
            field="label",
        )
    return label


@transaction.atomic
def version_create(
    *,
    framework: Framework,
    label: str,
    actor,
    rounding: str = "half_up",
    decimals: int = 0,
    notes: str = "",
) -> FrameworkVersion:
    """Start an empty draft version of a framework."""
    version = FrameworkVersion(
        framework=framework,
        label=_check_label(framework, label),
        rounding=rounding,
        decimals=decimals,
        notes=notes,
    )
    version.full_clean()
    version.save()
    audit_record(
        actor=actor,
        action="frameworks.version.created",
        target=version,
        after=snapshot(version, VERSION_FIELDS),
    )
    return version


@transaction.atomic
def version_clone(*, version: FrameworkVersion, label: str, actor) -> FrameworkVersion:
    """Deep-copy a version (any status) into a new draft that remembers where it came from."""
    source = FrameworkVersion.objects.select_related("framework").get(pk=version.pk)
    clone = FrameworkVersion.objects.create(
        framework=source.framework,
        label=_check_label(source.framework, label),
        rounding=source.rounding,
        decimals=source.decimals,
        notes=source.notes,
        cloned_from=source,
    )
    count = create_tree(clone, copy_nodes(list(source.criteria.order_by("path"))))
    audit_record(
        actor=actor,
        action="frameworks.version.cloned",
        target=clone,
        before={"cloned_from": source.label},
        after={**snapshot(clone, VERSION_FIELDS), "criteria": count},
    )
    return clone


def version_problems(version: FrameworkVersion) -> list:
    """Everything that stops a version from being approved (the same checks as an import)."""
    from ..selectors import version_document

    _parsed, problems = parse_document(version_document(version))
    return problems


def version_approve(*, version: FrameworkVersion, actor) -> FrameworkVersion:
    """Freeze a draft: what approving it does. Called only through the approval registry (by
    a resolution, or an approval given on paper before the gate), which records who approved
    it; refuses a version without criteria or with an invalid scale."""

    def check(locked, _new_status):
        problems = version_problems(locked)
        if problems:
            raise DomainError(
                _("The version cannot be approved yet: %(problems)s")
                % {"problems": "; ".join(str(problem) for problem in problems[:10])},
                code="version_invalid",
            )

    return transition(
        VERSION_MACHINE, version, action=VersionAction.APPROVE, actor=actor, check=check
    )


def version_record_paper_approval(
    *, version: FrameworkVersion, actor, approving_resolution: str, meeting_day
) -> FrameworkVersion:
    """Record that a committee approved this draft on paper, at a meeting held before the
    approval gate; later approvals come only from a resolution recorded in Loetrat."""
    approval_record_on_paper(
        target=version, actor=actor, reference_th=approving_resolution, meeting_day=meeting_day
    )
    version.refresh_from_db()
    return version


def version_retire(*, version: FrameworkVersion, actor, reason: str = "") -> FrameworkVersion:
    """Retire an approved version: it stays readable (and scores stored against it stay
    explainable) but is no longer offered for new assessments."""
    return transition(
        VERSION_MACHINE,
        version,
        action=VersionAction.RETIRE,
        actor=actor,
        reason=reason,
        changes={"retired_at": timezone.now()},
    )
