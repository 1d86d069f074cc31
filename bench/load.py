"""Drive HTTP load at a local server: `wrk` when it is installed, else Python processes.

Both stop by themselves: after `seconds` of load, and the Python generator also after
`max_requests`. Neither follows redirects, so a lost session shows up as non-200 answers."""

from __future__ import annotations

import http.client
import json
import math
import multiprocessing
import shutil
import subprocess
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from .environment import HOST

WRK_SCRIPT = """
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end
function init(args)
  non_ok = 0
end
function response(status, headers, body)
  if status ~= 200 then non_ok = non_ok + 1 end
end
function done(summary, latency, requests)
  local non_ok_total = 0
  for _, thread in ipairs(threads) do
    non_ok_total = non_ok_total + thread:get("non_ok")
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %.0f, "duration_us": %.0f, "p50_us": %.1f, "p99_us": %.1f, '
    .. '"non_ok": %.0f, "errors": %.0f}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    non_ok_total, e.connect + e.read + e.write + e.timeout))
end
"""


@dataclass
class LoadResult:
    requests: int
    seconds: float
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    non_ok: int
    errors: int

    def as_dict(self) -> dict:
        return asdict(self)


class TargetError(RuntimeError):
    pass


def check(port: int, path: str, headers: dict[str, str]) -> int:
    """One request before the load: the page must answer 200 (not a redirect to the login).
    Returns the size of the body."""
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        body = response.read()
    finally:
        connection.close()
    if response.status != 200:
        location = response.getheader("Location", "")
        raise TargetError(f"GET {path} answered {response.status} {location}".strip())
    return len(body)


def wrk_available() -> bool:
    return shutil.which("wrk") is not None


def run_wrk(
    port: int,
    path: str,
    headers: dict[str, str],
    *,
    seconds: float,
    connections: int,
    script_dir: Path,
) -> LoadResult:
    script = script_dir / "bench.lua"
    script.write_text(WRK_SCRIPT)
    command = [
        "wrk",
        "--threads",
        "1",
        "--connections",
        str(connections),
        "--duration",
        f"{max(1, round(seconds))}s",
        "--timeout",
        "10s",
        "--script",
        str(script),
    ]
    for name, value in headers.items():
        command += ["--header", f"{name}: {value}"]
    command.append(f"http://{HOST}:{port}{path}")
    completed = subprocess.run(
        command, capture_output=True, text=True, timeout=seconds + 30, check=False
    )
    line = next(
        (line for line in completed.stdout.splitlines() if line.startswith("BENCH_JSON ")), None
    )
    if completed.returncode != 0 or line is None:
        raise RuntimeError(f"wrk failed ({completed.returncode}): {completed.stderr.strip()}")
    data = json.loads(line.removeprefix("BENCH_JSON "))
    elapsed = data["duration_us"] / 1e6
    return LoadResult(
        requests=int(data["requests"]),
        seconds=elapsed,
        requests_per_second=data["requests"] / elapsed if elapsed else 0.0,
        p50_ms=data["p50_us"] / 1000,
        p99_ms=data["p99_us"] / 1000,
        non_ok=int(data["non_ok"]),
        errors=int(data["errors"]),
    )


def _worker(
    port: int, path: str, headers: dict[str, str], seconds: float, max_requests: int
) -> tuple[list[float], float, int, int]:
    """One client on one keep-alive connection: (latencies in seconds, elapsed, non-200,
    errors)."""
    connection = http.client.HTTPConnection(HOST, port, timeout=10)
    latencies: list[float] = []
    non_ok = errors = 0
    started = time.perf_counter()
    deadline = started + seconds
    while len(latencies) + errors < max_requests:
        before = time.perf_counter()
        if before >= deadline:
            break
        try:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            response.read()
        except (OSError, http.client.HTTPException):
            errors += 1
            connection.close()
            continue
        latencies.append(time.perf_counter() - before)
        if response.status != 200:
            non_ok += 1
    elapsed = time.perf_counter() - started
    connection.close()
    return latencies, elapsed, non_ok, errors


def _percentile(ordered: list[float], fraction: float) -> float:
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, math.ceil(fraction * len(ordered)) - 1)]


class PythonLoad:
    """A pool of client processes, kept for the whole run so that starting them costs nothing
    per target."""

    def __init__(self, connections: int):
        self.connections = connections
        self.pool = multiprocessing.get_context("spawn").Pool(connections)

    def run(
        self,
        port: int,
        path: str,
        headers: dict[str, str],
        *,
        seconds: float,
        max_requests: int,
    ) -> LoadResult:
        share = max(1, math.ceil(max_requests / self.connections))
        results = self.pool.starmap(
            _worker, [(port, path, headers, seconds, share)] * self.connections, chunksize=1
        )
        latencies = sorted(latency for result in results for latency in result[0])
        rate = sum(len(result[0]) / result[1] for result in results if result[1] > 0)
        return LoadResult(
            requests=len(latencies),
            seconds=max(result[1] for result in results),
            requests_per_second=rate,
            p50_ms=_percentile(latencies, 0.50) * 1000,
            p99_ms=_percentile(latencies, 0.99) * 1000,
            non_ok=sum(result[2] for result in results),
            errors=sum(result[3] for result in results),
        )

    def close(self) -> None:
        self.pool.close()
        self.pool.join()
