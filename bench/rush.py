"""The deadline rush (`python -m bench --scenario rush`): on a throw-away PostgreSQL database,
N agencies at once create, save, upload, send, endorse and submit their applications through
/api/v1 against granian (2 workers, 2 threads each); then the latencies per operation beside
/healthz under the same server, and checks of what was stored."""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

from . import postgres
from .environment import configure
from .server import running_server

WORKERS = 2
THREADS = 2
OPERATION_ORDER = ["create", "create (retry)", "save", "upload", "send", "endorse", "submit"]


_EXCEPTION = re.compile(r"^([A-Za-z_][\w.]*(?:Error|Exception|Detected)): ?(.*)$")


def _exceptions(server_log: list[str]) -> dict[str, int]:
    """The exceptions that ended the server log's tracebacks, counted by type and message."""
    found = Counter(
        f"{match[1]}: {match[2][:100]}".rstrip(": ")
        for line in server_log
        if (match := _EXCEPTION.match(line))
    )
    return dict(found.most_common())


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run(options: argparse.Namespace, work_dir: Path) -> dict:
    """The scenario's results; {"skipped": why} when PostgreSQL cannot be used."""
    try:
        with postgres.throwaway_database(options.postgres) as database_url:
            return _run(options, work_dir, database_url)
    except postgres.Unavailable as exc:
        return {"skipped": str(exc)}


def _run(options: argparse.Namespace, work_dir: Path, database_url: str) -> dict:
    started = time.perf_counter()
    env = configure(work_dir, database_url)
    _say(f"rush: migrated a throw-away PostgreSQL database ({time.perf_counter() - started:.1f} s)")
    from django.db import connections

    from . import rush_client as client
    from .rush_checks import run_checks
    from .rush_data import generate_rush

    data = generate_rush(options.rush_agencies)
    connections.close_all()
    _say(f"rush: {len(data.agencies)} agencies with their people and tokens ({data.seconds} s)")
    log = work_dir / "granian-rush.log"
    with running_server(env, log, workers=WORKERS, threads=THREADS) as port:
        baseline = client.run_baseline(
            port, clients=options.rush_clients, seconds=options.rush_baseline_seconds
        )
        _say(f"rush: /healthz baseline {len(baseline)} requests; now the rush")
        outcomes, wall = client.run_rush(
            port,
            data.agencies,
            clients=options.rush_clients,
            saves=options.rush_saves,
            key_uploads=options.rush_key_uploads,
        )
    server_log = log.read_text(errors="replace").splitlines() if log.exists() else []
    requests = [request for outcome in outcomes for request in outcome.requests]
    error_counts = client.errors(requests)
    checks = run_checks(data.cycle_id, len(data.agencies), outcomes, error_counts)
    connections.close_all()
    failures = [outcome.failure for outcome in outcomes if outcome.failure]
    return {
        "database": "postgresql",
        "server": f"granian, {WORKERS} workers x {THREADS} threads",
        "agencies": len(data.agencies),
        "clients": options.rush_clients,
        "saves_per_agency": options.rush_saves,
        "uploads_with_idempotency_key": options.rush_key_uploads,
        "requests": len(requests),
        "errors": error_counts,
        "first_failures": failures[:5],
        "wall_seconds": round(wall, 1),
        "uploaded_mb": round(sum(o.uploaded for o in outcomes) / client.MB, 1),
        "baseline": {"target": "/healthz", **client.latencies(baseline)["healthz"]},
        "baseline_errors": client.errors(baseline),
        "operations": client.latencies(requests),
        "checks": checks,
        "setup_seconds": round(data.seconds, 1),
        # Transactions the database cancelled (deadlock, serialisation) that the service ran
        # again (loetrat.core.db.retry_on_conflict logs each), and the server's error lines.
        "retried_transactions": sum("retrying " in line for line in server_log),
        "server_log_errors": sum("Traceback" in line for line in server_log),
        "server_exceptions": _exceptions(server_log),
    }


def format_rush(result: dict) -> str:
    if "skipped" in result or "failed" in result:
        return f"deadline rush: {'skipped' if 'skipped' in result else 'failed'}: " + str(
            result.get("skipped") or result.get("failed")
        )
    base = result["baseline"]
    lines = [
        f"deadline rush on PostgreSQL: {result['agencies']} agencies, {result['clients']} "
        f"clients, {result['server']}",
        f"{result['requests']} requests in {result['wall_seconds']:.1f} s "
        f"({result['requests'] / max(result['wall_seconds'], 0.001):.0f} req/s), "
        f"{result['uploaded_mb']:.0f} MB uploaded, "
        f"{sum(result['errors'].values())} errors",
        f"{result['retried_transactions']} transactions retried after a deadlock, "
        f"{result['server_log_errors']} tracebacks in the server log",
        "",
        f"{'operation':<18} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8} {'p50 vs healthz':>15}",
    ]
    lines.append("-" * len(lines[-1]))
    rows = [("healthz (baseline)", base)] + [
        (name, result["operations"][name])
        for name in OPERATION_ORDER
        if name in result["operations"]
    ]
    for name, row in rows:
        ratio = row["p50_ms"] / base["p50_ms"] if base["p50_ms"] else 0.0
        lines.append(
            f"{name:<18} {row['requests']:>8} {row['p50_ms']:>8.1f} {row['p95_ms']:>8.1f} "
            f"{ratio:>14.1f}x"
        )
    if result["errors"]:
        lines.append(f"errors by operation and status: {result['errors']}")
    for failure in result["first_failures"]:
        lines.append(f"  e.g. {failure[:160]}")
    for exception, count in result["server_exceptions"].items():
        lines.append(f"  server log: {count} x {exception}")
    lines.append("")
    for name, check in result["checks"].items():
        lines.append(f"{'PASS' if check['passed'] else 'FAIL'}  {name}: {check['found']}")
    return "\n".join(lines)


def failed(result: dict) -> bool:
    """True when the rush ran and a check failed, or it crashed; a skipped rush has not failed."""
    if "failed" in result:
        return True
    return any(not check["passed"] for check in result.get("checks", {}).values())
