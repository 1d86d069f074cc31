from typing import Any

from ninja import Schema

from .common import ApprovalOut, Day


class FrameworkOut(Schema):
    id: int
    code: str
    kind: str
    name_th: str
    name_en: str
    description_th: str
    description_en: str


class VersionOut(Schema):
    id: int
    label: str
    status: str
    rounding: str
    decimals: int
    cloned_from: str | None = None
    notes: str
    approval: ApprovalOut | None = None

    @staticmethod
    def resolve_cloned_from(obj) -> str | None:
        if isinstance(obj, dict):
            return obj.get("cloned_from")
        return obj.cloned_from.label if obj.cloned_from_id else None


class FrameworkDetailOut(FrameworkOut):
    versions: list[VersionOut]


class VersionDetailOut(VersionOut):
    framework: FrameworkOut
    criteria: list[dict[str, Any]]


class CloneIn(Schema):
    label: str


class PaperApprovalIn(Schema):
    approving_resolution: str
    meeting_day: Day


class ScoreIn(Schema):
    inputs: dict[str, Any]


class NodeScoreOut(Schema):
    code: str
    depth: int
    name_th: str
    name_en: str
    score: str
    maximum: str
    explanation_th: str
    explanation_en: str
    missing: bool


class ScoreOut(Schema):
    framework_code: str
    version_label: str
    rounding: str
    decimals: int
    total: str
    maximum: str
    nodes: list[NodeScoreOut]
