"""Child process of the crash-during-save test (THREATS §2, durability test 1).

Run as ``python tests/store/save_child.py DATA_DIR MODE SEED TEMPLATES``. It opens the
workspace, prints ``READY``, then saves valid records through ``services.save_record`` until it
is killed: new activities (1 to 8 participants) and incidents, and edits of the records it
saved. ``TEMPLATES`` is a JSON file of a valid activity of 8 participants and a valid incident
(``write_templates``: the test data of ``tests/conftest.py``, without importing pytest here).

After each save has returned (committed) the child prints ``SAVED <uuid> <form id>
<participants> <local_rev>`` and flushes: a printed line is an acknowledgement. Every activity
carries its participant count in its title as well (``… · 5 participants``), so any record
found in the database, acknowledged or not, can be checked for completeness.

``MODE`` ``commit-then-ack`` is the app's way. Two broken modes are negative controls that the
checker of ``test_crash_save.py`` must catch: ``ack-then-commit`` acknowledges new records
before saving them (a write-behind buffer of a few records), and ``split`` saves a record in
several transactions (the record, then each participant: a save that is not atomic).
"""

from __future__ import annotations

import copy
import json
import random
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from focalpoint import protection, services
from focalpoint.store.datadir import DataDir
from focalpoint.store.keys import KdfCost

PASSPHRASE = "phrase secrète de test"  # noqa: S105 - the tests' own (tests/conftest.py)
FAST_COST = KdfCost(memory_kib=8, passes=1, lanes=1)  # as tests/conftest.py's FAST_COST
MODES = ("commit-then-ack", "ack-then-commit", "split")
BUFFERED = 4  # records acknowledged ahead of their save by ``ack-then-commit``


def open_test_workspace(root: Path) -> services.Workspace:
    """Open the workspace of the data folder ``root``, encrypted as the app's are (SQLCipher,
    a key file made at the tests' low Argon2id cost): the one place these tests do it."""
    data_dir = DataDir(root)
    if protection.folder_state(data_dir) == protection.NEW:
        key = protection.create_encrypted(data_dir, PASSPHRASE, cost=FAST_COST)
    else:
        key = protection.unlock(data_dir, PASSPHRASE)
    return services.open_workspace(data_dir, key=key)


def participants_title(count: int, serial: int) -> str:
    """An activity title that states the activity's participant count."""
    return f"Essai de coupure n°{serial} · {count} participants"


def write_templates(path: Path, activity: dict[str, Any], incident: dict[str, Any]) -> None:
    """Write the records the child varies: a valid activity (8 participants), a valid incident."""
    path.write_text(json.dumps({"activite": activity, "incident": incident}), encoding="utf-8")


class Templates:
    """Valid records to vary: any participant count from 1 to 8, any title."""

    def __init__(self, path: Path) -> None:
        loaded = json.loads(path.read_text(encoding="utf-8"))
        self.activity: dict[str, Any] = loaded["activite"]
        self.incident: dict[str, Any] = loaded["incident"]

    def make(self, form_id: str, rng: random.Random, serial: int) -> dict[str, Any]:
        """A valid record of ``form_id``: an activity of 1 to 8 participants, an incident."""
        if form_id == "activite":
            data = copy.deepcopy(self.activity)
            count = rng.randint(1, 8)
            data["participants"] = data["participants"][:count]
            data["titre"] = participants_title(count, serial)
            return data
        data = copy.deepcopy(self.incident)
        data |= {"titre": f"Essai de coupure n°{serial}", "morts": rng.randint(0, 9)}
        return data


@dataclass
class Saved:
    """A record this process saved: its id and form."""

    id: str
    form_id: str


def acknowledge(record_id: str, form_id: str, data: dict[str, Any], local_rev: int) -> None:
    """Tell the parent a save returned (one write to the pipe: a line arrives whole or not)."""
    rows = data.get("participants")
    count = len(rows) if isinstance(rows, list) else 0
    sys.stdout.write(f"SAVED {record_id} {form_id} {count} {local_rev}\n")
    sys.stdout.flush()


class Saver:
    """Saves records in one of the ``MODES``, one call of ``save`` at a time."""

    def __init__(
        self, ws: services.Workspace, mode: str, rng: random.Random, templates: Templates
    ) -> None:
        self.ws = ws
        self.rng = rng
        self.templates = templates
        self.saved: list[Saved] = []
        self.serial = 0
        self.save = {
            "commit-then-ack": self.save_then_acknowledge,
            "ack-then-commit": self.acknowledge_then_save,
            "split": self.save_split,
        }[mode]

    def new_data(self) -> tuple[str, dict[str, Any]]:
        """A new valid record: an activity (60 %) or an incident."""
        self.serial += 1
        form_id = "activite" if self.rng.random() < 0.6 else "incident"
        return form_id, self.templates.make(form_id, self.rng, self.serial)

    def save_then_acknowledge(self) -> None:
        """The app's way: commit, then acknowledge (a new record, or an edit of one)."""
        if self.saved and self.rng.random() < 0.2:
            target = self.rng.choice(self.saved)
            self.serial += 1
            data = self.templates.make(target.form_id, self.rng, self.serial)
            result = services.save_record(
                self.ws, target.form_id, data, record_id=target.id, final=True
            )
        else:
            form_id, data = self.new_data()
            result = services.save_record(self.ws, form_id, data, final=True)
            target = Saved(result.record.id, form_id)
            self.saved.append(target)
        acknowledge(target.id, target.form_id, data, result.record.local_rev)

    def acknowledge_then_save(self) -> None:
        """BROKEN ON PURPOSE: acknowledge new records as soon as they are typed, save them
        later (a write-behind buffer of ``BUFFERED`` records)."""
        queued = []
        for _ in range(BUFFERED):
            form_id, data = self.new_data()
            record_id = str(uuid.uuid4())
            acknowledge(record_id, form_id, data, 1)
            queued.append((record_id, form_id, data))
        for record_id, form_id, data in queued:
            services.save_record(
                self.ws, form_id, data, record_id=record_id, is_new=True, final=True
            )

    def save_split(self) -> None:
        """BROKEN ON PURPOSE: the record, then each participant, each in its own transaction
        (an incident: its title, then the rest)."""
        form_id, data = self.new_data()
        rows = list(data.get("participants", []))
        steps = [{**data, "participants": rows[:n]} for n in range(len(rows) + 1)]
        if form_id == "incident":
            steps = [{"titre": data["titre"]}, data]
        result = services.save_record(self.ws, form_id, steps[0])
        for number, step in enumerate(steps[1:], start=2):
            result = services.save_record(
                self.ws, form_id, step, record_id=result.record.id, final=number == len(steps)
            )
        acknowledge(result.record.id, form_id, data, result.record.local_rev)


def main() -> None:
    """Save until killed: ``save_child.py DATA_DIR MODE SEED TEMPLATES``."""
    root, mode, seed, templates = sys.argv[1:5]
    if mode not in MODES:
        raise SystemExit(f"unknown mode {mode!r}; one of {', '.join(MODES)}")
    ws = open_test_workspace(Path(root))
    saver = Saver(ws, mode, random.Random(int(seed)), Templates(Path(templates)))
    sys.stdout.write("READY\n")
    sys.stdout.flush()
    while True:
        saver.save()


if __name__ == "__main__":
    main()
