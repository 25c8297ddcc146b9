"""Durability figures (THREATS §2, tests 1 and 2) at full count, as a table for the issue note.

Run: .venv/bin/python benchmarks/durability.py [--kills 200] [--crashes 1000] [--seed 0]
     [--no-controls]

Runs the harnesses of ``tests/store``: ``crashsave`` (a saving process killed with SIGKILL at
random moments; about 2 minutes for 200 kills) and ``powerloss`` (simulated power cuts through
an APSW VFS; about 15 s per 1,000 crashes), with the app's pinned pragmas and, unless
``--no-controls``, the negative controls that must fail. Pass: 0 in the corrupt, partial and
lost columns of the rows marked "must pass".
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the tests package

from tests.store.crashsave import crash_loop
from tests.store.powerloss import APP_SETTINGS, Settings, run_power_loss

CONTROL_KILLS = 10
POWER_CONTROLS = [
    (Settings(synchronous="NORMAL"), "must lose"),
    (Settings(synchronous="OFF"), "must corrupt"),
    (Settings(journal_mode="delete", synchronous="OFF"), "must corrupt"),
    (Settings(journal_mode="delete", synchronous="FULL"), "loses (no folder sync)"),
    (Settings(journal_mode="delete", synchronous="EXTRA"), "must pass"),
]


@dataclass(frozen=True)
class Row:
    """One line of the table."""

    harness: str
    setting: str
    expected: str
    crashes: int
    corrupt: int
    partial: int
    lost: int
    seconds: float


def sigkill_rows(kills: int, seed: int, controls: bool) -> list[Row]:
    """Test 1: the app's save, then (controls) the two broken saves."""
    modes = [("commit-then-ack", kills, "must pass")]
    if controls:
        modes += [
            ("ack-then-commit", CONTROL_KILLS, "must lose"),
            ("split", CONTROL_KILLS, "must be partial"),
        ]
    rows = []
    for mode, count, expected in modes:
        with tempfile.TemporaryDirectory() as folder:
            opening = 0.15 if mode == "commit-then-ack" else 0.0
            run = crash_loop(Path(folder), count, mode=mode, seed=seed, kill_while_opening=opening)
        rows.append(
            Row(
                "SIGKILL",
                mode,
                expected,
                run.kills,
                run.corrupt,
                run.partial,
                run.lost,
                run.seconds,
            )
        )
        print(f"  {rows[-1].harness} {mode}: {run.summary()}", flush=True)
    return rows


def power_rows(crashes: int, seed: int, controls: bool) -> list[Row]:
    """Test 2: the app's pinned pragmas, then (controls) the settings that must fail."""
    runs = [(APP_SETTINGS, "must pass"), *(POWER_CONTROLS if controls else [])]
    rows = []
    for settings, expected in runs:
        with tempfile.TemporaryDirectory() as folder:
            report = run_power_loss(crashes, Path(folder), settings=settings, seed=seed)
        rows.append(
            Row(
                "power loss",
                settings.label,
                expected,
                report.crashes,
                report.corrupt,
                report.partial,
                report.lost,
                report.seconds,
            )
        )
        print(f"  power loss {report.summary()}", flush=True)
        print(f"    coverage: {dict(report.coverage)}", flush=True)
    return rows


def print_table(rows: list[Row]) -> None:
    """A Markdown table: crashes (or kills), crashes after which the database was corrupt,
    partial records, acknowledged commits lost, seconds."""
    print()
    print(
        "| harness | setting | expected | crashes | corrupt | partial records "
        "| acknowledged lost | seconds |"
    )
    print("|---|---|---|--:|--:|--:|--:|--:|")
    for r in rows:
        print(
            f"| {r.harness} | {r.setting} | {r.expected} | {r.crashes} | {r.corrupt} "
            f"| {r.partial} | {r.lost} | {r.seconds:.1f} |"
        )


def main() -> None:
    """Run both harnesses and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200, help="SIGKILLs of the saving process")
    parser.add_argument("--crashes", type=int, default=1000, help="simulated power cuts per row")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-controls", action="store_true", help="skip the negative controls")
    args = parser.parse_args()
    controls = not args.no_controls
    print("crash during save (SIGKILL)...", flush=True)
    rows = sigkill_rows(args.kills, args.seed, controls)
    print("simulated power loss...", flush=True)
    rows += power_rows(args.crashes, args.seed, controls)
    print_table(rows)


if __name__ == "__main__":
    main()
