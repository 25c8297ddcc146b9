"""Benchmark of the desktop app: cold start to a usable window, list filtering, memory.

Run: .venv/bin/python benchmarks/gui.py [--records 100000]
Targets (DESIGN §9): cold start < 1.5 s on a 2-core machine; filtering a 100,000-record list
< 100 ms; resident memory with 100,000 records < 200 MB. The app runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import os, sys, time
started = float(sys.argv[2])
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from focalpoint.ui.app import run_gui
from focalpoint.store.datadir import DataDir
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QTimer
from focalpoint.ui import main_window

original = main_window.MainWindow._on_workspace_open

def patched(self, opened):
    original(self, opened)
    page = self.pages[main_window.PAGE_ACTIVITIES]
    def loaded():
        if page.model.rowCount() == 0:
            QTimer.singleShot(5, loaded)
            return
        ready = time.time() - started
        rss = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmRSS"))
        print(f"READY {ready:.3f} {rss} {page.model.rowCount()}", flush=True)
        QApplication.instance().quit()
    loaded()

main_window.MainWindow._on_workspace_open = patched
sys.exit(run_gui(DataDir(Path(sys.argv[1]))))
"""


def cold_start(data_dir: Path) -> tuple[float, int, int]:
    """Seconds from process start to the activity list shown, its RSS (KiB), and rows shown."""
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), repr(started)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout
    line = next(ln for ln in out.splitlines() if ln.startswith("READY"))
    _, seconds, rss, rows = line.split()
    return float(seconds), int(rss), int(rows)


def filter_times(data_dir: Path, key: bytes | None = None) -> tuple[int, float, float, int]:
    """Load every summary into the list model, then time text and region filters (ms);
    ``key`` for an encrypted folder. Returns (rows, text ms, region ms, rows shown by text)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from focalpoint import services
    from focalpoint.store.datadir import DataDir
    from focalpoint.ui.models.records import RecordFilter, RecordsModel, RecordsProxy

    _app = QApplication.instance() or QApplication([])
    ws = services.open_workspace(DataDir(data_dir), key=key)
    rows = services.list_summaries(ws)
    model = RecordsModel(ws.forms["incident"], ws.locations, "fr")
    model.set_rows(rows)
    proxy = RecordsProxy()
    proxy.setSourceModel(model)
    t0 = time.perf_counter()
    proxy.set_filter(RecordFilter(text="ansongo"))
    shown = proxy.rowCount()
    text_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    proxy.set_filter(RecordFilter(region="gao", date_from="2023-04-01", date_to="2023-06-30"))
    proxy.rowCount()
    region_ms = (time.perf_counter() - t0) * 1000
    ws.close()
    return len(rows), text_ms, region_ms, shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).parent))
    from store import fill  # benchmarks/store.py

    from focalpoint import services
    from focalpoint.store.datadir import DataDir

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        ws = services.open_workspace(DataDir(data_dir))
        fill(ws, args.records)
        ws.close()
        starts = [cold_start(data_dir) for _ in range(args.runs)]
        total, text_ms, region_ms, shown = filter_times(data_dir)
    best = min(s[0] for s in starts)
    worst = max(s[0] for s in starts)
    rss_mb = max(s[1] for s in starts) / 1024
    print(f"records in database              {total:>10,}")
    print(
        f"cold start to activity list {best:>10.2f} s best, {worst:.2f} s worst of {args.runs} "
        f"({starts[0][2]:,} activities listed; target < 1.5 s)"
    )
    print(f"resident memory at that point    {rss_mb:>10.0f} MB (target < 200 MB)")
    print(
        f"filter {total:,} rows by text     {text_ms:>10.1f} ms ({shown:,} shown; target < 100 ms)"
    )
    print(f"filter by region and quarter     {region_ms:>10.1f} ms")


if __name__ == "__main__":
    main()
