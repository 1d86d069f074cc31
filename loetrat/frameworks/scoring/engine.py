"""Scoring a whole version: each scored leaf by its scale, each parent by its aggregation.

Pure: no database. The tree comes from `frameworks.selectors.version_score_tree` (or is built
by hand in tests), and the result carries the version's label and rounding rule, so a stored
result can be recomputed and explained later."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

from loetrat.core.errors import DomainError

from .numbers import plain, round_score, to_decimal
from .scales import InputError, score_leaf


@dataclass(frozen=True)
class ScoreNode:
    code: str
    name_th: str = ""
    name_en: str = ""
    points: Decimal | None = None
    weight: Decimal | None = None
    aggregation: str = "sum"
    scale_type: str = "none"
    scale: dict = field(default_factory=dict)
    children: tuple[ScoreNode, ...] = ()


@dataclass(frozen=True)
class VersionTree:
    framework_code: str
    label: str
    rounding: str
    decimals: int
    roots: tuple[ScoreNode, ...]

    def walk(self):
        """Every node in reading order."""
        stack = list(reversed(self.roots))
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def scored_leaves(self) -> list[ScoreNode]:
        return [node for node in self.walk() if not node.children and node.scale_type != "none"]


@dataclass(frozen=True)
class NodeScore:
    code: str
    depth: int
    name_th: str
    name_en: str
    score: Decimal | None
    maximum: Decimal | None
    explanation_th: str
    explanation_en: str
    missing: bool = False


@dataclass(frozen=True)
class ScoreResult:
    framework_code: str
    version_label: str
    rounding: str
    decimals: int
    total: Decimal | None
    maximum: Decimal | None
    nodes: tuple[NodeScore, ...]

    def node(self, code: str) -> NodeScore:
        return next(node for node in self.nodes if node.code == code)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready, with decimals as text, for storing next to the rule version."""
        data = asdict(self)
        data["total"], data["maximum"] = plain(self.total), plain(self.maximum)
        for node in data["nodes"]:
            node["score"], node["maximum"] = plain(node["score"]), plain(node["maximum"])
        return data


class ScoreInputError(DomainError):
    """Some inputs cannot be scored; `problems` maps each criterion code to what is wrong."""

    status = 422

    def __init__(self, problems: dict[str, str]):
        super().__init__(
            "; ".join(f"{code}: {message}" for code, message in problems.items()),
            code="invalid_score_input",
        )
        self.problems = problems


AGGREGATION_TH = {"sum": "ผลรวม", "mean": "ค่าเฉลี่ย", "weighted_mean": "ค่าเฉลี่ยถ่วงน้ำหนัก"}
AGGREGATION_EN = {"sum": "sum", "mean": "mean", "weighted_mean": "weighted mean"}


class _Scorer:
    def __init__(self, tree: VersionTree, inputs: dict):
        self.tree, self.inputs = tree, inputs
        self.rows: list[NodeScore] = []
        self.problems: dict[str, str] = {}

    def round(self, value: Decimal) -> Decimal:
        return round_score(value, rounding=self.tree.rounding, decimals=self.tree.decimals)

    def leaf(self, node: ScoreNode, depth: int) -> tuple[Decimal, Decimal] | None:
        if node.scale_type == "none":
            self.rows.append(
                NodeScore(
                    node.code,
                    depth,
                    node.name_th,
                    node.name_en,
                    None,
                    None,
                    "ไม่คิดคะแนน",
                    "not scored",
                )
            )
            return None
        points = to_decimal(node.points) or Decimal(0)
        value = self.inputs.get(node.code)
        if value is None or value == "":
            self.rows.append(
                NodeScore(
                    node.code,
                    depth,
                    node.name_th,
                    node.name_en,
                    Decimal(0),
                    points,
                    "ไม่มีข้อมูล นับเป็น 0",
                    "no input, counted as 0",
                    missing=True,
                )
            )
            return Decimal(0), points
        try:
            raw, why_th, why_en = score_leaf(
                node.scale_type, points, node.scale, value, decimals=self.tree.decimals
            )
        except InputError as exc:
            self.problems[node.code] = str(exc)
            raw, why_th, why_en = Decimal(0), "", ""
        score = self.round(raw)
        if score != raw:
            why_th += f" ปัดเป็น {plain(score)}"
            why_en += f", rounded to {plain(score)}"
        self.rows.append(
            NodeScore(node.code, depth, node.name_th, node.name_en, score, points, why_th, why_en)
        )
        return score, points

    def node(self, node: ScoreNode, depth: int) -> tuple[Decimal, Decimal] | None:
        if not node.children:
            return self.leaf(node, depth)
        index = len(self.rows)
        self.rows.append(None)  # type: ignore[arg-type]  # filled once the children are known
        scored = []
        for child in node.children:
            result = self.node(child, depth + 1)
            if result is not None:
                scored.append((child, *result))
        if not scored:
            self.rows[index] = NodeScore(
                node.code, depth, node.name_th, node.name_en, None, None, "ไม่คิดคะแนน", "not scored"
            )
            return None
        if node.aggregation == "sum":
            weights = [Decimal(1)] * len(scored)
            divisor = Decimal(1)
        else:
            weights = [
                (to_decimal(child.weight) or Decimal(1))
                if node.aggregation == "weighted_mean"
                else Decimal(1)
                for child, _s, _m in scored
            ]
            divisor = sum(weights)
        score = self.round(
            sum(w * s for w, (_c, s, _m) in zip(weights, scored, strict=True)) / divisor
        )
        maximum = sum(w * m for w, (_c, _s, m) in zip(weights, scored, strict=True)) / divisor
        parts = " + ".join(
            (f"{plain(w)}×" if node.aggregation == "weighted_mean" else "") + f"{c.code} {plain(s)}"
            for w, (c, s, _m) in zip(weights, scored, strict=True)
        )
        self.rows[index] = NodeScore(
            node.code,
            depth,
            node.name_th,
            node.name_en,
            score,
            maximum,
            f"{AGGREGATION_TH[node.aggregation]}ของ {parts} = {plain(score)}",
            f"{AGGREGATION_EN[node.aggregation]} of {parts} = {plain(score)}",
        )
        return score, maximum


def score_version(version_tree: VersionTree, inputs: dict[str, Any]) -> ScoreResult:
    """Score every node of a version from `inputs` (criterion code → the scale's input).

    Scored criteria without an input count as 0 and are marked `missing`. Unusable inputs
    raise ScoreInputError listing every one. The total is the sum of the top-level nodes."""
    scorer = _Scorer(version_tree, dict(inputs or {}))
    results = [scorer.node(root, 0) for root in version_tree.roots]
    if scorer.problems:
        raise ScoreInputError(scorer.problems)
    scored = [result for result in results if result is not None]
    return ScoreResult(
        framework_code=version_tree.framework_code,
        version_label=version_tree.label,
        rounding=version_tree.rounding,
        decimals=version_tree.decimals,
        total=sum((s for s, _m in scored), Decimal(0)) if scored else None,
        maximum=sum((m for _s, m in scored), Decimal(0)) if scored else None,
        nodes=tuple(scorer.rows),
    )
