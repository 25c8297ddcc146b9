"""Sync over a simulated 2G link: one laptop pushes records and attachments, another pulls them.

Run: .venv/bin/python benchmarks/link.py [--quick]

The real server (uvicorn in a thread, SQLite in a temporary folder, ``benchmarks/sync.py``'s
``live_server``) is reached only through a shaping TCP proxy on 127.0.0.1 (the kernel here has
no ``sch_netem``, so the link is simulated in Python). Each direction of the proxy is one
link shared by every connection: a serialiser at ``--rate`` bit/s (64 kbit/s) followed by a
one-way propagation delay ``--delay`` (300 ms): each chunk read (at most 1 KiB) is stamped,
queued behind the chunks before it and delivered at its serialisation end + delay; at most
``--buffer`` bytes wait in a direction (the modem's queue), so a sender is held back as on a
real slow link. Each delivered chunk resets its connection with probability ``--drop-rate``
(both sockets closed with RST). Every ``--cut-every`` seconds the link goes down for
``--cut-for`` seconds (up first, then down; the schedule starts with the scenario): with
``--cut-mode reset`` (default) every open connection is reset at the start of the outage and
the listening socket is closed, so a new connection is refused (ECONNREFUSED) until the link
is back; with ``--cut-mode blackhole`` nothing is delivered during the outage (chunks wait,
new connections are accepted by the kernel but get no answer) and connections survive unless
the client's own timeouts give up.

Scenario: laptop 1 (focal point of ``gao``) holds ``--records`` demo records (incidents and
activities; ``--full-activities`` of the activities get exactly 50 participants) and
``--attachments`` files of ``--attachment-size`` random bytes, each attached to a record with
``services.attach_file`` + ``services.save_record`` as the app does. It syncs with
``services.run_sync`` (its own ``SyncClient``: stall timeouts, urllib3 ``Retry``) again and
again — after a failed attempt it waits ``--retry-wait`` seconds, as a person pressing the
button again would — until every record and attachment is acknowledged by the server. Then
laptop 2 (same region, empty) pulls over the same link until it holds what the server holds.
Prints one table: time to converge each way, wire bytes (TCP payload both ways, counted by the
proxy) against the payload (gzip -6 of the records' ``WireRecord`` JSON + attachment bytes),
HTTP requests, failed attempts and urllib3 retries, timeouts, connections cut; then the checks
(0 lost, 0 duplicates: ids, versions, history rows and attachment SHA-256 compared between the
server's database and each laptop) as ok / FAILED. Bounded by ``--max-minutes`` (40 full, 5
quick): what has not converged then is printed. Asserts nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import random
import re
import socket
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from contextlib import closing, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from queue import Empty, Full, Queue
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # benchmarks.sync, tests

import sqlalchemy as sa  # noqa: TID253 - the benchmark runs a server, where SQLAlchemy lives

from benchmarks.sync import demo_pool, fill, gzip_reference, kb, live_server
from focalpoint import services
from focalpoint.domain.errors import Cancelled, SyncError
from focalpoint.server import storage
from focalpoint.store import blobs, records, sync_state
from focalpoint.store.datadir import DataDir

logger = logging.getLogger("link")

REGION = "gao"
READ_CHUNK = 1024  # bytes read at once from a socket: the unit of --drop-rate
REQUEST_LINE = re.compile(
    rb"(GET|POST|HEAD|PUT|DELETE|PATCH) (/[^ \r\n?]*)[^ \r\n]* HTTP/1\.[01]\r\n"
)
PROGRESS_EVERY_S = 10.0
POLL_S = 0.05
PUSH_SHARE = 0.7  # of --max-minutes for laptop 1's syncs; laptop 2 gets the rest at least
QUICK = {  # --quick: a minute or two (each can still be given on the command line)
    "records": 40,
    "full_activities": 2,
    "attachments": 1,
    "attachment_size": 128 * 1024,  # one upload chunk of 16 s at 64 kbit/s: see the docstring
    "cut_every": 30.0,
    "cut_for": 5.0,
    "delay": 0.1,
    "max_minutes": 5.0,
}


# ----------------------------------------------------------------------------- the link


@dataclass(frozen=True)
class LinkSpec:
    """How bad the link is."""

    rate_bps: float = 64_000.0
    delay_s: float = 0.3
    drop_rate: float = 0.0005
    cut_every_s: float = 60.0
    cut_for_s: float = 20.0
    cut_mode: str = "reset"
    buffer_bytes: int = 16 * 1024


class Direction:
    """One direction of the link, shared by every connection: the time its serialiser is
    free again (a chunk waits behind those read before it, whatever their connection)."""

    def __init__(self, spec: LinkSpec) -> None:
        self.spec = spec
        self.free_at = 0.0
        self.lock = threading.Lock()

    def schedule(self, size: int, now: float) -> float:
        """The delivery time of ``size`` bytes read at ``now``."""
        with self.lock:
            start = max(self.free_at, now)
            self.free_at = start + size * 8 / self.spec.rate_bps
            return self.free_at + self.spec.delay_s


class Connection:
    """A client connection and its upstream, resettable (RST both ways) once."""

    def __init__(self, number: int, client: socket.socket, server: socket.socket) -> None:
        self.number = number
        self.client, self.server = client, server
        self.closed = threading.Event()
        self.ended = 0  # directions finished (2: both sockets may be closed)
        self.lock = threading.Lock()

    def reset(self) -> bool:
        """Abort both sockets with a RST; False when already closed."""
        with self.lock:
            if self.closed.is_set():
                return False
            self.closed.set()
        for sock in (self.client, self.server):
            with suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00" * 2)
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RD)  # wakes a blocked recv, sends nothing
            with suppress(OSError):
                sock.close()  # linger 0: RST
        return True

    def finish_direction(self, dst: socket.socket) -> None:
        """One direction ended normally: pass the FIN on; close both after the second."""
        with suppress(OSError):
            dst.shutdown(socket.SHUT_WR)
        with self.lock:
            self.ended += 1
            last = self.ended == 2 and not self.closed.is_set()
            if last:
                self.closed.set()
        if last:
            for sock in (self.client, self.server):
                with suppress(OSError):
                    sock.close()


class ShapingProxy:
    """A TCP relay on 127.0.0.1 to ``upstream`` behaving like a bad 2G link (module
    docstring), counting bytes, HTTP requests and the connections it cut."""

    def __init__(self, upstream: tuple[str, int], spec: LinkSpec, seed: int = 7) -> None:
        self.upstream, self.spec = upstream, spec
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        self.counts: Counter[str] = Counter()
        self.links = {"up": Direction(spec), "down": Direction(spec)}
        self.connections: list[Connection] = []
        self.started = time.monotonic()
        self.stopping = threading.Event()
        self.listener: socket.socket | None = self._listen(0)
        self.port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.was_down = False
        self.threads = [
            threading.Thread(target=self._accept, name="link-accept", daemon=True),
            threading.Thread(target=self._watch_outages, name="link-outages", daemon=True),
        ]
        for thread in self.threads:
            thread.start()

    # -- state and counters -------------------------------------------------------------------

    def restart_schedule(self) -> None:
        """The outage schedule starts now (up for cut_every - cut_for, then down)."""
        self.started = time.monotonic()

    def down_until(self, now: float | None = None) -> float | None:
        """The end of the outage in progress (monotonic time), or None when the link is up."""
        spec = self.spec
        if spec.cut_for_s <= 0 or spec.cut_every_s <= 0:
            return None
        now = time.monotonic() if now is None else now
        phase = (now - self.started) % spec.cut_every_s
        up_for = spec.cut_every_s - spec.cut_for_s
        return now + (spec.cut_every_s - phase) if phase >= up_for else None

    def count(self, key: str, n: int = 1) -> None:
        with self.lock:
            self.counts[key] += n

    def snapshot(self) -> Counter[str]:
        with self.lock:
            return Counter(self.counts)

    def close(self) -> None:
        self.stopping.set()
        for thread in self.threads:
            thread.join(2)
        if self.listener is not None:
            self.listener.close()
        for conn in list(self.connections):
            conn.reset()

    # -- threads ------------------------------------------------------------------------------

    def _listen(self, port: int) -> socket.socket:
        listener = socket.create_server(("127.0.0.1", port))  # SO_REUSEADDR: the same port back
        listener.settimeout(0.2)
        return listener

    def _watch_outages(self) -> None:
        """At the start of an outage (``reset`` mode): reset every connection, stop listening;
        at its end: listen again on the same port."""
        while not self.stopping.wait(POLL_S):
            down = self.down_until() is not None
            if down and not self.was_down:
                self.count("outages")
                logger.info("link DOWN for %.0f s (%s)", self.spec.cut_for_s, self.spec.cut_mode)
                if self.spec.cut_mode == "reset":
                    for conn in list(self.connections):
                        if conn.reset():
                            self.count("cuts.outage")
            elif not down and self.was_down:
                logger.info("link up")
            self.was_down = down

    def _accept(self) -> None:
        number = 0
        while not self.stopping.is_set():
            refuse = self.spec.cut_mode == "reset" and self.down_until() is not None
            if refuse:
                if self.listener is not None:
                    self.listener.close()  # pending, unaccepted connections are reset too
                    self.listener = None
                time.sleep(POLL_S)
                continue
            if self.listener is None:
                try:
                    self.listener = self._listen(self.port)
                except OSError as exc:  # the port is taken for now: try again shortly
                    logger.warning("cannot listen again on %d: %s", self.port, exc)
                    time.sleep(0.5)
                    continue
            try:
                client, _address = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                continue
            if self.spec.cut_mode == "reset" and self.down_until() is not None:
                Connection(-1, client, client).reset()  # came in just as the link went down
                self.count("refused")
                continue
            try:
                server = socket.create_connection(self.upstream, timeout=10)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            client.settimeout(None)
            for sock in (client, server):  # a small window: the sender feels the slow link
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, self.spec.buffer_bytes)
            number += 1
            conn = Connection(number, client, server)
            self.connections = [c for c in self.connections if not c.closed.is_set()] + [conn]
            self.count("connections")
            state = {"kind": "other", "tail": b""}
            for src, dst, way in ((client, server, "up"), (server, client, "down")):
                queue: Queue[tuple[float, bytes] | None] = Queue(
                    maxsize=max(1, self.spec.buffer_bytes // READ_CHUNK)
                )
                threading.Thread(
                    target=self._read, args=(conn, src, way, queue, state), daemon=True
                ).start()
                threading.Thread(
                    target=self._deliver, args=(conn, dst, way, queue, state), daemon=True
                ).start()

    def _read(
        self,
        conn: Connection,
        src: socket.socket,
        way: str,
        queue: Queue[tuple[float, bytes] | None],
        state: dict[str, Any],
    ) -> None:
        """Read chunks as the link's queue lets them in, stamp them with their delivery time."""
        try:
            while not conn.closed.is_set():
                chunk = src.recv(READ_CHUNK)
                if not chunk:
                    break
                if way == "up":
                    self._note_requests(state, chunk)
                self.count(f"read.{way}", len(chunk))
                self.count(f"{state['kind']}.read.{way}", len(chunk))
                item = (self.links[way].schedule(len(chunk), time.monotonic()), chunk)
                while not conn.closed.is_set():
                    try:
                        queue.put(item, timeout=0.2)
                        break
                    except Full:
                        continue
        except OSError:
            pass
        with suppress(Full):
            queue.put(None, timeout=1)  # the end of this direction (unless already cut)

    def _deliver(
        self,
        conn: Connection,
        dst: socket.socket,
        way: str,
        queue: Queue[tuple[float, bytes] | None],
        state: dict[str, Any],
    ) -> None:
        """Deliver each chunk at its time; an outage or a random drop cuts the connection."""
        while not conn.closed.is_set():
            try:
                item = queue.get(timeout=0.2)
            except Empty:
                continue
            if item is None:
                conn.finish_direction(dst)
                return
            due, chunk = item
            while not conn.closed.is_set():
                now = time.monotonic()
                if self.spec.cut_mode == "blackhole" and (end := self.down_until(now)):
                    due = max(due, end)  # held until the link is back
                if now >= due:
                    break
                time.sleep(min(due - now, 0.1))
            if conn.closed.is_set():
                break
            if self.rng.random() < self.spec.drop_rate:
                if conn.reset():
                    self.count("cuts.random")
                    logger.info("connection %d reset at random (%s)", conn.number, way)
                break
            try:
                dst.sendall(chunk)
            except OSError:
                conn.reset()
                break
            self.count(f"wire.{way}", len(chunk))
            self.count(f"{state['kind']}.wire.{way}", len(chunk))
        # what was read but never delivered: lost with the connection
        while True:
            try:
                item = queue.get_nowait()
            except Empty:
                break
            if item is not None:
                self.count(f"lost.{way}", len(item[1]))

    def _note_requests(self, state: dict[str, Any], chunk: bytes) -> None:
        seen = state["tail"] + chunk
        for match in REQUEST_LINE.finditer(seen):
            if match.end() > len(state["tail"]):
                method, path = match.group(1).decode(), match.group(2).decode("latin-1")
                kind = "other"
                for name in ("push", "pull", "blobs"):
                    if path.startswith(f"/api/v1/{name}"):
                        kind = name if name != "blobs" else f"blob-{method.lower()}"
                state["kind"] = kind
                self.count(f"requests.{kind}")
                self.count("requests")
        state["tail"] = seen[-256:]


# ----------------------------------------------------------------------------- what the client says


class LogCounter(logging.Handler):
    """Counts urllib3's retries (and what broke the connection) and the sync engine's
    warnings about cut uploads and downloads."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.counts: Counter[str] = Counter()
        self.count_lock = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        key = ""
        if record.name.startswith("urllib3") and message.startswith("Retrying"):
            reason = re.search(r"broken by '(\w+)", message)
            key = f"urllib3 retry after {reason.group(1) if reason else 'status'}"
        elif record.name.startswith("urllib3") and message.startswith("Retry: "):
            key = "urllib3 retry after a 5xx"
        elif record.name == "focalpoint.server.wire":  # the server's refusals, with their code
            key = f"server: {message}"
        elif record.name.startswith("focalpoint") and record.levelno >= logging.INFO:
            key = f"{record.name.rsplit('.', 1)[-1]}: {_shape(record.msg)}"
            args = record.args if isinstance(record.args, tuple) else ()
            errors = [f"{type(a).__name__}({a})" for a in args if isinstance(a, Exception)]
            key += f" [{', '.join(errors)}]" if errors else ""
        if key:
            with self.count_lock:
                self.counts[key] += 1

    def snapshot(self) -> Counter[str]:
        with self.count_lock:
            return Counter(self.counts)


def _shape(template: object) -> str:
    """A log template without its arguments (``%s`` and friends) for counting."""
    return re.sub(r"%[-.\d]*[sdrf]", "…", str(template))[:70]


class QuietUrllib3(logging.Filter):
    """Keeps urllib3's debug lines (counted) out of the console."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.name.startswith("urllib3") or record.levelno >= logging.WARNING


# ----------------------------------------------------------------------------- the scenario


@dataclass
class Phase:
    """One direction's run of syncs until it converged (or the deadline)."""

    name: str
    deadline: float
    attempts: int = 0
    failed: int = 0
    incomplete: int = 0  # attempts that returned but left something waiting
    converged: bool = False
    seconds: float = 0.0
    failures: Counter[str] = field(default_factory=Counter)
    unexpected: list[str] = field(default_factory=list)
    wire: Counter[str] = field(default_factory=Counter)
    logs: Counter[str] = field(default_factory=Counter)
    reports: Counter[str] = field(default_factory=Counter)
    left: str = ""
    progress: str = ""
    records_at: float | None = None  # seconds until the records alone had converged


def sync_until(
    ws: services.Workspace,
    phase: Phase,
    converged: Callable[[], str],
    records_left: Callable[[], bool],
    proxy: ShapingProxy,
    counter: LogCounter,
    *,
    retry_wait: float,
    cancel: threading.Event,
) -> None:
    """``services.run_sync`` again and again until ``converged()`` says nothing is left
    (it returns what is left, "" when done), waiting ``retry_wait`` after a failure."""
    wire_before, logs_before = proxy.snapshot(), counter.snapshot()
    started = time.monotonic()

    def progress(what: str, done: int, total: int) -> None:
        phase.progress = f"{what} {done:,}/{total:,}"

    cancel.clear()
    while time.monotonic() < phase.deadline and not cancel.is_set():
        phase.attempts += 1
        try:
            report = services.run_sync(ws, progress=progress, cancel=cancel)
        except SyncError as exc:
            phase.failed += 1
            phase.failures[f"{exc.kind}: {exc}"] += 1
            logger.info("%s: attempt %d failed (%s: %s)", phase.name, phase.attempts, exc.kind, exc)
        except Cancelled:
            break
        except Exception as exc:  # anything else is a finding, not a crash
            phase.failed += 1
            phase.unexpected.append(f"{type(exc).__name__}: {exc}")
            logger.exception("%s: attempt %d raised", phase.name, phase.attempts)
        else:
            for name in (
                "pushed",
                "conflicts",
                "rejected",
                "pulled",
                "kept_local",
                "attachments_sent",
                "attachments_received",
            ):
                phase.reports[name] += getattr(report, name)
            phase.left = converged()
            if not phase.left:
                phase.converged = True
                break
            phase.incomplete += 1
            logger.info("%s: attempt %d left %s", phase.name, phase.attempts, phase.left)
        finally:
            if phase.records_at is None and not records_left():
                phase.records_at = time.monotonic() - started
        cancel.wait(retry_wait)
    phase.seconds = time.monotonic() - started
    if phase.records_at is None and not records_left():
        phase.records_at = phase.seconds
    phase.left = "" if phase.converged else (converged() or "the deadline came first")
    phase.wire = proxy.snapshot() - wire_before
    phase.logs = counter.snapshot() - logs_before


def laptop_left(ws: services.Workspace) -> str:
    """What laptop 1 still has to send ("" when the server acknowledged everything)."""
    parts = []
    if n := sync_state.count_to_push(ws.db):
        parts.append(f"{n} records to push")
    if sync_state.get_pending_batch(ws.db) is not None:
        parts.append("an unanswered batch")
    if waiting := blobs.attachments_waiting(ws.db):
        parts.append(f"{len(waiting)} records with attachments to send")
    refused = ws.db.execute("select count(*) from records where sync_error != ''").fetchone()[0]
    if refused:
        parts.append(f"{refused} records refused")
    return ", ".join(parts)


def server_records(engine: sa.Engine) -> dict[str, tuple[int, int]]:
    """id → (version, rows with that id) in the server's records table."""
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text("select id, max(version), count(*) from records group by id")
        ).fetchall()
    return {row[0]: (int(row[1]), int(row[2])) for row in rows}


def server_history(engine: sa.Engine) -> Counter[str]:
    with engine.connect() as conn:
        rows = conn.execute(sa.text("select record_id, count(*) from history group by record_id"))
        return Counter({row[0]: int(row[1]) for row in rows})


def server_blobs(engine: sa.Engine) -> dict[str, str]:
    """sha256 → SHA-256 of the content the server holds complete ("incomplete" if not)."""
    found: dict[str, str] = {}
    with engine.connect() as conn:
        for sha, complete in conn.execute(sa.text("select sha256, complete from blobs")):
            if not complete:
                found[sha] = "incomplete"
                continue
            digest = hashlib.sha256()
            pieces = conn.execute(
                sa.text("select data from blob_chunks where sha256 = :s order by start_byte"),
                {"s": sha},
            )
            for (data,) in pieces:
                digest.update(data)
            found[sha] = digest.hexdigest()
    return found


def local_records(ws: services.Workspace) -> dict[str, tuple[int, int]]:
    rows = ws.db.execute("select id, max(version), count(*) from records group by id").fetchall()
    return {row[0]: (int(row[1]), int(row[2])) for row in rows}


def local_blobs(ws: services.Workspace) -> dict[str, str]:
    """sha256 a live record refers to → SHA-256 of the content held here ("" when absent)."""
    shas = [row[0] for row in ws.db.execute("select distinct sha256 from record_blobs")]
    held = {}
    for sha in shas:
        content = blobs.read_blob(ws.db, sha) if blobs.has_content(ws.db, sha) else b""
        held[sha] = hashlib.sha256(content).hexdigest() if content else ""
    return held


def puller_left(ws: services.Workspace, engine: sa.Engine) -> str:
    """What laptop 2 lacks of what the server holds ("" when it holds all of it)."""
    server, here = server_records(engine), local_records(ws)
    parts = []
    missing = [i for i in server if i not in here]
    stale = [i for i in server if i in here and here[i][0] != server[i][0]]
    if missing:
        parts.append(f"{len(missing)} records missing")
    if stale:
        parts.append(f"{len(stale)} records at another version")
    if wanted := blobs.blobs_to_download(ws.db):
        parts.append(f"{len(wanted)} attachments to download")
    return ", ".join(parts)


def compare(
    label: str, source: services.Workspace, engine: sa.Engine, *, source_is_laptop1: bool
) -> list[tuple[str, str, bool]]:
    """The checks of one copy against the server: (what, measured, ok)."""
    server, here = server_records(engine), local_records(source)
    history = server_history(engine)
    checks = []
    lost = sorted(set(here) - set(server)) if source_is_laptop1 else sorted(set(server) - set(here))
    checks.append((f"{label}: records lost", f"{len(lost)}", not lost))
    extra = (
        sorted(set(server) - set(here)) if source_is_laptop1 else sorted(set(here) - set(server))
    )
    checks.append((f"{label}: records not expected", f"{len(extra)}", not extra))
    dup_server = sum(1 for _v, n in server.values() if n > 1)
    dup_here = sum(1 for _v, n in here.values() if n > 1)
    checks.append(
        (
            f"{label}: ids with >1 row (server, laptop)",
            f"{dup_server}, {dup_here}",
            not (dup_server or dup_here),
        )
    )
    versions = [i for i in set(server) & set(here) if server[i][0] != here[i][0]]
    checks.append((f"{label}: versions differing", f"{len(versions)}", not versions))
    if source_is_laptop1:
        # one push of a record never edited after it: version 1 and one history row; more
        # means a replayed batch was applied twice
        twice = [i for i in server if server[i][0] != 1 or history.get(i, 0) != 1]
        checks.append(("server: records written more than once", f"{len(twice)}", not twice))
    theirs, mine = server_blobs(engine), local_blobs(source)
    bad = [s for s, h in mine.items() if theirs.get(s) != s or h != s]
    checks.append(
        (
            f"{label}: attachments with a missing or wrong SHA-256 (of {len(mine)})",
            f"{len(bad)}",
            not bad,
        )
    )
    return checks


def make_laptop(ws: services.Workspace, args: argparse.Namespace, folder: Path) -> tuple[int, int]:
    """Fill laptop 1: records (some activities with 50 participants) and attachments added as
    the app adds them. Returns (attachment bytes, activities with 50 participants)."""
    pool = demo_pool(ws, args.records)
    widened = 0
    for index, (demo, _checked) in enumerate(pool):
        people = demo.data.get("participants") or []
        if demo.form_id == "activite" and widened < args.full_activities and people:
            data = {**demo.data, "participants": (people * 50)[:50]}
            pool[index] = (demo, services.check_record(ws, ws.forms[demo.form_id], data))
            widened += 1
    fill(ws, pool)
    rng = random.Random(11)
    size = 0
    targets = [demo.id for demo, _c in pool if demo.form_id == "incident"][: args.attachments - 1]
    targets += [demo.id for demo, _c in pool if demo.form_id == "activite"][:1]
    for n, record_id in enumerate(targets[: args.attachments]):
        path = folder / f"photo-{n}.jpg"
        path.write_bytes(rng.randbytes(args.attachment_size))
        attachment = services.attach_file(ws, path)
        record = services.get_record(ws, record_id)
        data = {**record.data, "pieces_jointes": [attachment.as_value()]}
        services.save_record(
            ws, record.form_id, data, record_id=record_id, final=record.status == "final"
        )
        size += args.attachment_size
    return size, widened


def monitor(
    proxy: ShapingProxy, phases: list[Phase], stop: threading.Event, cancel: threading.Event
) -> None:
    """Log progress every few seconds; cancel the sync at its phase's deadline."""
    started = time.monotonic()
    while not stop.wait(PROGRESS_EVERY_S):
        counts = proxy.snapshot()
        phase = phases[-1] if phases else None
        logger.info(
            "%4.0f s  %s  link %s  wire up %s down %s  requests %d  cuts %d  attempts %d "
            "(%d failed)  %s",
            time.monotonic() - started,
            phase.name if phase else "-",
            "DOWN" if proxy.down_until() else "up",
            kb(counts["wire.up"]),
            kb(counts["wire.down"]),
            counts["requests"],
            counts["cuts.outage"] + counts["cuts.random"],
            phase.attempts if phase else 0,
            phase.failed if phase else 0,
            phase.progress if phase else "",
        )
        if phase is not None and time.monotonic() > phase.deadline:
            cancel.set()


def print_table(rows: list[tuple[str, str, str]]) -> None:
    width = max(len(r[0]) for r in rows)
    for what, laptop1, laptop2 in rows:
        print(f"{what:<{width}}  {laptop1:>20}  {laptop2:>20}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--quick", action="store_true", help="40 records, 1 x 128 KB, 5 s cut every 30 s, 100 ms"
    )
    parser.add_argument("--records", type=int, default=200)
    parser.add_argument(
        "--full-activities", type=int, default=5, help="activities with 50 participants"
    )
    parser.add_argument("--attachments", type=int, default=3)
    parser.add_argument("--attachment-size", type=int, default=1024 * 1024)
    parser.add_argument("--rate", type=float, default=64_000.0, help="bit/s each way")
    parser.add_argument("--delay", type=float, default=0.3, help="one-way delay, s")
    parser.add_argument("--drop-rate", type=float, default=0.0005, help="per 1 KiB chunk")
    parser.add_argument("--cut-every", type=float, default=60.0)
    parser.add_argument("--cut-for", type=float, default=20.0)
    parser.add_argument("--cut-mode", choices=("reset", "blackhole"), default="reset")
    parser.add_argument("--buffer", type=int, default=16 * 1024, help="bytes queued each way")
    parser.add_argument("--retry-wait", type=float, default=5.0, help="s after a failed sync")
    parser.add_argument("--max-minutes", type=float, default=40.0)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.quick:
        parser.set_defaults(**QUICK)
        args = parser.parse_args()
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)-7s %(name)s: %(message)s",
        datefmt="%H:%M:%S",
    )
    for handler in logging.getLogger().handlers:
        handler.addFilter(QuietUrllib3())
    counter = LogCounter()
    logging.getLogger().addHandler(counter)
    logging.getLogger("urllib3").setLevel(logging.DEBUG)
    spec = LinkSpec(
        rate_bps=args.rate,
        delay_s=args.delay,
        drop_rate=args.drop_rate,
        cut_every_s=args.cut_every,
        cut_for_s=args.cut_for,
        cut_mode=args.cut_mode,
        buffer_bytes=args.buffer,
    )
    began = time.monotonic()
    budget = args.max_minutes * 60
    rows: list[tuple[str, str, str]] = []
    checks: list[tuple[str, str, bool]] = []
    notes: list[str] = []
    phases: list[Phase] = []
    with tempfile.TemporaryDirectory() as tmp, live_server(Path(tmp)) as (url, engine):
        folder = Path(tmp)
        proxy = ShapingProxy(("127.0.0.1", int(url.rsplit(":", 1)[1])), spec, seed=args.seed)
        first = services.open_workspace(DataDir(folder / "laptop1"))
        second = services.open_workspace(DataDir(folder / "laptop2"))
        stop, cancel = threading.Event(), threading.Event()
        with closing(proxy), closing(first), closing(second):
            attached, widened = make_laptop(first, args, folder)
            count, json_bytes, gzip_bytes = gzip_reference(first)
            payload = gzip_bytes + attached
            participants = sum(
                len(r.data.get("participants") or []) for r in records.iter_records(first.db)
            )
            notes.append(
                f"laptop 1: {count} records in {REGION} ({participants:,} participants, {widened} "
                f"activities with 50), WireRecord JSON {kb(json_bytes)}, gzip -6 {kb(gzip_bytes)}; "
                f"{args.attachments} attachment(s) of {kb(args.attachment_size)}: "
                f"payload {kb(payload)}"
            )
            for ws, name in ((first, "pf-gao-1"), (second, "pf-gao-2")):
                _device, token = storage.add_device(engine, name, "focal_point", [REGION])
                services.enroll(ws, proxy.url, token)  # over the link, before its first outage
            proxy.restart_schedule()
            ideal = payload * 8 / args.rate
            logger.info(
                "scenario: %s; payload alone takes %.0f s at the link rate", notes[0], ideal
            )
            threading.Thread(
                target=monitor, args=(proxy, phases, stop, cancel), daemon=True
            ).start()
            try:
                push = Phase("laptop 1 -> server", began + PUSH_SHARE * budget)
                phases.append(push)
                sync_until(
                    first,
                    push,
                    lambda: laptop_left(first),
                    lambda: bool(
                        sync_state.count_to_push(first.db) or sync_state.get_pending_batch(first.db)
                    ),
                    proxy,
                    counter,
                    retry_wait=args.retry_wait,
                    cancel=cancel,
                )
                pull = Phase("server -> laptop 2", began + budget)
                phases.append(pull)
                sync_until(
                    second,
                    pull,
                    lambda: puller_left(second, engine),
                    lambda: (
                        set(server_records(engine).items()) != set(local_records(second).items())
                    ),
                    proxy,
                    counter,
                    retry_wait=args.retry_wait,
                    cancel=cancel,
                )
            finally:
                stop.set()
            checks += compare("laptop 1 vs server", first, engine, source_is_laptop1=True)
            checks += compare("laptop 2 vs server", second, engine, source_is_laptop1=False)
            with engine.connect() as conn:
                batches = conn.execute(sa.text("select count(*) from batches")).scalar()
            notes.append(f"server batches table: {batches} push batch(es) stored")
            total_counts = proxy.snapshot()

    for phase in phases:
        for failure, n in phase.failures.most_common():
            notes.append(f"{phase.name}: failed attempt x{n}: {failure}")
        for line, n in phase.logs.most_common():
            notes.append(f"{phase.name}: log x{n}: {line}")
        for text in phase.unexpected:
            notes.append(f"{phase.name}: UNEXPECTED exception: {text}")
        if not phase.converged:
            notes.append(f"{phase.name}: NOT CONVERGED: {phase.left}")
        notes.append(
            f"{phase.name}: syncs reported "
            + ", ".join(f"{k} {v}" for k, v in phase.reports.items())
        )
    notes.append(
        f"whole run: {total_counts['connections']} connections, {total_counts['outages']} outages, "
        f"{total_counts['refused']} refused at accept, lost in the proxy's queues when cut: "
        f"up {kb(total_counts['lost.up'])}, down {kb(total_counts['lost.down'])}"
    )

    def cell(phase: Phase | None, fn: Callable[[Phase], str]) -> str:
        return fn(phase) if phase is not None else "not run"

    push = phases[0] if phases else None
    pull = phases[1] if len(phases) > 1 else None
    wire = lambda p: p.wire["wire.up"] + p.wire["wire.down"]  # noqa: E731
    urllib3_retries = lambda p: sum(v for k, v in p.logs.items() if k.startswith("urllib3"))  # noqa: E731

    def timeouts(p: Phase) -> int:
        seen = [*p.logs.elements(), *p.failures.elements()]
        return sum(1 for text in seen if "Timeout" in text)

    rows += [
        ("converged", *(cell(p, lambda p: "yes" if p.converged else "NO") for p in (push, pull))),
        ("time to converge", *(cell(p, lambda p: f"{p.seconds:,.0f} s") for p in (push, pull))),
        (
            "  of which records alone (at the end of the attempt)",
            *(
                cell(p, lambda p: "never" if p.records_at is None else f"{p.records_at:,.0f} s")
                for p in (push, pull)
            ),
        ),
        ("  (payload at link rate alone)", f"{ideal:,.0f} s", f"{ideal:,.0f} s"),
        ("payload (gzip JSON + attachments)", kb(payload), kb(payload)),
        (
            "wire bytes (up + down, delivered)",
            *(cell(p, lambda p: kb(wire(p))) for p in (push, pull)),
        ),
        (
            "  up / down",
            *(
                cell(p, lambda p: f"{kb(p.wire['wire.up'])} / {kb(p.wire['wire.down'])}")
                for p in (push, pull)
            ),
        ),
        ("wire / payload", *(cell(p, lambda p: f"{wire(p) / payload:.2f}") for p in (push, pull))),
        (
            "HTTP requests (all)",
            *(cell(p, lambda p: f"{p.wire['requests']}") for p in (push, pull)),
        ),
    ]
    for kind in ("push", "pull", "blob-head", "blob-put", "blob-get", "other"):
        rows.append(
            (
                f"  {kind}",
                *(cell(p, lambda p, k=kind: f"{p.wire[f'requests.{k}']}") for p in (push, pull)),
            )
        )
    rows += [
        ("sync attempts", *(cell(p, lambda p: f"{p.attempts}") for p in (push, pull))),
        (
            "  failed (SyncError / other)",
            *(
                cell(p, lambda p: f"{p.failed - len(p.unexpected)} / {len(p.unexpected)}")
                for p in (push, pull)
            ),
        ),
        (
            "  returned with something left",
            *(cell(p, lambda p: f"{p.incomplete}") for p in (push, pull)),
        ),
        ("urllib3 retries", *(cell(p, lambda p: f"{urllib3_retries(p)}") for p in (push, pull))),
        (
            "timeouts (read/connect) in logs and failures",
            *(cell(p, lambda p: f"{timeouts(p)}") for p in (push, pull)),
        ),
        (
            "connections opened",
            *(cell(p, lambda p: f"{p.wire['connections']}") for p in (push, pull)),
        ),
        (
            "connections cut (outage / random)",
            *(
                cell(p, lambda p: f"{p.wire['cuts.outage']} / {p.wire['cuts.random']}")
                for p in (push, pull)
            ),
        ),
        ("outages begun", *(cell(p, lambda p: f"{p.wire['outages']}") for p in (push, pull))),
    ]
    cpus = len(os.sched_getaffinity(0))
    print(
        f"\nbenchmarks/link.py{' --quick' if args.quick else ''}  "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M UTC}  nproc={cpus}"
    )
    print(
        f"link: {args.rate / 1000:g} kbit/s and {args.delay * 1000:.0f} ms each way, "
        f"drop {args.drop_rate:g} per KiB, down {args.cut_for:g} s every {args.cut_every:g} s "
        f"({args.cut_mode}), queue {kb(args.buffer)}; "
        f"retry wait {args.retry_wait:g} s; whole run {time.monotonic() - began:,.0f} s"
    )
    print_table([("", "laptop 1 -> server", "server -> laptop 2"), *rows])
    print("\nchecks")
    width = max(len(c[0]) for c in checks)
    for what, measured, ok in checks:
        print(f"{what:<{width}}  {measured:>8}  {'ok' if ok else 'FAILED'}")
    print("\n".join(f"  - {note}" for note in notes))


if __name__ == "__main__":
    main()
