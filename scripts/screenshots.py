"""Take screenshots of each main screen into docs/screenshots/ (offscreen, 1366×768, demo data).

Run: .venv/bin/python scripts/screenshots.py [--lang fr|en] [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from focalpoint import protection, services
from focalpoint.store.datadir import DataDir
from focalpoint.ui.app import Translators, create_app, settings_for
from focalpoint.ui.lock_dialogs import NewPassphraseDialog, UnlockDialog
from focalpoint.ui.main_window import MainWindow
from focalpoint.ui.tasks import TaskRunner

PASSPHRASE = "phrase de démonstration"  # noqa: S105 - a throw-away folder's


def settle(ms: int = 400) -> None:
    """Let queued work and painting finish."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(predicate, timeout_ms: int = 10_000) -> None:
    waited = 0
    while not predicate() and waited < timeout_ms:
        settle(50)
        waited += 50


def shoot(window: QWidget, out: Path, name: str) -> None:
    settle()
    path = out / f"{name}.png"
    window.grab().save(str(path))
    print(f"wrote {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", default="fr", choices=("fr", "en"))
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "fr" else "-en"
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = DataDir(Path(tmp))
        key = protection.create_encrypted(data_dir, PASSPHRASE)
        ws = services.open_workspace(data_dir, key=key)
        services.load_demo(ws)
        ws.close()
        app: QApplication = create_app()
        translators = Translators(app)
        translators.install(args.lang)
        runner = TaskRunner(lambda: services.open_workspace(data_dir, key=key))
        window = MainWindow(runner, data_dir, settings_for(data_dir), translators)
        window.resize(1366, 768)
        window.show()
        wait_until(lambda: bool(window.pages))
        pages = [
            "activites",
            "incidents",
            "brouillons",
            "conflits",
            "synchronisation",
            "rapports",
            "parametres",
        ]
        for number, name in enumerate(pages):
            window.sidebar.setCurrentRow(number)
            if name == "rapports":  # the dashboard loads (and draws its chart) off the GUI thread
                page = window.pages[number]
                wait_until(lambda page=page: page.dashboard.board is not None)
            shoot(window, args.out, f"{number + 1:02d}-{name}{suffix}")
        reports = window.pages[pages.index("rapports")]
        window.sidebar.setCurrentRow(pages.index("rapports"))
        reports.tabs.setCurrentIndex(1)
        shoot(window, args.out, f"10-rapports-import-export{suffix}")
        reports.tabs.setCurrentIndex(0)

        window.sidebar.setCurrentRow(0)
        activities = window.pages[0]
        activities.proxy.sort(1)
        window.open_editor("activite", activities.model.summary(0).id)
        wait_until(lambda: window.editor is not None)
        editor = window.editor
        participants = editor.rows["participants"]
        editor.scroll.ensureWidgetVisible(participants, 0, 0)
        shoot(window, args.out, f"08-activite-participants{suffix}")
        editor._dirty = False
        editor.request_close()
        wait_until(lambda: window.editor is None)

        window.sidebar.setCurrentRow(1)
        window.pages[1].new_record()
        wait_until(lambda: window.editor is not None)
        editor = window.editor
        editor.rows["titre"].widget.edit.setText("Affrontement à Ménaka")
        editor.rows["date_incident"].widget.edit.setText("31/02/2023")
        editor.rows["morts"].widget.edit.setText("trois")
        editor.rows["type_incident"].widget.set_value("autre")
        editor.check_now()
        shoot(window, args.out, f"09-incident-erreurs{suffix}")
        editor._dirty = False
        window.close()
        runner.shutdown()

        unlock = UnlockDialog(data_dir)
        unlock.passphrase.setText("phrase")
        unlock.status.setText(unlock.tr("Phrase secrète incorrecte."))
        unlock.show()
        shoot(unlock, args.out, f"11-deverrouillage{suffix}")
        unlock.close()
        choose = NewPassphraseDialog()
        choose.show()
        shoot(choose, args.out, f"12-phrase-secrete{suffix}")
        choose.close()


if __name__ == "__main__":
    main()
