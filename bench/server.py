"""Start granian on a free local port against the benchmark database, and stop it again."""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

from .environment import HOST, REPO_ROOT

GRANIAN = REPO_ROOT / ".venv" / "bin" / "granian"
STARTUP_TIMEOUT = 30.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _healthy(port: int) -> bool:
    connection = http.client.HTTPConnection(HOST, port, timeout=2)
    try:
        connection.request("GET", "/healthz")
        return connection.getresponse().status == 200
    except OSError:
        return False
    finally:
        connection.close()


def _tail(log: Path, lines: int = 30) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


@contextmanager
def running_server(env: dict[str, str], log: Path, *, workers: int = 1, threads: int | None = None):
    """Yield the port of a granian server that answers /healthz; stop it on the way out.
    `threads` is the number of threads per worker that run the application (granian's
    --blocking-threads; its own default when None)."""
    port = free_port()
    command = [
        str(GRANIAN),
        "--interface",
        "wsgi",
        "config.wsgi:application",
        "--host",
        HOST,
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--log-level",
        "warning",
    ]
    if threads is not None:
        command += ["--blocking-threads", str(threads)]
    with log.open("wb") as output:
        process = subprocess.Popen(
            command,
            cwd=REPO_ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not _healthy(port):
            if process.poll() is not None:
                raise RuntimeError(f"granian exited with {process.returncode}:\n{_tail(log)}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"granian did not answer /healthz in time:\n{_tail(log)}")
            time.sleep(0.2)
        yield port
    finally:
        _stop(process)


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        # The server was started in its own session: its group holds only it and its workers.
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)
