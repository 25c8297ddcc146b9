"""Benchmark of encryption at rest: unlock time, and what SQLCipher costs against plain SQLite.

Run: .venv/bin/python benchmarks/unlock.py [--records 50000] [--saves 200]
Prints: the Argon2id cost and the unlock time (target 0.5–2 s on the 2-core reference,
THREATS 24); for the same records in an encrypted and a plain folder: the open time with its
``quick_check`` (target < 1 s for 50,000 forms, THREATS 6), save p99 (target < 20 ms), a backup
and a panic wipe (target < 3 s). Ratios encrypted / plain come from the same run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store import fill, percentile

from focalpoint import protection, services
from focalpoint.demo import generate_demo
from focalpoint.store import keys
from focalpoint.store.datadir import DataDir

PASSPHRASE = "phrase de mesure"  # noqa: S105 - a throw-away folder's


def unlock_times(root: Path, runs: int = 5) -> list[float]:
    protection.create_encrypted(DataDir(root), PASSPHRASE)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        protection.unlock(DataDir(root), PASSPHRASE)
        times.append(time.perf_counter() - t0)
    return times


def measure(root: Path, key: bytes | None, total: int, saves: int) -> dict[str, float]:
    data_dir = DataDir(root)
    ws = services.open_workspace(data_dir, key=key)
    fill(ws, total)
    ws.close()
    t0 = time.perf_counter()
    ws = services.open_workspace(data_dir, key=key)  # quick_check + migrations check
    open_s = time.perf_counter() - t0
    incident = next(d for d in generate_demo(ws.locations, seed=11) if d.form_id == "incident")
    latencies = []
    for _ in range(saves):
        t0 = time.perf_counter()
        services.save_record(ws, "incident", incident.data, final=True)
        latencies.append((time.perf_counter() - t0) * 1000)
    t0 = time.perf_counter()
    backup = protection.backup_now(ws)
    backup_s = time.perf_counter() - t0
    size_mb = data_dir.database.stat().st_size / 1e6
    t0 = time.perf_counter()
    protection.wipe_data(data_dir, ws)
    wipe_s = time.perf_counter() - t0
    return {
        "open": open_s,
        "p50": statistics.median(latencies),
        "p99": percentile(latencies, 0.99),
        "backup": backup_s,
        "backup_mb": backup.size / 1e6,
        "size_mb": size_mb,
        "wipe": wipe_s,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=50_000)
    parser.add_argument("--saves", type=int, default=200)
    args = parser.parse_args()
    cost = keys.DEFAULT_COST
    with tempfile.TemporaryDirectory() as tmp:
        unlocks = unlock_times(Path(tmp) / "unlock")
        key = protection.unlock(DataDir(Path(tmp) / "unlock"), PASSPHRASE)
        enc = measure(Path(tmp) / "enc", key, args.records, args.saves)
        plain = measure(Path(tmp) / "plain", None, args.records, args.saves)
    print(
        f"Argon2id m={cost.memory_kib // 1024} MiB t={cost.passes} p={cost.lanes}: unlock "
        f"min {min(unlocks):.2f} s, median {statistics.median(unlocks):.2f} s, "
        f"max {max(unlocks):.2f} s (target 0.5–2 s)"
    )
    print(f"{args.records:,} records            encrypted      plain   ratio")
    rows = [
        ("database size (MB)", "size_mb", "{:>10.1f}"),
        ("open + quick_check (s)", "open", "{:>10.3f}"),
        ("save p50 (ms)", "p50", "{:>10.2f}"),
        ("save p99 (ms)", "p99", "{:>10.2f}"),
        ("backup (s)", "backup", "{:>10.2f}"),
        ("panic wipe (s)", "wipe", "{:>10.3f}"),
    ]
    for label, key_name, fmt in rows:
        ratio = enc[key_name] / plain[key_name] if plain[key_name] else float("nan")
        print(
            f"{label:<24}{fmt.format(enc[key_name])} {fmt.format(plain[key_name])}  {ratio:>5.2f}"
        )
    print("targets: open+quick_check < 1 s at 50,000; save p99 < 20 ms; wipe < 3 s")


if __name__ == "__main__":
    main()
