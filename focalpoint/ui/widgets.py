"""Small pieces shared by pages: keyboard shortcuts, and pages that load when first shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QWidget


def add_shortcut(widget: QWidget, keys: str, slot: Callable[[], object]) -> QAction:
    """Make ``keys`` call ``slot`` while the focus is in ``widget`` or one of its children."""
    action = QAction(widget)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    widget.addAction(action)
    return action


class LazyPage(QWidget):
    """A page that loads its data the first time it is shown, and again after changes made
    elsewhere (immediately if it is on screen). Subclasses implement ``reload`` and call
    ``mark_loaded`` when the data has arrived."""

    _stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def on_data_changed(self, _changes: object = None) -> None:
        """Slot for the window's ``data_changed``."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def mark_loaded(self) -> None:
        """Called by ``reload``'s completion: the data shown is current."""
        self._stale = False

    def is_loaded(self) -> bool:
        """Whether the data shown is current (loaded, and nothing changed since)."""
        return not self._stale

    def reload(self) -> None:
        """Load the page's data (on the database thread)."""
        raise NotImplementedError
