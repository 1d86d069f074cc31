"""`python -m bench`: generate national-scale data in a throw-away database, serve it with
granian, load every target and report throughput, latency and SQL queries."""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import load, postgres, report, rush
from .environment import REPO_ROOT, configure
from .server import GRANIAN, running_server
from .targets import BASELINE, SCENARIOS, Target, all_targets


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="2-second runs: a smoke test")
    parser.add_argument("--seconds", type=float, help="load per target (default 5, quick 2)")
    parser.add_argument("--warmup", type=float, help="warm-up per target (default 1, quick 0.5)")
    parser.add_argument("--connections", type=int, default=4, help="concurrent connections")
    parser.add_argument(
        "--max-requests", type=int, default=100_000, help="stop a run after this many requests"
    )
    parser.add_argument("--organizations", type=int, default=10_000, help="bodies to generate")
    parser.add_argument(
        "--applications", type=int, default=5_000, help="award applications to generate"
    )
    parser.add_argument("--agencies", type=int, default=800, help="agencies that apply")
    parser.add_argument(
        "--loader",
        choices=["auto", "wrk", "python"],
        default="auto",
        help="load generator (auto: wrk when on PATH)",
    )
    parser.add_argument("--output", type=Path, help="JSON file (default bench/results/latest.json)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary database")
    parser.add_argument(
        "--scenario",
        choices=["all", "pages", "rush"],
        default="all",
        help="pages: the page loads on SQLite; rush: the deadline rush on PostgreSQL; all: both",
    )
    parser.add_argument(
        "--rush-agencies", type=int, help="agencies in the deadline rush (default 200, quick 40)"
    )
    parser.add_argument(
        "--rush-clients", type=int, default=32, help="concurrent API clients in the rush"
    )
    parser.add_argument("--rush-saves", type=int, default=3, help="answer saves per agency")
    parser.add_argument(
        "--rush-key-uploads",
        action="store_true",
        help="send an Idempotency-Key with each upload too, not only with the create",
    )
    parser.add_argument(
        "--rush-baseline-seconds", type=float, help="/healthz before the rush (default 3, quick 1)"
    )
    parser.add_argument(
        "--postgres",
        default=os.environ.get("BENCH_POSTGRES_URL", postgres.DEFAULT_ADMIN_URL),
        help="PostgreSQL to make the rush's throw-away database on (a database URL to connect "
        "to for CREATE DATABASE; default $BENCH_POSTGRES_URL or %(default)s)",
    )
    options = parser.parse_args(argv)
    if options.rush_agencies is None:
        options.rush_agencies = 40 if options.quick else 200
    if options.rush_baseline_seconds is None:
        options.rush_baseline_seconds = 1.0 if options.quick else 3.0
    if options.seconds is None:
        options.seconds = 2.0 if options.quick else 5.0
    if options.warmup is None:
        options.warmup = 0.5 if options.quick else 1.0
    if options.loader == "auto":
        options.loader = "wrk" if load.wrk_available() else "python"
    elif options.loader == "wrk" and not load.wrk_available():
        parser.error("wrk is not on PATH (apt-get install wrk), or use --loader python")
    return options


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _version(command: list[str]) -> str:
    try:
        completed = subprocess.run(command, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    lines = (completed.stdout or completed.stderr).strip().splitlines()
    return lines[0] if lines else ""


class Loader:
    def __init__(self, options: argparse.Namespace, work_dir: Path):
        self.options = options
        self.work_dir = work_dir
        self.python = load.PythonLoad(options.connections) if options.loader == "python" else None

    def run(self, port: int, path: str, headers: dict[str, str], seconds: float):
        if self.python is not None:
            return self.python.run(
                port, path, headers, seconds=seconds, max_requests=self.options.max_requests
            )
        return load.run_wrk(
            port,
            path,
            headers,
            seconds=seconds,
            connections=self.options.connections,
            script_dir=self.work_dir,
        )

    def close(self) -> None:
        if self.python is not None:
            self.python.close()


def _prepare(options: argparse.Namespace, work_dir: Path) -> tuple[dict, dict, tuple[str, str]]:
    started = time.perf_counter()
    env = configure(work_dir)
    _say(f"migrated a fresh database in {work_dir} ({time.perf_counter() - started:.1f} s)")
    from .generate import create_secretariat_user, session_cookie

    data = {}
    for scenario in SCENARIOS:
        data[scenario.name] = scenario.prepare(options)
        _say(f"generated {scenario.name}: {data[scenario.name]}")
    cookie = session_cookie(create_secretariat_user())
    return env, data, cookie


def _count_queries(targets: list[Target], cookie: tuple[str, str]) -> dict[str, int]:
    from django.db import connections

    from .queries import count_queries

    counts = {
        target.name: count_queries(target.path, cookie if target.login else None)
        for target in targets
    }
    connections.close_all()
    return counts


def _measure(options, work_dir, env, targets, cookie, queries) -> list[dict]:
    loader = Loader(options, work_dir)
    rows = []
    try:
        with running_server(env, work_dir / "granian.log") as port:
            _say(f"granian on port {port}; {options.loader} with {options.connections} connections")
            for target in targets:
                headers = {"Cookie": f"{cookie[0]}={cookie[1]}"} if target.login else {}
                size = load.check(port, target.path, headers)
                if options.warmup > 0:
                    loader.run(port, target.path, headers, options.warmup)
                    # Requests still in flight when the warm-up stopped must not eat into the run.
                    load.check(port, target.path, headers)
                result = loader.run(port, target.path, headers, options.seconds)
                _say(f"  {target.name}: {result.requests_per_second:.0f} req/s")
                rows.append(
                    {
                        "target": target.name,
                        "path": target.path,
                        "response_bytes": size,
                        "queries": queries[target.name],
                        "load": result.as_dict(),
                    }
                )
    finally:
        loader.close()
    baseline = rows[0]["load"]["requests_per_second"] or 1.0
    for row in rows:
        row["vs_baseline"] = row["load"]["requests_per_second"] / baseline
    return rows


def _warnings(targets: list[Target], queries: dict[str, int], rows: list[dict]) -> list[str]:
    warnings = [
        f"{target.name} makes {queries[target.name]} queries but {target.same_queries_as} "
        f"makes {queries[target.same_queries_as]}: the count depends on the data"
        for target in targets
        if target.same_queries_as and queries[target.name] != queries[target.same_queries_as]
    ]
    for row in rows:
        load_result = row["load"]
        if not load_result["requests"]:
            warnings.append(f"{row['target']}: no request finished in time; try more --seconds")
        elif load_result["non_ok"] or load_result["errors"]:
            warnings.append(f"{row['target']}: some requests failed, its figures mean little")
    return warnings


def _busy_warning(load_before: float) -> list[str]:
    cpus = os.cpu_count() or 1
    if load_before < 0.5 * cpus:
        return []
    return [
        f"the machine was busy before the run (load average {load_before:.1f} on {cpus} CPUs): "
        "absolute figures are low and noisy; the ratios suffer less"
    ]


def _git_commit() -> str:
    try:
        completed = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=10,
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return completed.stdout.strip()


def _rush_in_subprocess(options: argparse.Namespace) -> dict:
    """The rush in a child process: this one's Django is set up on the SQLite database."""
    with tempfile.TemporaryDirectory(prefix="loetrat-bench-rush-") as directory:
        output = Path(directory) / "rush.json"
        command = [
            sys.executable,
            "-m",
            "bench",
            "--scenario",
            "rush",
            "--output",
            str(output),
            "--rush-agencies",
            str(options.rush_agencies),
            "--rush-clients",
            str(options.rush_clients),
            "--rush-saves",
            str(options.rush_saves),
            "--rush-baseline-seconds",
            str(options.rush_baseline_seconds),
            "--postgres",
            options.postgres,
        ]
        flags = [
            name
            for name, on in [
                ("--keep", options.keep),
                ("--rush-key-uploads", options.rush_key_uploads),
            ]
            if on
        ]
        completed = subprocess.run(command + flags, cwd=REPO_ROOT)
        if not output.exists():
            return {"failed": f"the rush exited with {completed.returncode} and wrote nothing"}
        return json.loads(output.read_text(encoding="utf-8"))["rush"]


def _rush_main(options: argparse.Namespace, load_before: float) -> int:
    started = time.perf_counter()
    work_dir = Path(tempfile.mkdtemp(prefix="loetrat-bench-rush-"))
    try:
        result = rush.run(options, work_dir)
    finally:
        if options.keep:
            _say(f"kept {work_dir}")
        else:
            shutil.rmtree(work_dir, ignore_errors=True)
    report_ = {
        **_run_metadata(load_before),
        "rush": result,
        "warnings": _busy_warning(load_before),
        "total_seconds": round(time.perf_counter() - started, 1),
    }
    path = report.write_json(report_, options.output)
    print(rush.format_rush(result))
    for warning in report_["warnings"]:
        print(f"WARNING: {warning}")
    print(f"\ntotal {report_['total_seconds']} s; JSON in {path}")
    return 1 if rush.failed(result) else 0


def _run_metadata(load_before: float) -> dict:
    return {
        "started_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "commit": _git_commit(),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_before": round(load_before, 2),
        },
    }


def main(argv: list[str] | None = None) -> int:
    options = parse_args(argv)
    started = time.perf_counter()
    load_before = os.getloadavg()[0]
    if options.scenario == "rush":
        return _rush_main(options, load_before)
    work_dir = Path(tempfile.mkdtemp(prefix="loetrat-bench-"))
    try:
        env, data, cookie = _prepare(options, work_dir)
        targets = all_targets(SCENARIOS)
        queries = _count_queries(targets, cookie)
        rows = _measure(options, work_dir, env, targets, cookie, queries)
    except load.TargetError as error:
        _say(f"bench: a target did not answer as expected: {error}")
        return 1
    finally:
        if options.keep:
            _say(f"kept {work_dir}")
        else:
            shutil.rmtree(work_dir, ignore_errors=True)
    warnings = _warnings(targets, queries, rows) + _busy_warning(load_before)
    result = {
        **_run_metadata(load_before),
        "server": _version([str(GRANIAN), "--version"]) + ", 1 worker",
        "loader": options.loader,
        "connections": options.connections,
        "seconds_per_target": options.seconds,
        "warmup_seconds": options.warmup,
        "baseline": BASELINE.name,
        "data": data,
        "results": rows,
        "warnings": warnings,
    }
    print(report.format_table(rows))
    for warning in warnings:
        print(f"WARNING: {warning}")
    print(
        f"\n{options.loader}, {options.connections} connections, {options.seconds:g} s per target "
        f"after {options.warmup:g} s warm-up; {result['server']}",
        flush=True,
    )
    if options.scenario == "all":
        print(flush=True)
        result["rush"] = _rush_in_subprocess(options)
    result["total_seconds"] = round(time.perf_counter() - started, 1)
    path = report.write_json(result, options.output)
    print(f"\ntotal {result['total_seconds']} s; JSON in {path}")
    return 1 if rush.failed(result.get("rush", {})) else 0
