"""Benchmark of the local store: save latency with 100,000 records, list and filter times.

Run: .venv/bin/python benchmarks/store.py [--records 100000] [--saves 400]
Prints its figures; DESIGN §9 targets: save p99 < 20 ms with 100,000 records in the database,
filtering a 100,000-row list < 100 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from focalpoint import services
from focalpoint.demo import generate_demo
from focalpoint.store import records
from focalpoint.store.datadir import DataDir
from focalpoint.store.records import RecordWrite


def fill(ws: services.Workspace, total: int) -> float:
    """Insert ``total`` records cloned from the demo set (checked once per template)."""
    templates = []
    for demo in generate_demo(ws.locations, seed=7):
        checked = services.check_record(ws, ws.forms[demo.form_id], demo.data)
        templates.append((demo, checked))
    rng = random.Random(1)
    started = time.perf_counter()
    batch: list[RecordWrite] = []
    for i in range(total):
        demo, checked = templates[i % len(templates)]
        batch.append(
            RecordWrite(
                id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                form_id=demo.form_id,
                form_version=1,
                region=checked.region,
                status="final",
                data=checked.data,
                author=demo.author,
                title=checked.title,
                record_date=checked.record_date,
            )
        )
        if len(batch) == 5000:
            records.insert_records(ws.db, batch, now=services.now_utc())
            batch = []
    records.insert_records(ws.db, batch, now=services.now_utc())
    return time.perf_counter() - started


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--saves", type=int, default=400)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ws = services.open_workspace(DataDir(Path(tmp)))
        fill_s = fill(ws, args.records)
        count = records.count_records(ws.db)
        demo = generate_demo(ws.locations, seed=11)
        incident = next(d for d in demo if d.form_id == "incident").data
        activity = max(
            (d for d in demo if d.form_id == "activite"), key=lambda d: len(d.data["participants"])
        )
        latencies: list[float] = []
        activity_id = None
        for i in range(args.saves):
            t0 = time.perf_counter()
            if i % 2 == 0:
                services.save_record(ws, "incident", incident, final=True)
            else:
                result = services.save_record(
                    ws, "activite", activity.data, record_id=activity_id, final=True
                )
                activity_id = result.record.id
            latencies.append((time.perf_counter() - t0) * 1000)

        t0 = time.perf_counter()
        rows = services.list_summaries(ws)
        list_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        needle = "ansongo"
        hits = [
            r
            for r in rows
            if needle in r.title.lower()
            and r.region == "gao"
            and "2023-04" <= r.record_date < "2023-07"
        ]
        filter_ms = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        full = sum(1 for _ in services.list_records(ws, form_id="incident"))
        full_s = time.perf_counter() - t0
        ws.close()

    p50, p99 = statistics.median(latencies), percentile(latencies, 0.99)
    participants = len(activity.data["participants"])
    lines = [
        f"records in database            {count:>10,}",
        f"bulk insert                    {fill_s:>10.2f} s ({count / fill_s:,.0f} records/s)",
        f"save p50 (check+write+fsync)   {p50:>10.2f} ms",
        f"save p99                       {p99:>10.2f} ms (target < 20 ms; n={len(latencies)})",
        f"save max                       {max(latencies):>10.2f} ms",
        f"  (half new incidents, half edits of an activity of {participants} participants)",
        f"list all summaries             {list_s * 1000:>10.0f} ms ({len(rows):,} rows)",
        f"filter them (text+region+date) {filter_ms:>10.1f} ms ({len(hits):,} hits, target < 100)",
        f"read all incidents, full data  {full_s * 1000:>10.0f} ms ({full:,} records)",
    ]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
