"""The results: a table for people and bench/results/latest.json for tools."""

from __future__ import annotations

import json
from pathlib import Path

RESULTS_DIR = Path(__file__).resolve().parent / "results"

HEADER = (
    f"{'target':<26} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'vs baseline':>12} {'queries':>8}"
)


def format_table(rows: list[dict]) -> str:
    lines = [HEADER, "-" * len(HEADER)]
    for row in rows:
        load = row["load"]
        ratio = row["vs_baseline"]
        line = (
            f"{row['target']:<26} {load['requests_per_second']:>8.0f} {load['p50_ms']:>8.1f} "
            f"{load['p99_ms']:>8.1f} {ratio:>11.2f}x {row['queries']:>8}"
        )
        problems = []
        if load["non_ok"]:
            problems.append(f"{load['non_ok']} non-200")
        if load["errors"]:
            problems.append(f"{load['errors']} errors")
        lines.append(line + (f"  ({', '.join(problems)})" if problems else ""))
    return "\n".join(lines)


def write_json(report: dict, path: Path | None = None) -> Path:
    path = path or RESULTS_DIR / "latest.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
