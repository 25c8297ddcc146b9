"""Side by side with PouchDB: our sync and PouchDB's replication moving the same records.

Run (from the repository root): .venv/bin/python benchmarks/peers.py [--records 5000]

Our side is the one of benchmarks/sync.py: the real server (uvicorn in a thread, SQLite in a
temporary folder) and laptop data folders syncing with ``services.run_sync`` (push then pull).
PouchDB's side is pouchdb-server (npm, in-memory MemDOWN backend, a free port on 127.0.0.1)
and node clients, each a local PouchDB on LevelDB in a temporary folder (as a node app keeps
its data), driven by ``benchmarks/peers/pouchdb/replicate.js`` with PouchDB's defaults (batches
of 100 docs, retry off). The script runs ``npm ci`` there when ``node_modules`` is missing.

Both peers start from the same ``--records`` demo records of one region (benchmarks/sync.py's
generator): each is exported as the JSON document ``{"_id": id, ...}`` holding what our wire
record holds (form, version, region, status, data, deleted, author, times), written to one
file the PouchDB clients load. The 10 % edit is ours (``edit_some``), and the edited records'
new content replaces the same documents on the PouchDB side.

Every byte goes through the counting proxy of benchmarks/sync.py (one per server, on
127.0.0.1): TCP payload both ways (HTTP headers and bodies as sent, compressed or not), and the
HTTP request lines. Measured, for each peer: (1) the first push of every record, (2) a sync with
nothing changed, (3) pushing 10 % edits, (4) a second, empty client fetching everything, (5) a
first push cut at 50 %, then resumed. PouchDB appears twice: one-way replication
(``replicate.to``; ``replicate.from`` for the pull), the cheapest thing PouchDB can do, and
``PouchDB.sync`` (both ways), which is what our sync does (it always pushes then pulls).

The cut (5), identical for both peers: on a fresh server database and a fresh client holding
the same records, the proxy lets through half the bytes (up plus down) that this peer's own
uninterrupted first push moved, then drops every open connection and refuses new ones (each
is closed on its first bytes) until the run ends: our ``run_sync`` ends with a network
``SyncError`` after its retries, the node process with a replication error. The proxy is then
opened again and a normal sync resumes the push, from what each peer had kept (our pending
batch and acknowledgements, PouchDB's checkpoints on both sides); the table shows what the
resume costs and the total. After it, the server must hold every record once: 0 lost (every
id there), 0 duplicates (each written once: one history write and no conflict copy on ours,
a revision ``1-…`` and no conflicting revision on PouchDB's).

Prints one table to stdout; asserts nothing (benchmarks print, tests assert). Diagnostics go
to the log (stderr).
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests  # noqa: TID253 - a benchmark script, not the app

from focalpoint import services
from focalpoint.domain.errors import SyncError
from focalpoint.server import storage
from focalpoint.store import records, sync_state
from focalpoint.store.datadir import DataDir
from focalpoint.sync.engine import to_wire

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # benchmarks.sync, run as a script from a clean clone
from benchmarks.sync import (  # noqa: E402 - importable only once ROOT is on the path
    EDITED_FRACTION,
    REGION,
    CountingProxy,
    demo_pool,
    edit_some,
    fill,
    kb,
    live_server,
    measured_sync,
    total,
)

logger = logging.getLogger("benchmarks.peers")

PEER = ROOT / "benchmarks" / "peers" / "pouchdb"
CUT_FRACTION = 0.5
NODE_TIMEOUT_S = 600.0
START_TIMEOUT_S = 30.0
WIRE_FIELDS_NOT_IN_DOCS = ("id", "base_version")  # _id holds the id, _rev the version


class CuttingProxy(CountingProxy):
    """A ``CountingProxy`` that, once armed with a byte budget, relays that many bytes (up and
    down together), then drops every connection and closes each new one on its first bytes
    until disarmed."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.budget: int | None = None
        self.passed = 0
        self.cut = threading.Event()
        super().__init__(upstream)

    def arm(self, budget: int) -> None:
        with self.lock:
            self.budget, self.passed = budget, 0
        self.cut.clear()

    def disarm(self) -> None:
        with self.lock:
            self.budget = None
        self.cut.clear()

    def _cut_all(self) -> None:
        self.cut.set()
        for sock in list(self.sockets):
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def _pump(self, src: socket.socket, dst: socket.socket, way: str, state: dict) -> None:
        tail = b""
        try:
            while chunk := src.recv(65536):
                if self.cut.is_set():
                    break
                cutting = False
                with self.lock:
                    if self.budget is not None:
                        chunk = chunk[: max(self.budget - self.passed, 0)]
                        self.passed += len(chunk)
                        cutting = self.passed >= self.budget
                if chunk:
                    tail = self._count(chunk, tail, way, state)
                    dst.sendall(chunk)
                if cutting:
                    logger.info("proxy: %s bytes passed, every connection dropped", self.passed)
                    self._cut_all()
                    break
        except OSError:
            pass
        finally:
            for sock in (src, dst) if self.cut.is_set() else (dst,):
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR if self.cut.is_set() else socket.SHUT_WR)


@dataclass
class Step:
    """What one step cost on the wire, and what the client said it moved."""

    requests: int = 0
    up: int = 0
    down: int = 0
    docs: int = 0
    seconds: float = 0.0
    ok: bool = True
    error: str = ""

    @property
    def bytes(self) -> int:
        return self.up + self.down

    @classmethod
    def of(cls, delta: Counter[str], **kwargs: Any) -> Step:
        return cls(total(delta, "requests"), total(delta, "up"), total(delta, "down"), **kwargs)


@dataclass
class Peer:
    """One column of the table."""

    name: str
    steps: dict[str, Step] = field(default_factory=dict)
    lost: int = -1
    duplicates: int = -1
    notes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- the records, as documents


def export_docs(ws: services.Workspace, ids: set[str] | None = None) -> list[dict[str, Any]]:
    """The records (those of ``ids`` when given) as PouchDB documents, sorted by id."""
    docs = []
    for record in records.iter_records(ws.db):
        if ids is not None and record.id not in ids:
            continue
        wire = json.loads(to_wire(record).model_dump_json())
        doc = {"_id": wire["id"]}
        doc.update({k: v for k, v in wire.items() if k not in WIRE_FIELDS_NOT_IN_DOCS})
        docs.append(doc)
    return sorted(docs, key=lambda d: d["_id"])


# ---------------------------------------------------------------- our side


def run_ours(pool: list[Any], tmp: Path, edit_file: Path) -> tuple[Peer, list[dict[str, Any]]]:
    """Every step on our side; returns the column and the edited records as documents (the
    10 % edit is made here, and the same documents are edited on PouchDB's side)."""
    peer = Peer("ours: focalpoint sync")
    with live_server(tmp / "ours") as (url, engine):
        proxy = CuttingProxy(("127.0.0.1", int(url.rsplit(":", 1)[1])))
        first = services.open_workspace(DataDir(tmp / "ours" / "laptop1"))
        second = services.open_workspace(DataDir(tmp / "ours" / "laptop2"))
        with closing(proxy), closing(first), closing(second):
            fill(first, pool)
            for ws, name in ((first, "pf-gao-1"), (second, "pf-gao-2")):
                _device, token = storage.add_device(engine, name, "focal_point", [REGION])
                services.enroll(ws, proxy.url, token)

            report, delta, seconds = measured_sync(first, proxy)
            peer.steps["push"] = Step.of(delta, docs=report.pushed, seconds=seconds)
            report, delta, seconds = measured_sync(first, proxy)
            peer.steps["empty"] = Step.of(delta, docs=report.pushed + report.pulled)

            before = {d["_id"]: d for d in export_docs(first)}
            edited = edit_some(first, EDITED_FRACTION, random.Random(5))
            changed = {d["_id"] for d in export_docs(first) if d != before.get(d["_id"])}
            edits = export_docs(first, changed)
            edit_file.write_text(json.dumps(edits), encoding="utf-8")
            logger.info("ours: %s records edited (%s changed)", edited, len(edits))
            report, delta, seconds = measured_sync(first, proxy)
            peer.steps["edit"] = Step.of(delta, docs=report.pushed, seconds=seconds)

            report, delta, seconds = measured_sync(second, proxy)
            peer.steps["pull"] = Step.of(delta, docs=report.pulled, seconds=seconds)
    budget = int(peer.steps["push"].bytes * CUT_FRACTION)
    run_ours_cut(peer, pool, tmp / "ours-cut", budget)
    return peer, edits


def run_ours_cut(peer: Peer, pool: list[Any], folder: Path, budget: int) -> None:
    """Step 5 on a fresh server and a fresh laptop holding the same records."""
    import sqlalchemy as sa

    from focalpoint.server.storage import schema

    folder.mkdir()
    with live_server(folder) as (url, engine):
        proxy = CuttingProxy(("127.0.0.1", int(url.rsplit(":", 1)[1])))
        ws = services.open_workspace(DataDir(folder / "laptop3"))
        with closing(proxy), closing(ws):
            fill(ws, pool)
            _device, token = storage.add_device(engine, "pf-gao-3", "focal_point", [REGION])
            services.enroll(ws, proxy.url, token)
            proxy.arm(budget)
            before = proxy.snapshot()
            started = time.perf_counter()
            try:
                report = services.run_sync(ws)
                cut = Step.of(proxy.snapshot() - before, docs=report.pushed, ok=True)
            except SyncError as exc:
                cut = Step.of(proxy.snapshot() - before, ok=False, error=exc.kind)
            cut.seconds = time.perf_counter() - started
            proxy.disarm()
            peer.steps["cut"] = cut
            report, delta, seconds = measured_sync(ws, proxy)
            peer.steps["resume"] = Step.of(delta, docs=report.pushed, seconds=seconds)
            waiting = sync_state.count_to_push(ws.db)
        expected = {demo.id for demo, _checked in pool}
        with engine.connect() as conn:
            ids = [r.id for r in conn.execute(sa.select(schema.records.c.id))]
            writes = conn.execute(
                sa.select(sa.func.count()).where(schema.history.c.kind == "write")
            ).scalar_one()
            conflicts = conn.execute(sa.select(sa.func.count()).select_from(schema.conflicts))
            conflict_count = conflicts.scalar_one()
    peer.lost = len(expected - set(ids))
    peer.duplicates = (len(ids) - len(set(ids))) + (writes - len(set(ids))) + conflict_count
    peer.notes.append(
        f"cut run ended with {cut.error or 'no error'} after {cut.seconds:.1f} s (client retries "
        f"included); resume pushed {report.pushed:,}, conflicts {report.conflicts}, pulled "
        f"back {report.pulled + report.kept_local}; server: {len(ids):,} records, {writes:,} "
        f"history writes, {conflict_count} conflict copies; laptop still waiting: {waiting}"
    )


# ---------------------------------------------------------------- PouchDB's side


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise RuntimeError(f"{name} not found on PATH (node and npm are needed)")
    return path


def ensure_node_modules() -> None:
    """``npm ci`` in benchmarks/peers/pouchdb when its node_modules is missing. Install scripts
    are skipped: leveldown loads the prebuilt binary its package ships, and the SQLite
    adapter of pouchdb-server (the only other package with one) is not used."""
    wanted = [
        PEER / "node_modules" / p / "package.json" for p in ("pouchdb-server", "pouchdb-node")
    ]
    if all(p.exists() for p in wanted):
        return
    command = "ci" if (PEER / "package-lock.json").exists() else "install"
    logger.info("npm %s in %s", command, PEER)
    subprocess.run(
        [tool("npm"), command, "--ignore-scripts", "--no-audit", "--no-fund"],
        cwd=PEER,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def package_version(name: str) -> str:
    path = PEER / "node_modules" / name / "package.json"
    return str(json.loads(path.read_text(encoding="utf-8"))["version"])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def pouchdb_server(folder: Path) -> Iterator[str]:
    """pouchdb-server, in memory, on a free port of 127.0.0.1 → its URL."""
    folder.mkdir(parents=True)
    port = free_port()
    command = [
        tool("node"),
        str(PEER / "node_modules" / "pouchdb-server" / "bin" / "pouchdb-server"),
    ]
    command += ["--in-memory", "--host", "127.0.0.1", "--port", str(port)]
    command += ["--dir", str(folder), "--config", str(folder / "config.json"), "--no-stdout-logs"]
    log = (folder / "stdout.log").open("wb")
    child = subprocess.Popen(command, cwd=folder, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                requests.get(url, timeout=1).raise_for_status()
                break
            except requests.RequestException:
                if child.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"pouchdb-server did not start, see {folder}") from None
                time.sleep(0.1)
        logger.info("pouchdb-server at %s (pid %s)", url, child.pid)
        yield url
    finally:
        child.terminate()
        try:
            child.wait(10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait(10)
        log.close()


def node(mode: str, local: Path, target: str) -> dict[str, Any]:
    """One run of replicate.js → its JSON answer (``ok`` false on a replication error)."""
    command = [tool("node"), str(PEER / "replicate.js"), mode, str(local), target]
    try:
        done = subprocess.run(
            command, cwd=PEER, capture_output=True, text=True, timeout=NODE_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired:
        return {"ok": False, "error": f"no end after {NODE_TIMEOUT_S:.0f} s (killed)"}
    lines = done.stdout.strip().splitlines()
    if not lines:
        return {"ok": False, "error": f"exit {done.returncode}: {done.stderr.strip()[-300:]}"}
    answer: dict[str, Any] = json.loads(lines[-1])
    logger.info("node %s %s: %s", mode, local.name, answer)
    return answer


def measured_node(mode: str, local: Path, target: str, proxy: CountingProxy) -> Step:
    before = proxy.snapshot()
    answer = node(mode, local, target)
    delta = proxy.snapshot() - before
    docs = int(answer.get("docs_written", 0))
    seconds = float(answer.get("seconds", 0.0))
    ok, error = bool(answer.get("ok")), str(answer.get("error", ""))
    return Step.of(delta, docs=docs, seconds=seconds, ok=ok, error=error)


def run_pouchdb(
    variant: str, docs_file: Path, edit_file: Path, expected: set[str], server: str, tmp: Path
) -> Peer:
    """Every step with PouchDB: ``variant`` "push" (one-way replication) or "sync" (both
    ways), each on its own server databases and its own clients."""
    label = "one-way replicate()" if variant == "push" else "sync(), both ways"
    peer = Peer(f"PouchDB {label}")
    folder = tmp / f"pouch-{variant}"
    folder.mkdir()
    for db in (variant, f"{variant}-cut"):  # made directly, as our server's devices are
        requests.put(f"{server}/{db}", timeout=10).raise_for_status()
    proxy = CuttingProxy(("127.0.0.1", int(server.rsplit(":", 1)[1])))
    with closing(proxy):
        first, remote = folder / "laptop1", f"{proxy.url}/{variant}"
        node("load", first, str(docs_file))
        peer.steps["push"] = measured_node(variant, first, remote, proxy)
        peer.steps["empty"] = measured_node(variant, first, remote, proxy)
        node("edit", first, str(edit_file))
        peer.steps["edit"] = measured_node(variant, first, remote, proxy)
        pull = "pull" if variant == "push" else "sync"
        peer.steps["pull"] = measured_node(pull, folder / "laptop2", remote, proxy)

        third, remote = folder / "laptop3", f"{proxy.url}/{variant}-cut"
        node("load", third, str(docs_file))
        proxy.arm(int(peer.steps["push"].bytes * CUT_FRACTION))
        peer.steps["cut"] = measured_node(variant, third, remote, proxy)
        proxy.disarm()
        peer.steps["resume"] = measured_node(variant, third, remote, proxy)
    check = requests.get(
        f"{server}/{variant}-cut/_all_docs",
        params={"include_docs": "true", "conflicts": "true"},
        timeout=60,
    ).json()
    rows = [row for row in check["rows"] if not row["id"].startswith("_design/")]
    ids = [row["id"] for row in rows]
    twice = sum(1 for row in rows if not row["value"]["rev"].startswith("1-"))
    conflicted = sum(1 for row in rows if row["doc"].get("_conflicts"))
    peer.lost = len(expected - set(ids))
    peer.duplicates = (len(ids) - len(set(ids))) + twice + conflicted
    cut = peer.steps["cut"]
    peer.notes.append(
        f"cut run ended with {cut.error or 'no error'!r} after {cut.seconds:.1f} s; resume "
        f"wrote {peer.steps['resume'].docs:,} docs; server: {len(ids):,} docs, {twice} written "
        f"more than once, {conflicted} with conflicting revisions"
    )
    return peer


# ---------------------------------------------------------------- the table


ROWS: list[tuple[str, str, str]] = [
    ("push", "requests", "(1) first push of {n}: requests"),
    ("push", "bytes", "(1) first push of {n}: bytes"),
    ("empty", "requests", "(2) empty sync: requests"),
    ("empty", "bytes", "(2) empty sync: bytes"),
    ("edit", "requests", "(3) push {e} edits (10 %): requests"),
    ("edit", "bytes", "(3) push {e} edits (10 %): bytes"),
    ("pull", "requests", "(4) empty client pulls all: requests"),
    ("pull", "bytes", "(4) empty client pulls all: bytes"),
    ("cut", "requests", "(5) push cut at 50 %: requests before the cut"),
    ("cut", "bytes", "(5) push cut at 50 %: bytes before the cut"),
    ("resume", "requests", "(5) resume to finish: requests"),
    ("resume", "bytes", "(5) resume to finish: bytes"),
    ("total", "requests", "(5) cut + resume, total: requests"),
    ("total", "bytes", "(5) cut + resume, total: bytes"),
]


def value(peer: Peer, step: str, what: str) -> int:
    if step == "total":
        return value(peer, "cut", what) + value(peer, "resume", what)
    found = peer.steps[step]
    return found.requests if what == "requests" else found.bytes


def show(n: int, what: str) -> str:
    return f"{n:,}" if what == "requests" else f"{n:,} B ({kb(n)})"


def verdict(ours: int, best: int, what: str) -> str:
    """Ours beside the cheapest PouchDB column."""
    if ours == best:
        return "tie"
    if ours < best:
        return f"ours: {best / max(ours, 1):.1f}x fewer"
    return f"OURS LOSE by {show(ours - best, what)} ({ours / max(best, 1):.2f}x)"


def table(peers: list[Peer], count: int, edited: int) -> list[str]:
    ours, others = peers[0], peers[1:]
    header = ["", *(p.name for p in peers), "ours vs cheapest PouchDB"]
    lines = []
    for step, what, label in ROWS:
        if step in ("cut",):  # the cut point is set by the budget, not a result: no verdict
            cells = [show(value(p, step, what), what) for p in peers]
            lines.append([label.format(n=f"{count:,}", e=f"{edited:,}"), *cells, ""])
            continue
        mine = value(ours, step, what)
        best = min(value(p, step, what) for p in others)
        cells = [show(value(p, step, what), what) for p in peers]
        lines.append(
            [label.format(n=f"{count:,}", e=f"{edited:,}"), *cells, verdict(mine, best, what)]
        )
    lines.append(["(5) after the resume: lost", *(str(p.lost) for p in peers), ""])
    lines.append(["(5) after the resume: duplicates", *(str(p.duplicates) for p in peers), ""])
    moved = [["records moved: (1)/(3)/(4)/(5) resume"]]
    moved[0] += [
        "/".join(f"{p.steps[s].docs:,}" for s in ("push", "edit", "pull", "resume")) for p in peers
    ]
    moved[0].append("")
    lines += moved
    widths = [max(len(row[i]) for row in [header, *lines]) for i in range(len(header))]
    out = []
    for row in [header, *lines]:
        first = row[0].ljust(widths[0])
        rest = [cell.rjust(widths[i + 1]) for i, cell in enumerate(row[1:-1])]
        out.append("  ".join([first, *rest, row[-1]]))
    out.insert(1, "-" * len(out[0]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=5000)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    started = time.perf_counter()
    ensure_node_modules()
    node_version = subprocess.check_output([tool("node"), "--version"], text=True).strip()
    versions = (
        f"pouchdb-server {package_version('pouchdb-server')}, pouchdb-node "
        f"{package_version('pouchdb-node')} (pouchdb-core {package_version('pouchdb-core')} "
        f"in the server), node {node_version}"
    )
    with tempfile.TemporaryDirectory(prefix="peers-") as name:
        tmp = Path(name)
        maker = services.open_workspace(DataDir(tmp / "maker"))
        with closing(maker):
            pool = demo_pool(maker, max(args.records, 1))
            fill(maker, pool)
            docs = export_docs(maker)
        docs_file, edit_file = tmp / "docs.json", tmp / "edits.json"
        text = json.dumps(docs).encode("utf-8")
        docs_file.write_bytes(text)
        logger.info("%s records as documents: %s", len(docs), kb(len(text)))
        expected = {d["_id"] for d in docs}

        ours, edits = run_ours(pool, tmp, edit_file)
        with pouchdb_server(tmp / "pouchdb-server") as server:
            pouch = [
                run_pouchdb(v, docs_file, edit_file, expected, server, tmp)
                for v in ("push", "sync")
            ]
    peers = [ours, *pouch]
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"benchmarks/peers.py  {datetime.now(UTC):%Y-%m-%d %H:%M UTC}  nproc={cpus}")
    print(f"versions: {versions}; focalpoint at {ROOT}")
    print(
        "counted: TCP payload bytes both directions (HTTP headers + bodies as sent, "
        "gzip or not; no TCP/IP headers) and HTTP request lines, through one counting proxy "
        "on 127.0.0.1 per server"
    )
    print(
        f"data: {len(docs):,} demo records of {REGION} (JSON {kb(len(text))}, gzip -6 "
        f"{kb(len(gzip.compress(text, 6)))}); cut at {CUT_FRACTION:.0%} of each one's own "
        "first-push bytes"
    )
    print("\n".join(table(peers, len(docs), len(edits))))
    for peer in peers:
        steps = ", ".join(f"{k} {s.seconds:.1f} s" for k, s in peer.steps.items())
        failed = [f"{k}: {s.error}" for k, s in peer.steps.items() if not s.ok and k != "cut"]
        print(f"  - {peer.name}: {steps}" + (f"; FAILED {failed}" if failed else ""))
        for note in peer.notes:
            print(f"    {note}")
    print(f"  - whole run {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
