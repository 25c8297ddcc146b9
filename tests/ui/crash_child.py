"""Child process for the crash test: types an activity in the real app, waits for the autosave,
says so on stdout, then waits to be killed with SIGKILL (like a power cut)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from focalpoint import services
from focalpoint.store.datadir import DataDir
from focalpoint.ui.app import Translators, settings_for
from focalpoint.ui.main_window import MainWindow
from focalpoint.ui.tasks import TaskRunner

PASTED = "Diallo\tOumou\tF\t22\nTraore\tSidi\tM\t52\n"


def main() -> None:
    data_dir = DataDir(Path(sys.argv[1]))
    app = QApplication([])
    translators = Translators(app)
    translators.install("fr")
    runner = TaskRunner(lambda: services.open_workspace(data_dir))
    window = MainWindow(runner, data_dir, settings_for(data_dir), translators)

    def type_activity() -> None:
        window.open_editor("activite")
        editor = window.editor
        rows = editor.rows
        rows["programme"].widget.set_value("jps")
        rows["type_activite"].widget.set_value("atelier")
        rows["titre"].widget.edit.setText("Atelier jeunesse et paix à Gao")
        rows["date_debut"].widget.edit.setText("12/06/2023")
        rows["duree_heures"].widget.edit.setText("6,5")
        place = rows["lieu"].widget
        place.region.setCurrentIndex(place.region.findData("gao"))
        participants = rows["participants"].widget
        participants.set_value([{"nom": "Maïga", "prenom": "Aminata", "sexe": "F", "age": "24"}])
        participants.paste_text(PASTED)
        editor.autosave_now()

        def report(_result: object) -> None:
            sys.stdout.write(f"AUTOSAVED {editor.record_id}\n")  # read by the parent test
            sys.stdout.flush()

        runner.run(lambda _ws: None, on_done=report)

    window.ready.connect(lambda: QTimer.singleShot(0, type_activity))
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
