"""The harness of the crash-during-save test (THREATS §2, durability test 1).

``crash_loop`` starts a child process (``save_child.py``) that saves valid records through
``services.save_record`` and acknowledges each one on stdout once the save has returned; it
kills the child with SIGKILL after a random delay — now and then while it is still opening the
workspace — and starts it again, ``kills`` times. After every kill ``check_saves`` checks the
data folder against every acknowledgement so far: 0 acknowledged records missing, 0 partial
records (an activity holds the participants that were written, a record is final), ``PRAGMA
integrity_check`` ok, rows ≥ acknowledged.
"""

from __future__ import annotations

import json
import logging
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import REPO, activity_data, incident_data
from tests.store.save_child import open_test_workspace, write_templates

logger = logging.getLogger(__name__)

FOLDER_EVERY = 25  # a new data folder every so many kills: the database stays small
CHILD = Path(__file__).with_name("save_child.py")
COUNT_IN_TITLE = re.compile(r"· (\d+) participants$")
INCIDENT_FIELDS = {"titre", "date_incident", "lieu", "description", "morts", "sources"}


class HarnessError(RuntimeError):
    """The child could not be run (it failed to start, or ended without being killed)."""


@dataclass(frozen=True)
class Ack:
    """An acknowledged save: the form, its participant count and the record's local_rev."""

    form_id: str
    participants: int
    local_rev: int


@dataclass
class SaveCheck:
    """What ``check_saves`` found in a data folder."""

    integrity: str = ""
    rows: int = 0
    acknowledged: int = 0
    missing: list[str] = field(default_factory=list)
    partial: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """0 missing, 0 partial, integrity_check ok, rows ≥ acknowledged."""
        return (
            not self.missing
            and not self.partial
            and self.integrity == "ok"
            and self.rows >= self.acknowledged
        )


def check_saves(root: Path, acked: dict[str, Ack]) -> SaveCheck:
    """Check the data folder ``root`` against the acknowledged saves ``acked``."""
    check = SaveCheck(acknowledged=len(acked))
    try:
        ws = open_test_workspace(root)
    except Exception as exc:  # noqa: BLE001 - any failure to open is the finding
        check.integrity = f"cannot open: {type(exc).__name__}: {exc}"
        check.missing = sorted(acked)
        return check
    try:
        rows = ws.db.execute("PRAGMA integrity_check").fetchall()
        check.integrity = "; ".join(str(r[0]) for r in rows[:5])
        found = ws.db.execute("SELECT id, form_id, status, data, local_rev FROM records").fetchall()
    finally:
        ws.close()
    check.rows = len(found)
    present = {row[0]: row for row in found}
    for record_id, form_id, status, text, local_rev in found:
        problem = _incomplete(form_id, status, text)
        ack = acked.get(record_id)
        if problem is None and ack is not None and local_rev == ack.local_rev:
            count = len(json.loads(text).get("participants") or [])
            if count != ack.participants:
                problem = f"{count} participants, {ack.participants} acknowledged"
        if problem is not None:
            check.partial.append(f"{record_id} ({form_id}): {problem}")
    for record_id, ack in acked.items():
        row = present.get(record_id)
        if row is None:
            check.missing.append(record_id)
        elif row[4] < ack.local_rev:
            check.missing.append(f"{record_id} rev {ack.local_rev} (found rev {row[4]})")
    return check


def _incomplete(form_id: str, status: str, text: str) -> str | None:
    """Why a stored record is not a whole save (None when it is)."""
    try:
        data = json.loads(text)
    except ValueError:
        return "data is not JSON"
    if status != "final":
        return f"status {status}"
    if form_id == "incident":
        absent = INCIDENT_FIELDS - set(data)
        return f"missing {sorted(absent)}" if absent else None
    match = COUNT_IN_TITLE.search(str(data.get("titre", "")))
    if match is None:
        return "title without the participant count"
    count = len(data.get("participants") or [])
    if count != int(match.group(1)):
        return f"{count} of {match.group(1)} participants"
    return None


# ----------------------------------------------------------------------------- the kill loop


@dataclass
class CrashRun:
    """The outcome of a kill loop: kills, acknowledgements, and the failed checks."""

    kills: int = 0
    acknowledged: int = 0
    failures: list[SaveCheck] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def corrupt(self) -> int:
        """Checks that found the database unreadable or failing ``integrity_check``."""
        return sum(check.integrity != "ok" for check in self.failures)

    @property
    def lost(self) -> int:
        """Acknowledged saves missing (or found at an older version)."""
        return sum(len(check.missing) for check in self.failures)

    @property
    def partial(self) -> int:
        """Records found incomplete."""
        return sum(len(check.partial) for check in self.failures)

    def summary(self) -> str:
        return (
            f"{self.kills} kills, {self.acknowledged} acknowledged saves, "
            f"{len(self.failures)} failed checks ({self.corrupt} corrupt, {self.lost} "
            f"acknowledged lost, {self.partial} partial), {self.seconds:.1f} s"
        )

    def describe_failures(self) -> list[str]:
        return [
            f"integrity {c.integrity!r}, {c.rows} rows for {c.acknowledged} acknowledged, "
            f"missing {c.missing[:3]} ({len(c.missing)}), partial {c.partial[:3]} "
            f"({len(c.partial)})"
            for c in self.failures
        ]


class Child:
    """One run of ``save_child.py``: its acknowledgements are read as they arrive."""

    def __init__(self, root: Path, mode: str, seed: int, templates: Path, stderr: Path) -> None:
        self.lines: list[str] = []
        self.ready = threading.Event()
        self._stderr = stderr.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, str(CHILD), str(root), mode, str(seed), str(templates)],
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:  # a line without its newline was cut: not acknowledged
            line = raw.decode()
            if line.endswith("\n"):
                self.lines.append(line)
                if line == "READY\n":
                    self.ready.set()

    def kill(self) -> int:
        """SIGKILL (if still running); returns the exit status once all output is read."""
        self.process.send_signal(signal.SIGKILL)
        status = self.process.wait(timeout=30)
        self._reader.join(timeout=30)
        self._stderr.close()
        return status

    def acknowledgements(self) -> dict[str, Ack]:
        acked: dict[str, Ack] = {}
        for line in self.lines:
            if line.startswith("SAVED "):
                _, record_id, form_id, count, rev = line.split()
                acked[record_id] = Ack(form_id, int(count), int(rev))
        return acked


def crash_loop(
    workdir: Path,
    kills: int,
    *,
    mode: str = "commit-then-ack",
    seed: int = 0,
    max_delay: float = 0.3,
    kill_while_opening: float = 0.15,
) -> CrashRun:
    """Start, kill with SIGKILL after a random delay, check; ``kills`` times.

    The delay runs from the child's ``READY`` (0 to ``max_delay`` seconds); with probability
    ``kill_while_opening`` the kill comes at a random moment from the start instead, often
    while the workspace is being opened (migrations on a new folder).
    """
    rng = random.Random(seed)
    run = CrashRun()
    started = time.perf_counter()
    root = workdir
    acked: dict[str, Ack] = {}
    templates = workdir / "templates.json"
    write_templates(templates, activity_data(8), incident_data())
    for number in range(kills):
        if number % FOLDER_EVERY == 0:
            root, acked = workdir / f"data{number:04d}", {}
        stderr = workdir / "child-stderr.txt"
        child = Child(root, mode, rng.getrandbits(32), templates, stderr)
        if rng.random() < kill_while_opening:
            time.sleep(rng.uniform(0.0, 0.6))
        else:
            if not child.ready.wait(timeout=60):
                child.kill()
                raise HarnessError(f"the child did not start: {stderr.read_text()[-2000:]}")
            time.sleep(rng.uniform(0.0, max_delay))
        status = child.kill()
        if status != -signal.SIGKILL:
            raise HarnessError(
                f"the child ended by itself ({status}): {stderr.read_text()[-2000:]}"
            )
        run.kills += 1
        fresh = child.acknowledgements()
        run.acknowledged += len(fresh)
        acked |= fresh
        check = check_saves(root, acked)
        if not check.ok:
            run.failures.append(check)
            acked = {}  # start again on a new folder: a failure is counted once
            root = workdir / f"data{number:04d}-after-failure"
    run.seconds = time.perf_counter() - started
    logger.info("crash during save (%s): %s", mode, run.summary())
    return run
