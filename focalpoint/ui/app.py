"""Start the desktop app: QApplication, language, task runner, main window.

``run_gui(data_dir)`` is what ``focalpoint`` / ``focalpoint gui`` calls; ``ui.session`` then
asks for the passphrase and owns the window. The language comes from
the data folder's ``settings.ini`` (French by default); changing it in Paramètres rebuilds the
window in the new language.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from focalpoint.services import DataDir

logger = logging.getLogger(__name__)

LANGUAGES = ("fr", "en")


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


def run_gui(data_dir: DataDir, *, lang: str | None = None) -> int:
    """Open the main window on ``data_dir`` and run the event loop; returns the exit code."""
    from focalpoint.ui.session import Session

    app = create_app()
    settings = settings_for(data_dir)
    chosen = lang or str(settings.value("language", "fr"))
    translators = Translators(app)
    translators.install(chosen if chosen in LANGUAGES else "fr")
    session = Session(data_dir, settings, translators)
    session.start()  # unlock (or choose a passphrase), then the main window
    try:
        return app.exec()
    finally:
        session.shutdown()
