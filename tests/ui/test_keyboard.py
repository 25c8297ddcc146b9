"""Everything reachable without a mouse: Ctrl+N, typing, Ctrl+S, Échap, Enter on a row."""

from __future__ import annotations

from PySide6.QtCore import Qt

from focalpoint.ui.main_window import PAGE_INCIDENTS

CTRL = Qt.KeyboardModifier.ControlModifier


def test_new_type_save_close_with_the_keyboard(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d")
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    page = window.pages[PAGE_INCIDENTS]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.editor is not None, timeout=5_000)
    editor = window.editor
    title = editor.rows["titre"].widget.edit
    qtbot.waitUntil(title.hasFocus, timeout=2_000)
    qtbot.keyClicks(title, "Vol de betail a Bourem")
    with qtbot.waitSignal(editor.saved, timeout=5_000):
        qtbot.keyClick(title, Qt.Key.Key_S, CTRL)
    assert editor.status.text().startswith("Brouillon enregistré")
    with qtbot.waitSignal(editor.closed, timeout=5_000):
        qtbot.keyClick(title, Qt.Key.Key_Escape)
    assert window.editor is None
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor is not None, timeout=5_000)
    assert window.editor.rows["titre"].widget.edit.text() == "Vol de betail a Bourem"


def test_escape_with_unsaved_changes_asks_before_closing(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d")
    window.pages[PAGE_INCIDENTS].new_record()
    qtbot.waitUntil(lambda: window.editor is not None, timeout=5_000)
    editor = window.editor
    qtbot.keyClicks(editor.rows["titre"].widget.edit, "Brouillon")
    qtbot.keyClick(editor.rows["titre"].widget.edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: getattr(editor, "close_prompt", None) is not None, timeout=2_000)
    prompt = editor.close_prompt
    stay = next(b for b in prompt.buttons() if b.text() == "Continuer la saisie")
    stay.click()
    assert window.editor is editor
    qtbot.keyClick(editor.rows["titre"].widget.edit, Qt.Key.Key_Escape)
    keep = next(
        b for b in editor.close_prompt.buttons() if b.text() == "Enregistrer comme brouillon"
    )
    with qtbot.waitSignal(editor.closed, timeout=5_000):
        keep.click()
    page = window.pages[PAGE_INCIDENTS]
    window.sidebar.setCurrentRow(PAGE_INCIDENTS)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    assert page.model.summary(0).status == "draft"
