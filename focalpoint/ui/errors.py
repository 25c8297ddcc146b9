"""The one place that shows errors to the user, in their language, never as a traceback,
and the notices that are not errors (a report without data says so here too)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from focalpoint.domain.errors import Cancelled, FocalpointError, UsageError, ValidationFailed
from focalpoint.domain.messages import describe_problem, error_detail, error_message, message

logger = logging.getLogger(__name__)


def current_language() -> str:
    """The language the app speaks now ("fr" or "en"), kept on the application object."""
    app = QCoreApplication.instance()
    lang = app.property("focalpoint_lang") if app is not None else None
    return lang if lang in ("fr", "en") else "fr"


def error_text(error: BaseException, lang: str | None = None) -> str:
    """What a person reads for ``error``: the message table's sentence, or a generic one."""
    lang = lang or current_language()
    if isinstance(error, UsageError) and (detail := error_detail(error, lang)):
        return detail[:1].upper() + detail[1:]  # without the command line's lead-in
    if isinstance(error, FocalpointError):
        text = error_message(error, lang)
        if isinstance(error, ValidationFailed):
            form = error.params.get("form")
            text += "\n" + "\n".join(f"• {describe_problem(form, p, lang)}" for p in error.problems)
        return text
    return message("error", lang)


def show_error(parent: QWidget | None, error: BaseException) -> QMessageBox | None:
    """Show ``error`` (the box, None when nothing is shown): silent for a cancellation;
    unknown errors are logged with traceback."""
    if isinstance(error, Cancelled):
        return None
    if not isinstance(error, FocalpointError):
        logger.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    else:
        logger.info("error shown to the user: %s", error.code)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("errors", "focalpoint"))
    box.setText(error_text(error))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def show_notice(parent: QWidget | None, text: str) -> QMessageBox:
    """Tell the person something that is not an error (e.g. "no data for this period")."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("errors", "focalpoint"))
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box
