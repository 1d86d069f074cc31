"""Pure scoring of criteria versions: scales, aggregation and rounding, no database.

`score_version(version_tree, inputs)` is the entry point; `validate_scale` and
`canonical_scale` are what services use before storing a criterion's scale."""

from .canonical import canonical_scale, list_key
from .defaults import DEFAULT_MATURITY_LEVELS, DEFAULT_PERCENT_BANDS, DEFAULT_RESULT_BANDS
from .engine import (
    NodeScore,
    ScoreInputError,
    ScoreNode,
    ScoreResult,
    VersionTree,
    score_version,
)
from .numbers import plain, round_score, to_decimal
from .scales import InputError, score_leaf
from .validation import SCALE_TYPES, maturity_maxima, validate_scale

__all__ = [
    "DEFAULT_MATURITY_LEVELS",
    "DEFAULT_PERCENT_BANDS",
    "DEFAULT_RESULT_BANDS",
    "SCALE_TYPES",
    "InputError",
    "NodeScore",
    "ScoreInputError",
    "ScoreNode",
    "ScoreResult",
    "VersionTree",
    "canonical_scale",
    "list_key",
    "maturity_maxima",
    "plain",
    "round_score",
    "score_leaf",
    "score_version",
    "to_decimal",
    "validate_scale",
]
