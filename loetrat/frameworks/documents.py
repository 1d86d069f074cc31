"""The interchange form of a version: one JSON document with the framework, the version and
its nested criteria. Import, export, approval checks and diffs all work on this form.

    {"format": "loetrat.frameworks/1",
     "framework": {"code", "name_th", "name_en", "description_th", "description_en", "kind"},
     "version": {"label", "rounding", "decimals", "notes"},
     "criteria": [{"code", "name_th", "name_en", "guidance_th", "guidance_en", "points",
                   "weight", "aggregation", "scale_type", "scale": {...}, "children": [...]}]}

Points and weights are decimal text ("70", "12.5") or null; children are in reading order."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

from .enums import Aggregation, FrameworkKind, Rounding, ScaleType
from .scoring import canonical_scale, plain, to_decimal, validate_scale

DOCUMENT_FORMAT = "loetrat.frameworks/1"
CODE_PATTERN = re.compile(r"^[\w.\-]{1,32}$")
FRAMEWORK_CODE_PATTERN = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")
TEXT_FIELDS = ("name_th", "name_en", "guidance_th", "guidance_en")
CRITERION_FIELDS = (
    "code",
    *TEXT_FIELDS,
    "points",
    "weight",
    "aggregation",
    "scale_type",
    "scale",
    "children",
)
SEPARATOR = " › "


@dataclass
class Problem:
    """One thing to fix, located in the tree ("7 › 7.2 › levels") and, for workbooks, by sheet
    and row."""

    location: str
    message: str
    sheet: str = ""
    row: int | None = None

    def __str__(self):
        where = ""
        if self.sheet and self.row:
            where = _("Sheet %(sheet)s, row %(row)s: ") % {"sheet": self.sheet, "row": self.row}
        return f"{where}{self.location}: {self.message}" if self.location else where + self.message

    def as_dict(self) -> dict:
        return {
            "location": self.location,
            "message": self.message,
            "sheet": self.sheet,
            "row": self.row,
        }


@dataclass
class ParsedCriterion:
    code: str
    parent_code: str | None
    position: int
    trail: list[str]
    name_th: str = ""
    name_en: str = ""
    guidance_th: str = ""
    guidance_en: str = ""
    points: Decimal | None = None
    weight: Decimal | None = None
    aggregation: str = Aggregation.SUM
    scale_type: str = ScaleType.NONE
    scale: dict = field(default_factory=dict)
    children: list[ParsedCriterion] = field(default_factory=list)


@dataclass
class ParsedDocument:
    framework: dict
    version: dict
    criteria: list[ParsedCriterion]  # every node, parents before children


def _text(data: dict, name: str, limit: int) -> tuple[str, str | None]:
    value = data.get(name)
    value = "" if value is None else str(value).strip()
    if len(value) > limit:
        return value, _("%(field)s is longer than %(limit)s characters.") % {
            "field": name,
            "limit": limit,
        }
    return value, None


def _number(value, name: str, places: int, *, positive: bool = False):
    if value is None or value == "":
        return None, None
    number = to_decimal(value)
    if number is None or number < 0 or (positive and number == 0) or number >= 10**8:
        return None, _("%(field)s must be a number of zero or more (or empty).") % {"field": name}
    if number != round(number, places):
        return None, _("%(field)s has more than %(places)s decimal places.") % {
            "field": name,
            "places": places,
        }
    return number, None


class _Parser:
    def __init__(self, locate=None):
        self.problems: list[Problem] = []
        self.nodes: list[ParsedCriterion] = []
        self.codes: set[str] = set()
        self.locate = locate or (lambda code, part: ("", None))

    def add(self, trail: list[str], message: str, part: str = "") -> None:
        code = trail[-1] if trail else ""
        sheet, row = self.locate(code, part)
        location = SEPARATOR.join(trail + ([part] if part else []))
        self.problems.append(Problem(location, message, sheet, row))

    def criterion(self, data, parent: ParsedCriterion | None, position: int) -> None:
        trail = [*(parent.trail if parent else [])]
        if not isinstance(data, dict):
            self.add(trail, _("Each criterion must be an object."))
            return
        code = str(data.get("code") or "").strip()
        trail.append(code or "?")
        node = ParsedCriterion(code, parent.code if parent else None, position, trail)
        unknown = sorted(set(data) - set(CRITERION_FIELDS))
        if unknown:
            self.add(trail, _("Unknown fields: %(fields)s.") % {"fields": ", ".join(unknown)})
        if not CODE_PATTERN.match(code):
            self.add(trail, _("The code must be 1–32 letters, digits, dots or dashes."))
        elif code in self.codes:
            self.add(trail, _("The code %(code)s is used twice.") % {"code": code})
        self.codes.add(code)
        for name in TEXT_FIELDS:
            value, problem = _text(data, name, 500 if name.startswith("name") else 20000)
            setattr(node, name, value)
            if problem:
                self.add(trail, problem)
        if not node.name_th:
            self.add(trail, _("A Thai name (name_th) is required."))
        node.points, problem = _number(data.get("points"), "points", 2)
        if problem:
            self.add(trail, problem)
        node.weight, problem = _number(data.get("weight"), "weight", 4, positive=True)
        if problem:
            self.add(trail, problem)
        node.aggregation = data.get("aggregation") or Aggregation.SUM
        if node.aggregation not in Aggregation.values:
            self.add(
                trail,
                _("aggregation must be one of: %(values)s.")
                % {"values": ", ".join(Aggregation.values)},
            )
        node.scale_type = data.get("scale_type") or ScaleType.NONE
        node.scale = canonical_scale(node.scale_type, data.get("scale") or {})
        children = data.get("children") or []
        if not isinstance(children, list):
            self.add(trail, _("children must be a list."))
            children = []
        if children and node.scale_type != ScaleType.NONE:
            self.add(
                trail,
                _("A criterion with sub-criteria is scored from them; set its scale_type to none."),
            )
        elif node.scale_type not in ScaleType.values or not children:
            for part, message in validate_scale(node.scale_type, node.scale, node.points):
                self.add(trail, message, part)
        self.nodes.append(node)
        if parent is not None:
            parent.children.append(node)
        for index, child in enumerate(children, start=1):
            self.criterion(child, node, index)

    def check_maxima(self, node: ParsedCriterion) -> Decimal | None:
        """The most a node can score; a parent's stated points must agree with its children."""
        if not node.children:
            return node.points if node.scale_type != ScaleType.NONE else None
        maxima = [(child, self.check_maxima(child)) for child in node.children]
        maxima = [(child, value) for child, value in maxima if value is not None]
        if not maxima or any(value is None for _c, value in maxima):
            return None
        if node.aggregation == Aggregation.SUM:
            total = sum(value for _c, value in maxima)
        else:
            weighted = node.aggregation == Aggregation.WEIGHTED_MEAN
            if weighted and any(child.weight is None for child, _v in maxima):
                self.add(
                    node.trail, _("A weighted mean needs a weight on every scored sub-criterion.")
                )
                return None
            weights = [child.weight if weighted else Decimal(1) for child, _v in maxima]
            total = sum(w * v for w, (_c, v) in zip(weights, maxima, strict=True)) / sum(weights)
        if node.points is not None and node.points != total:
            self.add(
                node.trail,
                _("points is %(points)s but its sub-criteria give at most %(total)s.")
                % {"points": plain(node.points), "total": plain(round(total, 2))},
            )
        return total


def parse_document(document, *, locate=None) -> tuple[ParsedDocument | None, list[Problem]]:
    """Check a whole document; returns the parsed form only when there is no problem at all.

    `locate(code, part)` may give (sheet, row) for a criterion, so workbook imports can point
    at the row to fix."""
    parser = _Parser(locate)
    if not isinstance(document, dict):
        return None, [Problem("", _("The document must be a JSON object."))]
    if document.get("format", DOCUMENT_FORMAT) != DOCUMENT_FORMAT:
        parser.add([], _("Unknown format; expected %(format)s.") % {"format": DOCUMENT_FORMAT})
    framework = document.get("framework") if isinstance(document.get("framework"), dict) else {}
    version = document.get("version") if isinstance(document.get("version"), dict) else {}
    fw = {
        name: _text(framework, name, 20000)[0]
        for name in ("code", "name_th", "name_en", "description_th", "description_en")
    }
    fw["kind"] = framework.get("kind") or FrameworkKind.OTHER
    if not FRAMEWORK_CODE_PATTERN.match(fw["code"]):
        parser.add(
            ["framework"],
            _("The framework code must be 1–64 letters, digits, dots, dashes or underscores."),
        )
    if len(fw["name_th"]) > 255 or len(fw["name_en"]) > 255:
        parser.add(["framework"], _("Framework names are limited to 255 characters."))
    if fw["kind"] not in FrameworkKind.values:
        parser.add(
            ["framework"],
            _("kind must be one of: %(values)s.") % {"values": ", ".join(FrameworkKind.values)},
        )
    ver = {
        "label": _text(version, "label", 32)[0],
        "notes": _text(version, "notes", 20000)[0],
        "rounding": version.get("rounding") or Rounding.HALF_UP,
    }
    if not ver["label"] or len(ver["label"]) > 32:
        parser.add(["version"], _("A version label of up to 32 characters is required."))
    if ver["rounding"] not in Rounding.values:
        parser.add(
            ["version"],
            _("rounding must be one of: %(values)s.") % {"values": ", ".join(Rounding.values)},
        )
    decimals = to_decimal(version.get("decimals", 0))
    if decimals is None or decimals not in (0, 1, 2):
        parser.add(["version"], _("decimals must be 0, 1 or 2."))
    ver["decimals"] = int(decimals) if decimals in (0, 1, 2) else 0
    criteria = document.get("criteria")
    if not isinstance(criteria, list) or not criteria:
        parser.add([], _("The document has no criteria."))
        criteria = []
    for index, data in enumerate(criteria, start=1):
        parser.criterion(data, None, index)
    for node in parser.nodes:
        if node.parent_code is None:
            parser.check_maxima(node)
    if parser.problems:
        return None, parser.problems
    return ParsedDocument(fw, ver, parser.nodes), []


def node_document(node) -> dict:
    """One criterion (model or ParsedCriterion) as a document entry, without children."""
    return {
        "code": node.code,
        **{name: getattr(node, name) for name in TEXT_FIELDS},
        "points": plain(node.points) if node.points is not None else None,
        "weight": plain(node.weight) if node.weight is not None else None,
        "aggregation": node.aggregation,
        "scale_type": node.scale_type,
        "scale": node.scale,
        "children": [],
    }
