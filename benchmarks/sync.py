"""Benchmark of the sync protocol: bytes and requests on the wire, pull time, push latency.

Run: .venv/bin/python benchmarks/sync.py [--records 5000] [--devices 50] [--per-device 100]
     [--bursts 5] [--workers N] [--backend sqlite postgresql]

A real server (uvicorn in a thread, SQLite in a temporary folder) listens on 127.0.0.1; the
laptops reach it through a counting TCP proxy, also on 127.0.0.1, which counts the bytes read
from each socket (TCP payload: HTTP headers and gzip bodies, not TCP/IP headers) and the HTTP
request lines. One laptop data folder holds ``--records`` demo records of one region (the demo
generator, one seed after another); then: its first push, an empty sync, a 10 % edit, a second
laptop of the same region pulling everything, and ``--devices`` laptops pushing ``--per-device``
records each at once (direct ``SyncClient.push``, no proxy) against ``focalpoint serve`` in a
child process (``--workers`` = number of cores), ``--bursts`` times with new laptops and records
(the p95 reported is the median of the bursts' p95s, each burst's is printed), on SQLite and on
a throw-away PostgreSQL cluster (``--backend``). Prints one table
of what was measured against DESIGN §9's targets; asserts nothing (benchmarks print, tests assert).
"""

from __future__ import annotations

import argparse
import gzip
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from contextlib import closing, contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests  # noqa: TID253 - a benchmark script, not the app
import sqlalchemy as sa  # noqa: TID253 - the benchmark runs a server, where SQLAlchemy lives
import uvicorn

from focalpoint import services
from focalpoint.demo import generate_demo
from focalpoint.server import storage
from focalpoint.server.app import create_app
from focalpoint.server.listener import tcp_listener
from focalpoint.server.settings import Settings
from focalpoint.store import records
from focalpoint.store.datadir import DataDir
from focalpoint.store.records import RecordWrite
from focalpoint.sync.client import SyncClient
from focalpoint.sync.engine import to_wire
from focalpoint.sync.protocol import PushRequest, WireRecord

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.server.postgres starts the throw-away PostgreSQL cluster
REGION = "gao"
EDITED_FRACTION = 0.10
START_TIMEOUT_S = 10.0
LOAD_DEADLINE_S = 120.0  # the concurrent push run is abandoned (its stragglers counted) after
MAX_SEEDS = 500  # demo data sets generated at most while collecting records
REQUEST_LINE = re.compile(rb"(?:GET|POST|HEAD|PUT|DELETE|PATCH) (/[^ \r\n]*) HTTP/1\.[01]\r\n")


class CountingProxy:
    """A TCP relay on 127.0.0.1 to ``upstream`` counting, per kind of request (push, pull,
    other), the requests and the bytes going up (client → server) and down."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.counts: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.sockets: list[socket.socket] = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()
        host, port = self.listener.getsockname()
        self.url = f"http://{host}:{port}"

    def snapshot(self) -> Counter[str]:
        with self.lock:
            return Counter(self.counts)

    def close(self) -> None:
        self.stopping.set()
        self.thread.join(5)
        for sock in [self.listener, *self.sockets]:
            sock.close()

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                client, _address = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            server = socket.create_connection(self.upstream, timeout=START_TIMEOUT_S)
            server.settimeout(None)
            for sock in (client, server):  # relay each chunk at once, as the ends send them
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.sockets += [client, server]
            state = {"kind": "other"}
            for src, dst, way in ((client, server, "up"), (server, client, "down")):
                args = (src, dst, way, state)
                threading.Thread(target=self._pump, args=args, daemon=True).start()

    def _count(self, chunk: bytes, tail: bytes, way: str, state: dict) -> bytes:
        """Count ``chunk``'s bytes, and on the way up its request lines (even one cut across
        two reads, counted once); returns the new request-line tail."""
        if way == "up":
            seen = tail + chunk
            for match in REQUEST_LINE.finditer(seen):
                if match.end() > len(tail):
                    path = match.group(1).decode("latin-1")
                    state["kind"] = next(
                        (k for k in ("push", "pull") if path.startswith(f"/api/v1/{k}")),
                        "other",
                    )
                    with self.lock:
                        self.counts[f"{state['kind']}.requests"] += 1
            tail = seen[-256:]
        with self.lock:
            self.counts[f"{state['kind']}.{way}"] += len(chunk)
        return tail

    def _pump(self, src: socket.socket, dst: socket.socket, way: str, state: dict) -> None:
        tail = b""
        try:
            while chunk := src.recv(65536):
                tail = self._count(chunk, tail, way, state)
                dst.sendall(chunk)
        except OSError:
            pass
        finally:
            with suppress(OSError):
                dst.shutdown(socket.SHUT_WR)


def total(delta: Counter[str], what: str, kind: str = "") -> int:
    """Sum of the ``delta`` entries ending in ``.what`` (``up``, ``down``, ``requests``),
    only those of ``kind`` when given."""
    return sum(v for k, v in delta.items() if k.endswith(f".{what}") and k.startswith(kind))


@contextmanager
def live_server(folder: Path) -> Any:
    """A migrated SQLite server database in ``folder`` served on 127.0.0.1 → (url, engine)."""
    db_url = f"sqlite:///{folder / 'server.db'}"
    engine = storage.make_engine(db_url)
    storage.migrate(engine)
    sock = tcp_listener("127.0.0.1", 0)  # TCP_NODELAY on its connections (server/listener.py)
    config = uvicorn.Config(create_app(Settings(db_url=db_url)), log_config=None, access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT_S
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the server did not start")
        time.sleep(0.005)
    host, port = sock.getsockname()
    try:
        yield f"http://{host}:{port}", engine
    finally:
        server.should_exit = True
        thread.join(START_TIMEOUT_S)
        sock.close()
        engine.dispose()


def demo_pool(ws: services.Workspace, count: int) -> list[tuple[Any, services.Checked]]:
    """``count`` checked demo records of ``REGION``, from seed 1 on (distinct texts and ids)."""
    pool: list[tuple[Any, services.Checked]] = []
    for seed in range(1, MAX_SEEDS + 1):
        for demo in generate_demo(ws.locations, seed=seed):
            checked = services.check_record(ws, ws.forms[demo.form_id], demo.data)
            if checked.region == REGION:
                pool.append((demo, checked))
        if len(pool) >= count:
            return pool[:count]
    raise RuntimeError(f"only {len(pool)} demo records in {REGION}")


def fill(ws: services.Workspace, pool: list[tuple[Any, services.Checked]]) -> None:
    writes = [
        RecordWrite(
            id=demo.id,
            form_id=demo.form_id,
            form_version=ws.forms[demo.form_id].version,
            region=checked.region,
            status=demo.status,
            data=checked.data,
            author=demo.author,
            title=checked.title,
            record_date=checked.record_date,
        )
        for demo, checked in pool
    ]
    records.insert_records(ws.db, writes, now=services.now_utc())


def gzip_reference(ws: services.Workspace) -> tuple[int, int, int]:
    """(records, JSON bytes, gzip-6 bytes) of the ``WireRecord`` JSON list of every record."""
    wires = [to_wire(r).model_dump_json() for r in records.iter_records(ws.db)]
    text = ("[" + ",".join(wires) + "]").encode("utf-8")
    return len(wires), len(text), len(gzip.compress(text, compresslevel=6))


def edit_some(ws: services.Workspace, fraction: float, rng: random.Random) -> int:
    """Edit ``fraction`` of the records through ``save_record`` (their title gets a suffix)."""
    ids = sorted(r.id for r in records.iter_records(ws.db))
    chosen = rng.sample(ids, round(len(ids) * fraction))
    for record_id in chosen:
        record = services.get_record(ws, record_id)
        data = {**record.data, "titre": f"{record.data.get('titre', '')} (mis à jour)"}
        services.save_record(
            ws, record.form_id, data, record_id=record_id, final=record.status == "final"
        )
    return len(chosen)


def measured_sync(ws: services.Workspace, proxy: CountingProxy) -> tuple[Any, Counter[str], float]:
    """One ``services.run_sync`` → (report, what the proxy counted during it, seconds)."""
    before = proxy.snapshot()
    started = time.perf_counter()
    report = services.run_sync(ws)
    seconds = time.perf_counter() - started  # the proxy counts a chunk before relaying it
    return report, proxy.snapshot() - before, seconds


def concurrent_pushes(
    url: str,
    engine: sa.Engine,
    pool: list[tuple[Any, services.Checked]],
    args: Any,
    burst: int = 0,
) -> tuple[list[float], list[str]]:
    """``args.devices`` clients (new ones for each ``burst``) each push one batch of
    ``args.per_device`` new records at once → (latencies in ms, errors: exceptions, rejected
    records, stragglers)."""
    rng = random.Random(3 + burst)
    jobs = []
    for i in range(args.devices):
        name = f"charge-{burst}-{i:03d}"
        _device, token = storage.add_device(engine, name, "focal_point", [REGION])
        wires = []
        for j in range(args.per_device):
            demo, checked = pool[(i * args.per_device + j) % len(pool)]
            wires.append(
                WireRecord(
                    id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    form_id=demo.form_id,
                    form_version=1,
                    region=checked.region,
                    status=demo.status,
                    data=checked.data,
                    author=demo.author,
                    created_at=demo.created_at,
                    updated_at=demo.created_at,
                )
            )
        request = PushRequest(batch_id=uuid.uuid4().hex, records=wires)
        body = gzip.compress(request.model_dump_json().encode("utf-8"), compresslevel=6)
        jobs.append((SyncClient(url, token, retries=0, stall_timeout=60.0), body))
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(len(jobs))

    def push(client: SyncClient, body: bytes) -> None:
        try:
            barrier.wait(timeout=30)
            started = time.perf_counter()  # the body was made and compressed before: a
            answer = client.push_body(body)  # laptop does that on its own CPU, not the server's
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                latencies.append(elapsed)
                errors.extend(f"rejected {r.code}" for r in answer.rejected)
        except Exception as exc:  # noqa: BLE001 - every failure is counted, none stops the run
            with lock:
                errors.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=push, args=job, daemon=True) for job in jobs]
    deadline = time.monotonic() + LOAD_DEADLINE_S
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    errors += ["unfinished at the deadline"] * sum(t.is_alive() for t in threads)
    for client, _body in jobs:
        client.close()
    return latencies, errors


@contextmanager
def served(backend: str, folder: Path, notes: list[str], workers: int) -> Any:
    """``focalpoint serve`` in a child process on a fresh database of ``backend`` → (url,
    engine), or None when PostgreSQL cannot start here (the reason goes to ``notes``)."""
    cluster = None
    if backend == "postgresql":
        from tests.server.postgres import start_cluster

        cluster, reason = start_cluster()
        if cluster is None:
            notes.append(f"postgresql skipped: {reason}")
            yield None
            return
        db_url = cluster.url(cluster.create_database())
        notes.append("postgresql: throw-away cluster with fsync off (SQLite runs synchronous=FULL)")
    else:
        db_url = f"sqlite:///{folder / 'load.db'}"
    engine = storage.make_engine(db_url)
    storage.migrate(engine)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [sys.executable, "-m", "focalpoint", "serve", "--db", db_url, "--port", str(port)]
    command += ["--workers", str(workers)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S * 3
        while True:
            try:
                requests.get(f"{url}/api/v1/ping", timeout=1)
                break
            except requests.ConnectionError:
                if child.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"serve did not start on {backend}") from None
                time.sleep(0.1)
        yield url, engine
    finally:
        child.terminate()
        child.wait(30)
        engine.dispose()
        if cluster is not None:
            cluster.stop()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def kb(n: float) -> str:
    return f"{n / 1024:,.1f} KB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument("--per-device", type=int, default=100)
    parser.add_argument(
        "--bursts",
        type=int,
        default=5,
        help="bursts of --devices pushes, one after another on the same server: one burst is "
        "one sample of a noisy machine; the first is on a freshly started server",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="server processes for the load test (default: one a core, as README advises)",
    )
    parser.add_argument(
        "--backend", nargs="+", choices=("sqlite", "postgresql"), default=["sqlite", "postgresql"]
    )
    args = parser.parse_args()
    if min(args.bursts, args.devices, args.per_device, args.workers) < 1:
        parser.error("--bursts, --devices, --per-device and --workers must be at least 1")
    rows: list[tuple[str, str, str, bool | None]] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory() as tmp, live_server(Path(tmp)) as (url, engine):
        proxy = CountingProxy(("127.0.0.1", int(url.rsplit(":", 1)[1])))
        first = services.open_workspace(DataDir(Path(tmp) / "laptop1"))
        second = services.open_workspace(DataDir(Path(tmp) / "laptop2"))
        with closing(proxy), closing(first), closing(second):
            started = time.perf_counter()
            pool = demo_pool(first, max(args.records, 1))
            fill(first, pool)
            count, json_bytes, gzip_bytes = gzip_reference(first)
            activities = sum(1 for demo, _c in pool if demo.form_id == "activite")
            participants = sum(len(c.data.get("participants", [])) for _d, c in pool)
            notes.append(
                f"laptop data: {count:,} records in {REGION} ({activities:,} activities, "
                f"{participants:,} participants) made in {time.perf_counter() - started:.1f} s; "
                f"WireRecord JSON {kb(json_bytes)}, gzip -6 {kb(gzip_bytes)}"
            )
            for ws, name in ((first, "pf-gao-1"), (second, "pf-gao-2")):
                _device, token = storage.add_device(engine, name, "focal_point", [REGION])
                services.enroll(ws, proxy.url, token)

            report, push1, seconds = measured_sync(first, proxy)
            wire1 = total(push1, "up") + total(push1, "down")
            rows.append(
                (
                    f"first push of {report.pushed:,}: wire bytes / gzip(JSON)",
                    f"{wire1 / gzip_bytes:.3f} ({kb(wire1)})",
                    "<= 1.10",
                    wire1 / gzip_bytes <= 1.10,
                )
            )
            push_only = total(push1, "up", "push") + total(push1, "down", "push")
            notes.append(
                f"first sync: {total(push1, 'requests')} requests ({report.requests} by the "
                f"client), up {kb(total(push1, 'up'))}, down {kb(total(push1, 'down'))}, "
                f"{seconds:.1f} s; push requests alone {kb(push_only)} = "
                f"{push_only / gzip_bytes:.3f} x gzip(JSON); pushed {report.pushed:,}, "
                f"rejected {report.rejected}, conflicts {report.conflicts}"
            )
            pull_requests = total(push1, "requests", "pull")
            pull_bytes = total(push1, "up", "pull") + total(push1, "down", "pull")
            back = report.pulled + report.kept_local
            what = "first pull after own push:"
            rows.append((f"{what} requests", f"{pull_requests}", "<= 12", pull_requests <= 12))
            rows.append((f"{what} bytes", f"{pull_bytes:,} B", "< 5 KB", pull_bytes < 5 * 1024))
            rows.append((f"{what} own records back", f"{back}", "0", back == 0))

            report, empty, _s = measured_sync(first, proxy)
            empty_bytes = total(empty, "up") + total(empty, "down")
            requests = total(empty, "requests")
            rows.append(("empty sync: requests", f"{requests}", "1", requests == 1))
            rows.append(("empty sync: bytes", f"{empty_bytes:,} B", "< 1 KB", empty_bytes < 1024))
            notes.append(
                f"empty sync: up {total(empty, 'up')} B, down {total(empty, 'down')} B, "
                f"pushed {report.pushed}, pulled {report.pulled}"
            )

            started = time.perf_counter()
            edited = edit_some(first, EDITED_FRACTION, random.Random(5))
            edit_s = time.perf_counter() - started
            report, edit, _s = measured_sync(first, proxy)
            edit_bytes = total(edit, "up") + total(edit, "down")
            rows.append(
                (
                    f"{EDITED_FRACTION:.0%} edited ({edited:,}): bytes / first push",
                    f"{edit_bytes / wire1:.3f} ({kb(edit_bytes)})",
                    "<= 0.12",
                    edit_bytes / wire1 <= 0.12,
                )
            )
            notes.append(
                f"edit sync: {edited:,} saves in {edit_s:.1f} s, {total(edit, 'requests')} "
                f"requests, pushed {report.pushed:,}, conflicts {report.conflicts}, "
                f"pulled back {report.pulled + report.kept_local}"
            )

            report, fresh, seconds = measured_sync(second, proxy)
            fresh_bytes = total(fresh, "up") + total(fresh, "down")
            rows.append(("second laptop pulls all: records", f"{report.pulled:,}", "", None))
            rows.append(
                ("second laptop pulls all: requests", f"{total(fresh, 'requests')}", "", None)
            )
            rows.append(("second laptop pulls all: bytes", kb(fresh_bytes), "", None))
            rows.append(("second laptop pulls all: time", f"{seconds:.2f} s", "", None))

        for backend in args.backend:
            with served(backend, Path(tmp), notes, args.workers) as served_at:
                if served_at is None:
                    continue
                load_url, load_engine = served_at
                bursts = [
                    concurrent_pushes(load_url, load_engine, pool, args, burst)
                    for burst in range(args.bursts)
                ]
            latencies = [ms for burst_ms, _e in bursts for ms in burst_ms]
            errors = [error for _l, burst_errors in bursts for error in burst_errors]
            p95s = [percentile(burst_ms, 0.95) for burst_ms, _e in bursts]
            label = f"{args.devices} x {args.per_device} at once, serve on {backend}: push"
            rows.append((f"{label} p50", f"{statistics.median(latencies or [0]):.0f} ms", "", None))
            p95 = statistics.median(p95s)
            rows.append((f"{label} p95 (median burst)", f"{p95:.0f} ms", "< 500 ms", p95 < 500))
            shown = " ".join(f"{value:.0f}" for value in p95s)
            rows.append((f"{label} p95 of each burst", shown, "", None))
            rows.append((f"{label} max", f"{max(latencies or [0]):.0f} ms", "", None))
            rows.append((f"{label} errors", f"{len(errors)}", "0", not errors))
            if errors:
                notes.append(f"{backend} errors: " + "; ".join(sorted(set(errors))[:5]))

    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"benchmarks/sync.py  {datetime.now(UTC):%Y-%m-%d %H:%M UTC}  nproc={cpus}")
    width = max(len(r[0]) for r in rows)
    print(f"{'what':<{width}}  {'measured':>22}  {'target':>9}  result")
    for what, measured, target, ok in rows:
        verdict = "" if ok is None else ("ok" if ok else "MISSED")
        print(f"{what:<{width}}  {measured:>22}  {target:>9}  {verdict}")
    print("\n".join(f"  - {note}" for note in notes))


if __name__ == "__main__":
    main()
