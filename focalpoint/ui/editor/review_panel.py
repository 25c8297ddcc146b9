"""The review panel beside an incident in the editor: its verification status, the dated
thread of comments, and what this laptop may add to it.

The secretariat sets a status and/or writes a comment (« Enregistrer »); a focal point answers
(« Répondre »). Entries are written at once on this laptop and sent at the next sync
(``desk.add_review``); « Historique… » asks the server for every version of the record.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from focalpoint import desk, services
from focalpoint.domain.forms import Form
from focalpoint.domain.messages import MESSAGES, message
from focalpoint.domain.review import RECEIVED, REVIEW_STATUSES, current_status, status_label
from focalpoint.ui.desk_text import moment_text, role_text
from focalpoint.ui.errors import show_error

if TYPE_CHECKING:
    from focalpoint.ui.main_window import MainWindow

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
PENDING_COLOUR = QColor("#6b6b6b")
REFUSED_COLOUR = QColor("#b00020")
MAX_COMMENT = 2000  # the box stops there; desk checks the real limit


def entry_marker(entry: desk.ReviewEntry, lang: str) -> str:
    """ "en attente d'envoi" / "refusé par le serveur : …" / "" for an entry."""
    if entry.error:
        reason = (
            message(entry.error, lang)
            if entry.error in MESSAGES
            else message("server_refused", lang, code=entry.error)
        )
        return message("review_refused", lang, reason=reason)
    if entry.pending:
        return message("review_pending", lang)
    return ""


class ReviewThreadModel(QAbstractListModel):
    """A record's review thread, oldest first: who, when, the status set, the comment, and
    whether it waits to be sent or was refused."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.entries: list[desk.ReviewEntry] = []

    def set_entries(self, entries: list[desk.ReviewEntry]) -> None:
        """Replace the thread."""
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def entry_text(self, entry: desk.ReviewEntry) -> str:
        """The entry as the list shows it (several lines)."""
        who = entry.author or role_text(entry.role)
        if entry.author and entry.role:
            who = f"{entry.author} ({role_text(entry.role)})"
        head = f"{moment_text(entry.created_at, self.lang)} · {who}"
        if entry.status:
            head += " — " + self.tr("statut : %s") % status_label(entry.status, self.lang)
        lines = [head]
        if entry.comment:
            lines.append(entry.comment)
        marker = entry_marker(entry, self.lang)
        if marker:
            lines.append(f"({marker})")
        return "\n".join(lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.entry_text(entry)
        if role == Qt.ItemDataRole.ForegroundRole:
            if entry.error:
                return REFUSED_COLOUR
            if entry.pending:
                return PENDING_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry_marker(entry, self.lang) or None
        return None


class ReviewPanel(QGroupBox):
    """« Vérification »: the status and thread of one record, and the box to add to it."""

    reviewed = Signal(object)  # desk.ReviewEntry

    def __init__(
        self, window: MainWindow, record: services.Record, form: Form, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.window_ = window
        self.record_id = record.id
        self.form = form
        self.record_status = record.status
        self.review_status = record.review_status
        self.lang = window.lang
        self.is_secretariat = window.is_secretariat
        self.history: QWidget | None = None
        self.setTitle(self.tr("Vérification"))
        self.status = QLabel(self)
        self.status.setObjectName("reviewStatus")
        self.status.setWordWrap(True)
        self.model = ReviewThreadModel(self.lang, self)
        self.thread = QListView(self)
        self.thread.setModel(self.model)
        self.thread.setWordWrap(True)
        self.thread.setAlternatingRowColors(True)
        self.thread.setSpacing(2)
        self.thread.setSelectionMode(QListView.SelectionMode.NoSelection)
        self.empty = QLabel(message("review_none", self.lang), self)
        self.empty.setObjectName("hint")
        self.comment = QPlainTextEdit(self)
        self.comment.setMaximumHeight(90)
        self.choice = QComboBox(self)
        self.choice.addItem(self.tr("Statut inchangé"), None)
        for code in REVIEW_STATUSES:
            self.choice.addItem(status_label(code, self.lang), code)
        self.choice.setVisible(self.is_secretariat)
        if self.is_secretariat:
            self.comment.setPlaceholderText(self.tr("Commentaire pour le point focal"))
            self.send_button = QPushButton(self.tr("Enregistrer"), self)
        else:
            self.comment.setPlaceholderText(self.tr("Réponse ou précision pour le secrétariat"))
            self.send_button = QPushButton(self.tr("Répondre"), self)
        self.send_button.clicked.connect(self.send)
        self.history_button = QPushButton(self.tr("Historique…"), self)
        self.history_button.clicked.connect(self.open_history)
        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)
        self.feedback.setObjectName("hint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.thread, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.choice)
        layout.addWidget(self.comment)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback)
        self.comment.textChanged.connect(self._limit_comment)
        self._show_status()
        self.reload()

    def _limit_comment(self) -> None:
        text = self.comment.toPlainText()
        if len(text) > MAX_COMMENT:
            self.comment.setPlainText(text[:MAX_COMMENT])

    def _show_status(self) -> None:
        if self.record_status != "final":
            self.status.setText(
                self.tr("Brouillon : la vérification commence une fois la fiche finalisée.")
            )
            return
        code = current_status(
            [e.status for e in self.model.entries if not e.error],
            default=self.review_status or RECEIVED,
        )
        self.status.setText(self.tr("Statut : %s") % status_label(code, self.lang))

    def reload(self) -> None:
        """Read the thread (on the database thread)."""
        record_id = self.record_id
        self.window_.runner.run(lambda ws: desk.review_thread(ws, record_id), on_done=self._loaded)

    def _loaded(self, entries: list[desk.ReviewEntry]) -> None:
        self.model.set_entries(entries)
        self.empty.setVisible(not entries)
        self._show_status()
        if entries:
            self.thread.scrollToBottom()

    def send(self) -> None:
        """Add the status chosen and/or the comment typed to the thread."""
        record_id = self.record_id
        status = self.choice.currentData() if self.is_secretariat else None
        comment = self.comment.toPlainText().strip()
        self.send_button.setEnabled(False)
        self.window_.runner.run(
            lambda ws: desk.add_review(ws, record_id, status=status, comment=comment),
            on_done=self._sent,
            on_error=self._failed,
        )

    def _sent(self, entry: desk.ReviewEntry) -> None:
        self.send_button.setEnabled(True)
        self.comment.clear()
        self.choice.setCurrentIndex(0)
        if entry.status:
            self.review_status = entry.status
        code = self.review_status or RECEIVED
        self.feedback.setText(
            message("review_added", self.lang, status=status_label(code, self.lang))
        )
        self.reviewed.emit(entry)
        self.window_.data_changed.emit(services.Changes(records=frozenset({self.record_id})))
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self.send_button.setEnabled(True)
        show_error(self, error)

    def open_history(self) -> QWidget:
        """Open the record's history (asked from the server)."""
        self.history = self.show_history(self, self.record_id)
        return self.history

    @staticmethod
    def show_history(owner: QWidget, record_id: str) -> QWidget:
        """Open the history dialog of ``record_id`` over ``owner`` (an editor or this panel);
        the dialog is kept on ``owner.history_dialog``."""
        from focalpoint.ui.history_dialog import HistoryDialog

        window = owner.window_  # type: ignore[attr-defined]
        form = getattr(owner, "form", None)
        dialog = HistoryDialog(window, record_id, form, owner)
        owner.history_dialog = dialog  # type: ignore[attr-defined]
        dialog.open()
        dialog.load()
        return dialog
