"""The agencies' side of the deadline rush: a pool of client threads, each with its own
keep-alive connection, runs one agency's whole flow after another through /api/v1 and records
every request (operation, status, seconds)."""

from __future__ import annotations

import http.client
import json
import random
import statistics
import threading
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from .environment import HOST
from .rush_data import FILE_FIELD, Agency

API = "/api/v1/applications/"
MB = 1024 * 1024
PDF_HEAD = b"%PDF-1.4\n1 0 obj<<>>endobj\n"
PDF_TAIL = b"trailer<<>>\n%%EOF\n"


def padded_pdf(size: int, marker: str) -> bytes:
    """A minimal valid PDF of exactly `size` bytes (its %%EOF at the end), unique by `marker`."""
    head = PDF_HEAD + f"% {marker}\n".encode()
    return head + b"0" * max(size - len(head) - len(PDF_TAIL), 0) + PDF_TAIL


def answers(agency: Agency, save: int, saves: int) -> dict:
    """The answers of an agency's `save`-th save (1-based); the last one is complete."""
    final = save == saves
    return {
        "summary": f"{agency.code}: ร่างที่ {save}{' (ฉบับสมบูรณ์)' if final else ''}",
        "people_served": str(1000 * save + int(agency.code[-4:])),
        "channels": ["web", "app"] if final else ["web"],
    }


@dataclass
class Request:
    operation: str
    status: int  # 0: no answer (the connection failed)
    seconds: float


@dataclass
class Outcome:
    """What one agency's flow did: the application id, its last saved answers, the reference."""

    code: str
    application_id: int | None = None
    replayed_id: int | None = None
    replay_marked: bool = False  # the retry's answer said Idempotent-Replay: true
    last_answers: dict | None = None
    uploaded: int = 0
    reference: str | None = None
    failure: str = ""  # the first answer that was not 2xx, shortened
    requests: list[Request] = field(default_factory=list)


class Client:
    """One keep-alive connection per thread, opened again after a failure."""

    def __init__(self, port: int):
        self.port = port
        self.local = threading.local()

    def _connection(self) -> http.client.HTTPConnection:
        if getattr(self.local, "connection", None) is None:
            self.local.connection = http.client.HTTPConnection(HOST, self.port, timeout=120)
        return self.local.connection

    def send(self, method, path, *, body=b"", headers=None) -> tuple[int, dict, bytes, float]:
        started = time.perf_counter()
        connection = self._connection()
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            content = response.read()
        except (OSError, http.client.HTTPException):
            connection.close()
            self.local.connection = None
            return 0, {}, b"", time.perf_counter() - started
        headers = {name.lower(): value for name, value in response.getheaders()}
        return response.status, headers, content, time.perf_counter() - started


def _json(token: str, **extra) -> dict:
    return {"Authorization": f"Bearer {token}", "Content-Type": "application/json", **extra}


def _multipart(field_key: str, name: str, content: bytes) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    body = b"".join(
        [
            f'--{boundary}\r\nContent-Disposition: form-data; name="field_key"\r\n\r\n'.encode(),
            f"{field_key}\r\n".encode(),
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
            f'filename="{name}"\r\nContent-Type: application/pdf\r\n\r\n'.encode(),
            content,
            f"\r\n--{boundary}--\r\n".encode(),
        ]
    )
    return body, f"multipart/form-data; boundary={boundary}"


def run_flow(
    client: Client, agency: Agency, *, saves: int, seed: int, key_uploads: bool = False
) -> Outcome:
    """Create (and retry the create with the same key), save `saves` times, upload a 2-5 MB
    PDF (with an Idempotency-Key of its own when `key_uploads`), send, endorse (the head),
    submit; stop at the first answer that is not 2xx."""
    outcome = Outcome(agency.code)

    def call(operation, method, path, token, payload=None, **extra):
        if isinstance(payload, bytes):
            body, headers = payload, {"Authorization": f"Bearer {token}", **extra}
        else:
            body, headers = json.dumps(payload or {}).encode(), _json(token, **extra)
        status, answer_headers, content, seconds = client.send(
            method, path, body=body, headers=headers
        )
        outcome.requests.append(Request(operation, status, seconds))
        ok = 200 <= status < 300
        if not ok and not outcome.failure:
            text = " ".join(content[:300].decode(errors="replace").split())
            outcome.failure = f"{operation} {status}: {text}"
        return (json.loads(content) if ok and content else None), answer_headers, ok

    coordinator, head = agency.coordinator_token, agency.head_token
    create = {
        "award_type_id": agency.award_type_id,
        "organization_code": agency.code,
        "title_th": f"ผลงานของ {agency.code}",
        "title_en": f"Work of {agency.code}",
    }
    key = {"Idempotency-Key": f"rush-create-{agency.code}"}
    created, _, ok = call("create", "POST", API, coordinator, create, **key)
    if not ok:
        return outcome
    outcome.application_id = created["id"]
    replayed, replay_headers, ok = call("create (retry)", "POST", API, coordinator, create, **key)
    if not ok:
        return outcome
    outcome.replayed_id = replayed["id"]
    outcome.replay_marked = replay_headers.get("idempotent-replay") == "true"
    path = f"{API}{outcome.application_id}"
    for number in range(1, saves + 1):
        data = answers(agency, number, saves)
        if not call("save", "PUT", f"{path}/answers", coordinator, {"data": data})[2]:
            return outcome
        outcome.last_answers = data
    size = random.Random(seed).randint(2 * MB, 5 * MB)
    body, content_type = _multipart(FILE_FIELD, f"{agency.code}.pdf", padded_pdf(size, agency.code))
    headers = {"Content-Type": content_type}
    if key_uploads:
        headers["Idempotency-Key"] = f"rush-upload-{agency.code}"
    if not call("upload", "POST", f"{path}/attachments", coordinator, body, **headers)[2]:
        return outcome
    outcome.uploaded = size
    for operation, token in (("send", coordinator), ("endorse", head), ("submit", coordinator)):
        detail, _, ok = call(operation, "POST", f"{path}/actions/{operation}", token, {})
        if not ok:
            return outcome
    outcome.reference = detail["reference"]
    return outcome


def run_rush(
    port: int, agencies: list[Agency], *, clients: int, saves: int, key_uploads: bool = False
) -> tuple[list, float]:
    """Every agency's flow, `clients` at a time; returns the outcomes and the wall time."""
    client = Client(port)
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients, thread_name_prefix="agency") as pool:
        outcomes = list(
            pool.map(
                lambda item: run_flow(
                    client, item[1], saves=saves, seed=item[0], key_uploads=key_uploads
                ),
                enumerate(agencies),
            )
        )
    return outcomes, time.perf_counter() - started


def run_baseline(port: int, *, clients: int, seconds: float) -> list[Request]:
    """GET /healthz from `clients` threads for `seconds`: the same server, driver and
    concurrency as the rush, doing one trivial request each time."""
    client = Client(port)
    deadline = time.perf_counter() + seconds

    def loop(_index):
        done = []
        while time.perf_counter() < deadline:
            status, _, _, elapsed = client.send("GET", "/healthz")
            done.append(Request("healthz", status, elapsed))
        return done

    with ThreadPoolExecutor(max_workers=clients, thread_name_prefix="healthz") as pool:
        return [request for batch in pool.map(loop, range(clients)) for request in batch]


def percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[round(share * 100) - 1]


def latencies(requests: list[Request]) -> dict[str, dict]:
    """p50 and p95 (ms) and the count of each operation, of its 2xx answers only."""
    by_operation: dict[str, list[float]] = {}
    for request in requests:
        if 200 <= request.status < 300:
            by_operation.setdefault(request.operation, []).append(request.seconds * 1000)
    return {
        operation: {
            "requests": len(values),
            "p50_ms": round(percentile(values, 0.50), 1),
            "p95_ms": round(percentile(values, 0.95), 1),
        }
        for operation, values in by_operation.items()
    }


def errors(requests: list[Request]) -> dict[str, int]:
    """Answers that were not 2xx, counted by "<operation> <status>" (status 0: no answer)."""
    counted = Counter(
        f"{request.operation} {request.status}"
        for request in requests
        if not 200 <= request.status < 300
    )
    return dict(sorted(counted.items()))
