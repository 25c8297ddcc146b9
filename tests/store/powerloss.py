"""Simulated power loss for SQLite (THREATS §2, durability test 2), after SQLite's crash VFS.

``PowerLossVFS`` is an APSW VFS that inherits the default (unix) VFS: reads and writes go to
real files, so the process sees its own writes as it would through the page cache. Beside them
it models the disk: for every file, the content as of its last ``xSync`` (``durable``) and the
writes and truncations made since (``pending``). At a random write, truncate or sync (the
"crash" operation) it freezes a crash image of every file: the durable content plus a random
subset of the pending operations, applied in order, some of them torn — each 512-byte sector
piece of a torn write is new, old or garbage, and nothing outside the written range changes
(the unix VFS claims ``SQLITE_IOCAP_POWERSAFE_OVERWRITE``). A sync that the crash interrupts
makes nothing durable. Creating and deleting files change the folder, which lasts only once it
is synced — as the unix VFS does at the first sync of a journal or WAL it created, or when a
deletion asks for it — and the crash keeps a random prefix of the unsynced folder changes (a
journalling file system keeps their order): an undone deletion brings the file back (this is
why ``synchronous=EXTRA`` exists for rollback journals). The real ``fsync`` is skipped:
durability is what the model decides, not the disk.

``run_power_loss`` drives a workload — one transaction per "form": a form row and its child
rows, like one save, new forms and edits — until the crash, closes the doomed connection,
writes the crash images over the files (the ``-shm`` index is dropped: SQLite rebuilds it),
reopens the database with the normal VFS and checks it: ``PRAGMA integrity_check``, every
commit that returned before the crash present, every form complete (its child rows all there,
every payload exactly as written). A failed check starts a new database.
"""

from __future__ import annotations

import logging
import os
import random
import shutil
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import apsw

from focalpoint.store.db import PINNED_PRAGMAS

logger = logging.getLogger(__name__)

SECTOR = 512  # the unit a torn write is cut into
SHM_SUFFIX = "-shm"
DB_NAME = "forms.db"


# ----------------------------------------------------------------------------- the disk model

_FLAGS = apsw.mapping_open_flags
OPEN_CREATE = _FLAGS["SQLITE_OPEN_CREATE"]
KINDS = {  # the kind of file, from its open flags
    _FLAGS["SQLITE_OPEN_MAIN_DB"]: "database",
    _FLAGS["SQLITE_OPEN_WAL"]: "wal",
    _FLAGS["SQLITE_OPEN_MAIN_JOURNAL"]: "journal",
    _FLAGS["SQLITE_OPEN_SUPER_JOURNAL"]: "super-journal",
}
DIRSYNC_KINDS = {"wal", "journal", "super-journal"}  # unix syncs the folder on their 1st sync


@dataclass(frozen=True)
class _Write:
    offset: int
    data: bytes


@dataclass(frozen=True)
class _Truncate:
    size: int


def _put(buf: bytearray, offset: int, data: bytes) -> None:
    """Write ``data`` at ``offset`` of ``buf`` (a gap before it reads as zeros, like a hole)."""
    if offset > len(buf):
        buf.extend(bytes(offset - len(buf)))
    buf[offset : offset + len(data)] = data


def _resize(buf: bytearray, size: int) -> None:
    if size < len(buf):
        del buf[size:]
    else:
        buf.extend(bytes(size - len(buf)))


@dataclass
class FileState:
    """One file as the disk holds it: content as of its last sync, and what came after."""

    kind: str
    durable: bytearray
    pending: list[_Write | _Truncate] = field(default_factory=list)

    def sync(self) -> None:
        """The pending operations reach the disk."""
        for op in self.pending:
            if isinstance(op, _Write):
                _put(self.durable, op.offset, op.data)
            else:
                _resize(self.durable, op.size)
        self.pending.clear()

    def copy(self) -> FileState:
        return FileState(self.kind, bytearray(self.durable), list(self.pending))

    def crash_image(self, crash: Crash) -> bytes:
        """The file after the power cut: each pending operation, in order, is applied, torn
        (writes only) or lost, with the probabilities of ``crash``."""
        image = bytearray(self.durable)
        if self.pending:
            crash.tally[f"crashes with unsynced {self.kind} writes"] += 1
        for op in self.pending:
            roll = crash.rng.random()
            if isinstance(op, _Truncate):
                if roll < crash.keep:
                    _resize(image, op.size)
            elif roll < crash.keep:
                _put(image, op.offset, op.data)
            elif roll < crash.keep + crash.torn:
                _tear(image, op, crash.rng)
                crash.tally["writes torn"] += 1
            else:
                crash.tally["writes lost"] += 1
        return bytes(image)


@dataclass
class Crash:
    """The dice of one power cut: how likely each unsynced write is to be kept or torn."""

    rng: random.Random
    keep: float
    torn: float
    tally: Counter[str]


def _tear(image: bytearray, op: _Write, rng: random.Random) -> None:
    """Apply ``op`` sector by sector: each piece (within the written range: nothing outside
    it changes) new, old or garbage."""
    start = op.offset
    end = op.offset + len(op.data)
    while start < end:
        stop = min(end, (start // SECTOR + 1) * SECTOR)
        roll = rng.random()
        if roll < 0.5:
            _put(image, start, op.data[start - op.offset : stop - op.offset])
        elif roll < 0.7:
            _put(image, start, rng.randbytes(stop - start))
        elif start > len(image):  # an old sector past the end: the hole reads as zeros
            _put(image, start, bytes(stop - start))
        start = stop


@dataclass(frozen=True)
class _Created:
    path: str


@dataclass(frozen=True)
class _Deleted:
    path: str
    state: FileState  # the file as it was when deleted, should the deletion not last


class PowerLossVFS(apsw.VFS):
    """The default VFS plus a model of what would survive a power cut (see the module doc).

    ``arm`` starts a run on the files of one folder and says after how many writes, truncates
    and syncs the power goes; ``crashed`` tells when it went; ``restore`` (after the doomed
    connection is closed) puts the crash images in place of the files. ``tally`` counts what
    the crashes hit (unsynced writes per kind of file, torn writes, undone deletions).
    """

    def __init__(self, name: str, rng: random.Random) -> None:
        self.vfs_name = name
        self.rng = rng
        self.files: dict[str, FileState] = {}
        self.directory: list[_Created | _Deleted] = []  # folder changes not yet synced
        self.folder: Path | None = None
        self.ops = 0
        self.crash_at = 0
        self.crashed = False
        self.images: dict[str, bytes] = {}
        self.tally: Counter[str] = Counter()
        super().__init__(name, "")

    def arm(self, folder: Path, crash_at: int) -> None:
        """Model the files of ``folder`` from now on (as they are: durable); cut the power at
        write, truncate or sync number ``crash_at``."""
        self.folder = folder
        self.files = {}
        self.directory = []
        self.ops = 0
        self.crash_at = crash_at
        self.crashed = False
        self.images = {}

    def opened(self, path: str, flags: int, existed: bool) -> FileState:
        """The model of ``path``, just opened (a file met for the first time is durable)."""
        state = self.files.get(path)
        if state is None:
            kind = next((k for bit, k in KINDS.items() if flags & bit), "other")
            data = Path(path).read_bytes() if existed else b""
            state = self.files[path] = FileState(kind, bytearray(data))
        if not existed:
            self.directory.append(_Created(path))
        return state

    def sync_directory(self) -> None:
        """The folder's creations and deletions so far reach the disk."""
        self.directory.clear()

    def tick(self) -> bool:
        """Count one write, truncate or sync; True when the power goes at this one."""
        self.ops += 1
        if self.ops < self.crash_at:
            return False
        self._crash()
        return True

    def _crash(self) -> None:
        assert self.folder is not None
        keep = self.rng.random()
        crash = Crash(self.rng, keep, self.rng.uniform(0.0, 1.0 - keep), self.tally)
        images = {path: state.crash_image(crash) for path, state in self.files.items()}
        for entry in self.folder.iterdir():  # files not touched since the run began: as they are
            path = str(entry)
            if path not in images and not path.endswith(SHM_SUFFIX) and entry.is_file():
                images[path] = entry.read_bytes()
        # the folder's changes reach the disk in order (a journalling file system): a prefix
        lasting = self.rng.randint(0, len(self.directory))
        for change in reversed(self.directory[lasting:]):
            if isinstance(change, _Created):
                images.pop(change.path, None)
                self.tally["creations undone"] += 1
            else:
                images[change.path] = change.state.crash_image(crash)
                self.tally["deletions undone"] += 1
        self.images = images
        self.crashed = True
        self.tally["crashes"] += 1

    def restore(self) -> None:
        """Replace the folder's files by the crash images (call once no connection is open)."""
        assert self.folder is not None
        assert self.crashed
        for entry in self.folder.iterdir():
            entry.unlink()
        for path, data in self.images.items():
            Path(path).write_bytes(data)
        self.files = {}
        self.directory = []

    def xOpen(self, name: str | apsw.URIFilename | None, flags: list[int]) -> PowerLossFile:
        """Open a file through the default VFS, modelled unless it is a temporary file."""
        return PowerLossFile(self, name, flags)

    def xDelete(self, filename: str, syncdir: bool) -> None:
        """Delete the file; the deletion lasts once the folder is synced (``syncdir`` syncs it
        at once, as unix does)."""
        if self.crashed:
            super().xDelete(filename, syncdir)
            return
        state = self.files.get(filename)
        if state is None:  # not opened in this run: as it is on disk
            data = Path(filename).read_bytes() if os.path.exists(filename) else b""
            state = FileState("other", bytearray(data))
        before = state.copy()
        super().xDelete(filename, syncdir)
        self.files.pop(filename, None)
        self.directory.append(_Deleted(filename, before))
        if syncdir:
            self.sync_directory()


class PowerLossFile(apsw.VFSFile):
    """A file of ``PowerLossVFS``: every write, truncate and sync is reported to the model."""

    def __init__(
        self, vfs: PowerLossVFS, name: str | apsw.URIFilename | None, flags: list[int]
    ) -> None:
        path = name.filename() if isinstance(name, apsw.URIFilename) else name
        existed = bool(path) and os.path.exists(path)  # type: ignore[arg-type]
        super().__init__("", name, flags)
        self.vfs = vfs
        self.state: FileState | None = None
        self.syncs_directory = False
        if path and not vfs.crashed:
            self.state = vfs.opened(path, flags[0], existed)
            self.syncs_directory = bool(flags[0] & OPEN_CREATE) and (
                self.state.kind in DIRSYNC_KINDS
            )

    def _live(self) -> FileState | None:
        return None if self.vfs.crashed else self.state

    def xWrite(self, data: bytes, offset: int) -> None:
        """Write through, and keep the write as pending (the crash may tear or lose it)."""
        super().xWrite(data, offset)
        state = self._live()
        if state is not None:
            state.pending.append(_Write(offset, bytes(data)))
            self.vfs.tick()

    def xTruncate(self, newsize: int) -> None:
        """Truncate through, pending like a write."""
        super().xTruncate(newsize)
        state = self._live()
        if state is not None:
            state.pending.append(_Truncate(newsize))
            self.vfs.tick()

    def xSync(self, flags: int) -> None:
        """Make the pending operations durable, unless the power goes during the sync; the
        first sync of a journal or WAL opened with ``SQLITE_OPEN_CREATE`` syncs the folder."""
        state = self._live()
        if state is None or self.vfs.tick():
            return
        state.sync()
        if self.syncs_directory:
            self.vfs.sync_directory()
            self.syncs_directory = False


# ----------------------------------------------------------------------------- the workload


@dataclass(frozen=True)
class Settings:
    """The journal settings under test (the app pins WAL + FULL)."""

    journal_mode: str = str(PINNED_PRAGMAS["journal_mode"])
    synchronous: int | str = PINNED_PRAGMAS["synchronous"]
    # below SQLite's 1000 pages, so nearly every run checkpoints and restarts the WAL
    autocheckpoint: int = 64

    @property
    def label(self) -> str:
        names: dict[object, str] = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}
        sync = names.get(self.synchronous, str(self.synchronous).upper())
        return f"{self.journal_mode.upper()}+{sync}"


APP_SETTINGS = Settings()


@dataclass
class Report:
    """What the crashes did: counts, and the first few problems in words."""

    settings: str
    crashes: int = 0
    commits: int = 0  # commits that returned (acknowledged)
    corrupt: int = 0  # crashes after which integrity_check failed or the file was unreadable
    partial: int = 0  # forms found incomplete or not as written
    lost: int = 0  # acknowledged commits missing after a crash
    crashes_losing: int = 0  # crashes that lost at least one acknowledged commit
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)
    coverage: Counter[str] = field(default_factory=Counter)  # what the crashes hit

    @property
    def ok(self) -> bool:
        """Nothing corrupt, partial or lost."""
        return self.corrupt == 0 and self.partial == 0 and self.lost == 0

    def summary(self) -> str:
        return (
            f"{self.settings}: {self.crashes} crashes, {self.commits} acknowledged commits, "
            f"{self.corrupt} corrupt, {self.partial} partial forms, {self.lost} acknowledged "
            f"lost (in {self.crashes_losing} crashes), {self.seconds:.1f} s"
        )


@dataclass(frozen=True)
class Form:
    """One saved form: its row and its child rows, as written."""

    id: str
    rev: int
    payload: str
    children: tuple[str, ...]


def make_form(rng: random.Random, form_id: str, rev: int) -> Form:
    """A form of 0 to 12 child rows (sometimes 40 to 60: several pages), random sizes."""
    count = rng.randint(40, 60) if rng.random() < 0.05 else rng.randint(0, 12)
    tag = f"{form_id}/{rev}"

    def text(length: int, index: int) -> str:
        return (f"{tag}/{index}|" * (length // 40 + 1))[:length]

    children = tuple(text(rng.randint(20, 400), i) for i in range(count))
    return Form(form_id, rev, text(rng.randint(50, 1500), -1), children)


SCHEMA = (
    "CREATE TABLE IF NOT EXISTS forms(id TEXT PRIMARY KEY, rev INTEGER NOT NULL,"
    " n_children INTEGER NOT NULL, payload TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS children(form_id TEXT NOT NULL REFERENCES forms(id),"
    " idx INTEGER NOT NULL, payload TEXT NOT NULL, PRIMARY KEY(form_id, idx));"
)


def save_form(conn: apsw.Connection, form: Form) -> None:
    """One transaction: the form row (insert or edit) and all its child rows."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        if form.rev == 1:
            conn.execute(
                "INSERT INTO forms VALUES (?, 1, ?, ?)",
                (form.id, len(form.children), form.payload),
            )
        else:
            conn.execute(
                "UPDATE forms SET rev = ?, n_children = ?, payload = ? WHERE id = ?",
                (form.rev, len(form.children), form.payload, form.id),
            )
            conn.execute("DELETE FROM children WHERE form_id = ?", (form.id,))
        conn.executemany(
            "INSERT INTO children VALUES (?, ?, ?)",
            [(form.id, i, text) for i, text in enumerate(form.children)],
        )
    except BaseException:
        if not conn.getautocommit():
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@dataclass
class Ledger:
    """What the workload knows of one database: forms as written and acknowledged commits."""

    written: dict[tuple[str, int], Form] = field(default_factory=dict)
    acked: dict[str, int] = field(default_factory=dict)  # form id -> last acknowledged rev
    inflight: tuple[str, int] | None = None  # the commit the power cut interrupted, if any


def run_until_crash(
    vfs: PowerLossVFS, path: Path, settings: Settings, ledger: Ledger, rng: random.Random
) -> int:
    """Save forms through ``vfs`` until the power goes; returns the commits acknowledged."""
    acknowledged = 0
    ledger.inflight = None
    conn = apsw.Connection(str(path), vfs=vfs.vfs_name)
    try:
        mode = conn.execute(f"PRAGMA journal_mode={settings.journal_mode}").fetchall()[0][0]
        conn.execute(f"PRAGMA synchronous={settings.synchronous}")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(f"PRAGMA wal_autocheckpoint={settings.autocheckpoint}")
        if mode != settings.journal_mode and not vfs.crashed:
            raise AssertionError(f"journal_mode is {mode}, not {settings.journal_mode}")
        conn.execute(SCHEMA)
        while not vfs.crashed:
            if ledger.acked and rng.random() < 0.25:  # an edit of an acknowledged form
                form_id = rng.choice(list(ledger.acked))
                rev = ledger.acked[form_id] + 1
            else:
                form_id, rev = str(uuid.UUID(int=rng.getrandbits(128), version=4)), 1
            form = make_form(rng, form_id, rev)
            ledger.written[(form_id, rev)] = form
            ledger.inflight = (form_id, rev)
            save_form(conn, form)
            if vfs.crashed:  # the commit did not return before the power went
                break
            ledger.acked[form_id] = rev
            ledger.inflight = None
            acknowledged += 1
    except apsw.Error:
        if not vfs.crashed:
            raise
    finally:
        conn.close()
    return acknowledged


@dataclass
class Outcome:
    """The check of one database after a crash."""

    corrupt: str = ""
    partial: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    present: dict[str, int] = field(default_factory=dict)  # form id -> rev found

    @property
    def ok(self) -> bool:
        return not self.corrupt and not self.partial and not self.lost


def check_database(path: Path, ledger: Ledger) -> Outcome:
    """Reopen ``path`` with the normal VFS: integrity, acknowledged commits, complete forms."""
    outcome = Outcome()
    found: dict[str, tuple[int, int, str]] = {}
    children: dict[str, list[tuple[int, str]]] = {}
    conn = apsw.Connection(str(path))
    try:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            outcome.corrupt = "integrity_check: " + "; ".join(map(str, result[:3]))
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_schema")}
        if {"forms", "children"} <= tables:
            for form_id, rev, count, payload in conn.execute("SELECT * FROM forms"):
                found[form_id] = (rev, count, payload)
            for form_id, idx, payload in conn.execute("SELECT * FROM children ORDER BY 1, 2"):
                children.setdefault(form_id, []).append((idx, payload))
    except (apsw.Error, UnicodeDecodeError) as exc:  # a damaged text is not valid UTF-8
        outcome.corrupt = outcome.corrupt or f"{type(exc).__name__}: {exc}"
    finally:
        conn.close()
    for form_id, (rev, count, payload) in found.items():
        outcome.present[form_id] = rev
        form = ledger.written.get((form_id, rev))
        rows = children.pop(form_id, [])
        if form is None:
            outcome.partial.append(f"form {form_id} rev {rev} was never written")
        elif (
            payload != form.payload
            or count != len(form.children)
            or rows != list(enumerate(form.children))
        ):
            outcome.partial.append(
                f"form {form_id} rev {rev}: {len(rows)} of {len(form.children)} child rows,"
                f" payload {'intact' if payload == form.payload else 'damaged'}"
            )
    if children:
        outcome.partial.append(f"child rows of {len(children)} missing forms")
    for form_id, rev in ledger.acked.items():
        have = outcome.present.get(form_id, 0)
        newer_ok = ledger.inflight == (form_id, rev + 1) and have == rev + 1
        if have != rev and not newer_ok:
            outcome.lost.append(f"form {form_id} acknowledged at rev {rev}, found rev {have}")
    return outcome


# ----------------------------------------------------------------------------- the harness


@contextmanager
def power_loss_vfs(rng: random.Random) -> Iterator[PowerLossVFS]:
    """A registered ``PowerLossVFS`` with a name of its own, unregistered afterwards."""
    vfs = PowerLossVFS(f"powerloss-{uuid.uuid4().hex[:8]}", rng)
    try:
        yield vfs
    finally:
        vfs.unregister()


def run_power_loss(
    crashes: int,
    workdir: Path,
    *,
    settings: Settings = APP_SETTINGS,
    seed: int = 0,
    max_ops: int = 400,
    fresh_every: int = 50,
) -> Report:
    """Cut the power ``crashes`` times during the workload; check the database after each.

    The crash comes at a random write, truncate or sync among the first ``max_ops`` of a run;
    a new database is started every ``fresh_every`` crashes (it stays small, and the very
    first writes of a database are exercised too) and after any failed check.
    """
    rng = random.Random(seed)
    report = Report(settings=settings.label)
    started = time.perf_counter()
    folder = workdir
    ledger = Ledger()
    with power_loss_vfs(rng) as vfs:
        for number in range(crashes):
            if number % fresh_every == 0:
                folder, ledger = _fresh_folder(workdir, number), Ledger()
            path = folder / DB_NAME
            vfs.arm(folder, crash_at=rng.randint(1, max_ops))
            report.commits += run_until_crash(vfs, path, settings, ledger, rng)
            if not vfs.crashed:  # pragma: no cover - the loop only ends with the crash
                raise AssertionError("the workload ended without a crash")
            vfs.restore()
            report.crashes += 1
            outcome = check_database(path, ledger)
            if outcome.ok:
                ledger.acked = dict(outcome.present)  # the reopen made them durable
                continue
            report.corrupt += bool(outcome.corrupt)
            report.partial += len(outcome.partial)
            report.lost += len(outcome.lost)
            report.crashes_losing += bool(outcome.lost)
            if len(report.problems) < 10:
                words = [outcome.corrupt, *outcome.partial[:2], *outcome.lost[:2]]
                report.problems.append(f"crash {number}: " + " | ".join(w for w in words if w))
            folder, ledger = _fresh_folder(workdir, number), Ledger()
        report.coverage = Counter(vfs.tally)
    report.seconds = time.perf_counter() - started
    logger.info("power loss: %s; %s", report.summary(), dict(report.coverage))
    return report


def _fresh_folder(workdir: Path, number: int) -> Path:
    """An empty folder for a new database (the previous ones are removed)."""
    for old in workdir.glob("db*"):
        shutil.rmtree(old)
    folder = workdir / f"db{number:05d}"
    folder.mkdir(parents=True)
    return folder
