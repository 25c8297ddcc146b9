"""An activity with its participants: typed and pasted, totals, draft, crash and resume, final."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from focalpoint import services
from focalpoint.store.datadir import DataDir
from focalpoint.ui.main_window import PAGE_ACTIVITIES
from tests.conftest import REPO
from tests.ui.conftest import wait_idle

PASTE = "Diallo\tOumou\tF\t22\nTraore\tSidi\tM\t52\n"


def open_new_activity(window, qtbot):
    window.pages[PAGE_ACTIVITIES].new_record()
    qtbot.waitUntil(lambda: window.editor is not None, timeout=5_000)
    return window.editor


def fill_general(editor) -> None:
    rows = editor.rows
    rows["programme"].widget.set_value("jps")
    rows["type_activite"].widget.set_value("atelier")
    rows["titre"].widget.edit.setText("Atelier jeunesse et paix a Gao")
    rows["date_debut"].widget.edit.setText("12/06/2023")
    rows["date_fin"].widget.edit.setText("13/06/2023")
    place = rows["lieu"].widget
    place.region.setCurrentIndex(place.region.findData("gao"))


def type_participant(participants, row: int, **values: object) -> None:
    model = participants.model
    if model.rowCount() <= row:
        participants.add_row()
    for field_id, value in values.items():
        column = model.column_of(field_id)
        model.setData(model.index(row, column), value, Qt.ItemDataRole.EditRole)


def test_three_participants_typed_and_pasted_with_totals_then_draft(
    open_window, tmp_path, qtbot
) -> None:
    window = open_window(tmp_path / "d")
    editor = open_new_activity(window, qtbot)
    fill_general(editor)
    participants = editor.rows["participants"].widget
    type_participant(
        participants, 0, nom="Maiga", prenom="Aminata", sexe="F", age="24", handicap=True
    )
    participants.paste_text(PASTE)
    assert participants.model.rowCount() == 3
    totals = participants.totals()
    assert (totals.total, totals.women, totals.men, totals.youth, totals.disabled) == (
        3,
        2,
        1,
        2,
        1,
    )
    assert "Total : 3" in participants.totals_label.text()
    assert "Femmes : 2 (66,7\u202f%)" in participants.totals_label.text()
    with qtbot.waitSignal(editor.saved, timeout=5_000):
        editor.save(final=False)
    saved = []
    window.runner.run(lambda ws: services.get_record(ws, editor.record_id), on_done=saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=5_000)
    record = saved[0]
    assert record.status == "draft"
    assert [p["jeune"] for p in record.data["participants"]] == [True, True, False]
    assert [p["sexe"] for p in record.data["participants"]] == ["F", "F", "M"]


def test_a_wrong_paste_keeps_the_rows_and_says_what_to_fix(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d")
    editor = open_new_activity(window, qtbot)
    participants = editor.rows["participants"].widget
    participants.paste_text("Diallo\tOumou\tF\t22\tnon\tWANEP\tPF\tGao\t76123456\tX\tY\n")
    assert participants.model.rowCount() == 1
    assert "colonne(s) en trop ignorée(s)" in participants.message.text()
    participants.paste_text("Traore\tSidi\tM\t300\n")
    editor.check_now()
    assert participants.model.problem(1, "age")
    assert editor.rows["participants"].problem.text() == "1 ligne(s) à corriger (cases en rouge)."


def test_kill_during_typing_then_reopen_offers_the_draft_back(open_window, tmp_path, qtbot) -> None:
    root = tmp_path / "d"
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("crash_child.py")), str(root)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.startswith("AUTOSAVED"), line
        record_id = line.split()[1]
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL

    ws = services.open_workspace(DataDir(root))
    [pending] = services.pending_autosaves(ws)
    assert list(services.list_records(ws)) == []
    ws.close()
    assert pending.record_id == record_id
    assert pending.data["titre"] == "Atelier jeunesse et paix à Gao"

    window = open_window(root)
    qtbot.waitUntil(lambda: getattr(window, "pending_prompt", None) is not None, timeout=5_000)
    prompt: QMessageBox = window.pending_prompt
    resume = next(b for b in prompt.buttons() if b.text() == "Reprendre la saisie")
    resume.click()
    qtbot.waitUntil(lambda: window.editor is not None, timeout=5_000)
    editor = window.editor
    assert editor.record_id == record_id
    assert editor.rows["titre"].widget.edit.text() == "Atelier jeunesse et paix à Gao"
    assert editor.rows["duree_heures"].widget.edit.text() == "6,5"
    assert [r.get("nom") for r in editor.rows["participants"].widget.value()] == [
        "Maïga",
        "Diallo",
        "Traore",
    ]
    with qtbot.waitSignal(editor.closed, timeout=5_000):
        editor.save(final=True)
    wait_idle(qtbot, window)
    final = []
    window.runner.run(
        lambda ws: (services.get_record(ws, record_id), services.pending_autosaves(ws)),
        on_done=final.append,
    )
    qtbot.waitUntil(lambda: bool(final), timeout=5_000)
    record, autosaves = final[0]
    assert (record.id, record.status, len(record.data["participants"])) == (record_id, "final", 3)
    assert autosaves == []


def test_end_before_start_and_a_14_digit_phone_are_marked_in_place(
    open_window, tmp_path, qtbot
) -> None:
    window = open_window(tmp_path / "d")
    editor = open_new_activity(window, qtbot)
    fill_general(editor)
    editor.rows["date_fin"].widget.edit.setText("10/06/2023")
    participants = editor.rows["participants"].widget
    type_participant(participants, 0, nom="Maiga", sexe="F", telephone="76123456789012")
    editor.check_now()
    assert (
        editor.rows["date_fin"].problem.text()
        == "La date de fin ne peut pas précéder la date de début."
    )
    column = participants.model.column_of("telephone")
    cell = participants.model.index(0, column)
    assert cell.data(Qt.ItemDataRole.ToolTipRole).startswith(
        "Numéro de téléphone malien non valide"
    )
    assert cell.data(Qt.ItemDataRole.EditRole) == "76123456789012"  # kept as typed
