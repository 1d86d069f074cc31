"""The canonical shape of each scale's JSON: the same keys in the same order, numbers as JSON
numbers, text as text. Every write stores this shape, so export and import are exact inverses."""

from __future__ import annotations

from .numbers import json_number

ITEM_FIELDS = {
    "percent_band": (
        "bands",
        (
            ("key", str),
            ("min_percent", float),
            ("max_percent", float),
            ("label_th", str),
            ("label_en", str),
            ("descriptor_th", str),
            ("descriptor_en", str),
        ),
    ),
    "ordinal": (
        "levels",
        (
            ("key", str),
            ("label_th", str),
            ("label_en", str),
            ("descriptor_th", str),
            ("descriptor_en", str),
        ),
    ),
    "maturity": (
        "levels",
        (("key", str), ("label_th", str), ("label_en", str), ("max_points", float)),
    ),
    "results": (
        "bands",
        (
            ("key", str),
            ("label_th", str),
            ("label_en", str),
            ("up_to_percent", float),
            ("points", float),
        ),
    ),
}

PRACTICE_FIELDS = ("code", "text_th", "text_en")

# Scalar parameters a scale may carry, with their defaults (results only, for now).
PARAMETERS = {
    "results": {
        "direction": "higher",
        "below": "proportional",
        "target": None,
        "unit": "",
        "indicator_th": "",
        "indicator_en": "",
    }
}
NUMERIC_PARAMETERS = {"target"}


def list_key(scale_type: str) -> str | None:
    """The name of the scale's list of levels or bands ("levels", "bands"), if it has one."""
    entry = ITEM_FIELDS.get(scale_type)
    return entry[0] if entry else None


def _value(value, kind):
    if kind is str:
        return "" if value is None else str(value).strip()
    number = json_number(value)
    return number if number is not None or value in (None, "") else value


def canonical_item(scale_type: str, item) -> dict:
    if not isinstance(item, dict):
        return item
    _, fields = ITEM_FIELDS[scale_type]
    data = {name: _value(item.get(name), kind) for name, kind in fields}
    if scale_type == "maturity":
        practices = item.get("practices") or []
        data["practices"] = [
            {name: _value(p.get(name), str) for name in PRACTICE_FIELDS}
            if isinstance(p, dict)
            else p
            for p in (practices if isinstance(practices, list) else [practices])
        ]
    for name in item:
        if name not in data:
            data[name] = item[name]  # unknown keys survive so that validation can name them
    return data


def canonical_scale(scale_type: str, scale) -> dict:
    """The scale in canonical form; anything malformed is kept as it is for validation to
    report. Unknown keys are kept too (validation refuses them)."""
    if not isinstance(scale, dict):
        return scale
    result: dict = {}
    for name, default in PARAMETERS.get(scale_type, {}).items():
        raw = scale.get(name, default)
        if name in NUMERIC_PARAMETERS:
            result[name] = _value(raw, float)
        else:
            result[name] = default if raw in (None, "") else str(raw).strip()
    key = list_key(scale_type)
    if key and key in scale:
        items = scale[key]
        result[key] = (
            [canonical_item(scale_type, item) for item in items]
            if isinstance(items, list)
            else items
        )
    for name, value in scale.items():
        if name not in result:
            result[name] = value
    return result
