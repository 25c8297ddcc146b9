"""Report files in the app: where they are written, opening them, printing an attendance sheet.

Reports are written off the GUI thread by ``services.write_report`` into a private temporary
folder (removed when the app quits; "Enregistrer sous…" keeps a copy), then opened with the
system's viewer (``QDesktopServices``), which is also where they are printed: QtPdf is not
shipped with PySide6-Essentials.
"""

from __future__ import annotations

import atexit
import logging
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from focalpoint import services
from focalpoint.ui.tasks import TaskContext

if TYPE_CHECKING:
    from focalpoint.ui.main_window import MainWindow

logger = logging.getLogger(__name__)

BLANK_ROWS = 25  # rows of a blank attendance sheet printed from an activity
_FOLDER: dict[str, Path] = {}  # "path": the folder of this process


def report_folder() -> Path:
    """The private folder (0700) where generated reports are written, made on first use and
    removed when the app quits."""
    folder = _FOLDER.get("path")
    if folder is None or not folder.is_dir():
        folder = _FOLDER["path"] = Path(tempfile.mkdtemp(prefix="focalpoint-rapports-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def remove_report_folder() -> None:
    """Delete the report folder now (the app locks or is wiped: no report stays readable)."""
    folder = _FOLDER.pop("path", None)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def report_path(name: str, fmt: str) -> Path:
    """A file ``name.fmt`` in the report folder (``name`` reduced to safe characters)."""
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip("-") or "rapport"
    return report_folder() / f"{safe}.{fmt}"


def open_file(path: Path) -> bool:
    """Open ``path`` with the system's viewer (a PDF reader prints it); False if none could."""
    opened = bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
    if not opened:
        logger.warning("no viewer opened a %s report", path.suffix)
    return opened


def write_then(
    window: MainWindow,
    label: str,
    write: Callable[[services.Workspace], services.ReportResult],
    on_done: Callable[[services.ReportResult], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> TaskContext:
    """Run ``write`` on the database thread with the progress bar and Cancel, then
    ``on_done(result)`` on the GUI thread (errors: ``on_error``, else the window shows them)."""

    def work(ws: services.Workspace, ctx: TaskContext) -> services.ReportResult:
        ctx.progress(0, 2)
        ctx.check()
        result = write(ws)
        ctx.progress(2, 2)
        return result

    return window.runner.run_long(work, label=label, on_done=on_done, on_error=on_error)


def print_attendance(window: MainWindow, activity_id: str, *, blank: bool) -> None:
    """Write the attendance sheet of an activity as PDF — blank (``BLANK_ROWS`` numbered rows
    to sign) or filled with the entered participants — and open it in the system viewer."""
    name = f"{'liste-presence' if blank else 'liste-participants'}-{activity_id[:8]}"
    out = report_path(name, "pdf")
    write_then(
        window,
        QCoreApplication.translate("report_files", "Préparation de la liste de présence…"),
        lambda ws: services.write_report(
            ws,
            "participants",
            out,
            activity_id=activity_id,
            blank=blank,
            rows=BLANK_ROWS,
            lang=window.lang,
        ),
        lambda result: open_file(result.path),
    )
