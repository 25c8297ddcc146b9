"""Conflits and Synchronisation pages: what waits, and what sync will show here.

Synchronisation with the secretariat (enrolment, "Synchroniser maintenant", conflicts) is the
next capability; until then these pages say plainly what exists: the records waiting to be
sent, and that no conflict can arise before a first sync.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from focalpoint import services

if TYPE_CHECKING:
    from focalpoint.ui.main_window import MainWindow


def _page(parent: QWidget, title: str) -> tuple[QVBoxLayout, QLabel]:
    layout = QVBoxLayout(parent)
    heading = QLabel(title, parent)
    heading.setObjectName("pageTitle")
    body = QLabel(parent)
    body.setWordWrap(True)
    body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    layout.addWidget(heading)
    layout.addWidget(body, 1)
    return layout, body


class ConflictsPage(QWidget):
    """Conflicts between this laptop's edits and the secretariat's copy."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        _layout, self.body = _page(self, self.tr("Conflits"))
        self.body.setText(
            self.tr(
                "Aucun conflit. Un conflit apparaît quand un enregistrement a été modifié à la "
                "fois sur cet ordinateur et au secrétariat ; les deux versions seront alors "
                "présentées ici côte à côte. Rien n'est jamais effacé sans trace."
            )
        )


class SyncPage(QWidget):
    """What waits to be sent, and the state of the link with the secretariat."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        _layout, self.body = _page(self, self.tr("Synchronisation"))
        window.data_changed.connect(lambda _c: self.reload())
        self.reload()

    def reload(self) -> None:
        """Count what waits to be sent."""
        self.window_.runner.run(services.count_waiting, on_done=self._show)

    def _show(self, waiting: int) -> None:
        self.body.setText(
            self.tr(
                "Cet ordinateur n'est pas encore relié au serveur du secrétariat.\n\n"
                "%n enregistrement(s) attendent d'être envoyés. Ils sont en sécurité sur cet "
                "ordinateur et partiront à la première synchronisation.",
                "",
                waiting,
            )
        )
