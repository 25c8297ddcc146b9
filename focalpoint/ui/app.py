"""Start the desktop app: QApplication, language, task runner, main window.

``run_gui(data_dir)`` is what ``focalpoint`` / ``focalpoint gui`` calls; ``ui.session`` then
asks for the passphrase and owns the window. ``run_gui(data_dir, check=True)`` (``focalpoint gui
--check``) quits as soon as the first list is shown, saying how long that took: the installer's
smoke test and the old-laptop benchmark use it. The language comes from
the data folder's ``settings.ini`` (French by default); changing it in Paramètres rebuilds the
window in the new language.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from focalpoint.services import DataDir

logger = logging.getLogger(__name__)

LANGUAGES = ("fr", "en")
CHECK_TIMEOUT_S = 60.0  # gui --check gives up (exit code 1) when no list is shown by then


def i18n_dir() -> Path:
    """Where the compiled translations (``focalpoint_en.qm``) are."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return root / "resources" / "i18n"


def settings_for(data_dir: DataDir) -> QSettings:
    """The app's own preferences (language, window geometry), kept in the data folder."""
    return QSettings(str(data_dir.root / "settings.ini"), QSettings.Format.IniFormat)


class Translators:
    """Installs the app's and Qt's translators for one language at a time."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []

    def install(self, lang: str) -> None:
        """Use ``lang`` for every ``tr()`` from now on (French is the source language)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self._app.setProperty("focalpoint_lang", lang)
        QLocale.setDefault(
            QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English)
        )
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(f"qtbase_{lang}", qt_dir)]
        if lang != "fr":
            candidates.append((f"focalpoint_{lang}", str(i18n_dir())))
        for name, folder in candidates:
            translator = QTranslator(self._app)
            if translator.load(name, folder):
                self._app.installTranslator(translator)
                self._installed.append(translator)
            elif name.startswith("focalpoint"):
                logger.warning("translation %s not found in %s", name, folder)


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once)."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("focalpoint")
    app.setOrganizationName("WANEP-Mali")
    return app  # type: ignore[return-value]


def run_gui(data_dir: DataDir, *, lang: str | None = None, check: bool = False) -> int:
    """Open the main window on ``data_dir`` and run the event loop; returns the exit code.

    With ``check``, quit once the first list (Activités) is loaded and shown: print ``ready``,
    the seconds since the process started and the resident memory, and return 0 (1 if nothing
    was shown within ``CHECK_TIMEOUT_S``). An encrypted folder still asks for its passphrase."""
    from focalpoint.ui.session import Session

    app = create_app()
    settings = settings_for(data_dir)
    chosen = lang or str(settings.value("language", "fr"))
    translators = Translators(app)
    translators.install(chosen if chosen in LANGUAGES else "fr")
    session = Session(data_dir, settings, translators)
    session.start()  # unlock (or choose a passphrase), then the main window
    outcome: list[int] = []
    if check:
        _quit_when_ready(app, session, outcome)
    try:
        code = app.exec()
        return outcome[0] if outcome else code
    finally:
        session.shutdown()


def _quit_when_ready(app: QApplication, session: object, outcome: list[int]) -> None:
    """Poll every 10 ms until the session's window shows its first page's data, then quit."""
    from focalpoint.ui.main_window import PAGE_ACTIVITIES

    def poll() -> None:
        window = getattr(session, "window", None)
        page = window.pages.get(PAGE_ACTIVITIES) if window is not None else None
        if page is not None and page.isVisible() and page.is_loaded():
            seconds = time.monotonic() - _process_start()
            rss = _rss_kib()
            logger.info("gui check: ready in %.2f s, %d KiB resident", seconds, rss)
            sys.stdout.write(f"ready {seconds:.3f} s {rss} KiB\n")
            sys.stdout.flush()
            outcome.append(0)
            app.quit()
        elif time.monotonic() - _process_start() > CHECK_TIMEOUT_S:
            logger.error("gui check: no list shown after %.0f s", CHECK_TIMEOUT_S)
            outcome.append(1)
            app.quit()
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def _process_start() -> float:
    """When this process started, on the ``time.monotonic`` clock (Linux: from /proc; elsewhere
    the time this module was imported)."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return time.monotonic() - (uptime - ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return _IMPORTED


def _rss_kib() -> int:
    """This process's resident memory in KiB (0 where /proc is not available)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


_IMPORTED = time.monotonic()
