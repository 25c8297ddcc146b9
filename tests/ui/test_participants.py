"""The participant list editor: the table model, typing, rows, pasting from Excel, totals."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit

from focalpoint.domain.formatting import format_percent
from focalpoint.domain.forms import Field, parse_form
from focalpoint.domain.problems import Problem
from focalpoint.domain.validation import compute, prepare, validate
from focalpoint.ui.editor.participants import ParticipantsEditor, ProblemRole, parse_paste
from focalpoint.ui.editor.participants_model import ParticipantsModel
from tests.conftest import REPO, activity_data

FORM = parse_form(json.loads((REPO / "forms" / "activite.json").read_text(encoding="utf-8")))
FIELD: Field = FORM.field("participants")  # type: ignore[assignment]
COLS = {f.id: i for i, f in enumerate(FIELD.fields)}
EDIT = Qt.ItemDataRole.EditRole
DISPLAY = Qt.ItemDataRole.DisplayRole
CHECK = Qt.ItemDataRole.CheckStateRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def editor(qtbot) -> ParticipantsEditor:
    widget = ParticipantsEditor(FIELD)
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    return widget


def cell(editor: ParticipantsEditor, row: int, field_id: str):
    return editor.model.index(row, COLS[field_id])


def type_row(editor: ParticipantsEditor, row: int, **values: object) -> None:
    for field_id, value in values.items():
        assert editor.model.setData(cell(editor, row, field_id), value, EDIT)


def problems_of(rows: list[dict]) -> list[Problem]:
    data = compute(FORM, prepare(FORM, {**activity_data(), "participants": rows}))
    return validate(FORM, data)


# --------------------------------------------------------------------------- model


def test_model_passes_the_model_tester(qtmodeltester) -> None:
    model = ParticipantsModel(FIELD)
    model.set_rows(activity_data(participants=3)["participants"])  # type: ignore[arg-type]
    model.set_problems([Problem("participants[1].age", "too_large", {"max": 110})])
    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)
    assert model.insertRows(1, 2)
    assert model.removeRows(0, 1)
    assert not model.removeRows(3, 5)
    qtmodeltester.check(model, force_py=True)


def test_display_shows_labels_and_edit_role_the_raw_value(editor) -> None:
    editor.set_value([{"nom": "Maïga", "sexe": "femme", "age": 24, "handicap": "oui"}])
    model = editor.model
    assert model.data(cell(editor, 0, "sexe"), DISPLAY) == "Femme"
    assert model.data(cell(editor, 0, "sexe"), EDIT) == "femme"
    assert model.data(cell(editor, 0, "age"), DISPLAY) == "24"
    assert model.data(cell(editor, 0, "handicap"), DISPLAY) is None  # a box, not text
    assert model.data(cell(editor, 0, "handicap"), CHECK) == Qt.CheckState.Checked
    assert model.headerData(COLS["nom"], Qt.Orientation.Horizontal) == "Nom *"
    assert model.headerData(COLS["age"], Qt.Orientation.Horizontal) == "Âge"
    assert model.data(model.index(5, 0), DISPLAY) is None


def test_headers_follow_the_current_language(qapp) -> None:
    qapp.setProperty("focalpoint_lang", "en")
    try:
        model = ParticipantsModel(FIELD)
        assert model.headerData(COLS["nom"], Qt.Orientation.Horizontal) == "Surname *"
    finally:
        qapp.setProperty("focalpoint_lang", "fr")


# --------------------------------------------------------------------------- typing and rows


def test_typed_values_are_kept_as_typed(editor, qtbot) -> None:
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    type_row(editor, 0, nom="Maïga", prenom="Aminata", sexe="F", age="4O", telephone="76 12 34 56")
    assert editor.model.setData(cell(editor, 0, "handicap"), Qt.CheckState.Checked, CHECK)
    assert editor.value() == [
        {
            "nom": "Maïga",
            "prenom": "Aminata",
            "sexe": "F",
            "age": "4O",  # wrong, but never lost: validation marks it
            "handicap": True,
            "telephone": "76 12 34 56",
        }
    ]  # the second, empty row is dropped
    type_row(editor, 0, prenom="")
    assert "prenom" not in editor.value()[0]


def test_typing_in_a_cell_with_the_keyboard(editor, qtbot) -> None:
    editor.show()
    editor.add_row()
    line = editor.table.findChild(QLineEdit)
    assert line is not None
    qtbot.keyClicks(line, "Traore")
    qtbot.keyClick(line, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: editor.value() == [{"nom": "Traore"}])
    qtbot.waitUntil(lambda: editor.table.state() == QAbstractItemView.State.NoState)
    type_row(editor, 0, sexe="homme")  # typed text is read as the choice "M"
    editor.table.setCurrentIndex(cell(editor, 0, "sexe"))
    editor.table.edit(cell(editor, 0, "sexe"))
    combo = editor.table.findChild(QComboBox)
    assert combo is not None
    assert combo.currentData() == "M"
    combo.setCurrentIndex(combo.findData("F"))
    combo.activated.emit(combo.currentIndex())
    assert editor.value() == [{"nom": "Traore", "sexe": "F"}]  # the value, not the label
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "Femme", "Homme"]


def test_add_and_delete_rows_with_buttons_and_keys(editor, qtbot) -> None:
    editor.show()
    with qtbot.waitSignal(editor.changed):
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Escape)  # leave the cell editor opened by "Ajouter"
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    qtbot.keyClick(
        editor.table,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor.model.rowCount() == 3
    for row, name in enumerate(("Un", "Deux", "Trois")):
        type_row(editor, row, nom=name)
    selection = editor.table.selectionModel()
    selection.clearSelection()
    for row in (0, 2):
        selection.select(cell(editor, row, "nom"), QItemSelectionModel.SelectionFlag.Select)
    editor.table.setFocus()
    with qtbot.waitSignal(editor.changed):
        qtbot.keyClick(editor.table, Qt.Key.Key_Delete)  # Suppr empties the cells, keeps the rows
    assert editor.model.rowCount() == 3
    assert editor.value() == [{"nom": "Deux"}]
    for row, name in ((0, "Un"), (2, "Trois")):
        type_row(editor, row, nom=name)
    with qtbot.waitSignal(editor.changed):
        qtbot.keyClick(editor.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert editor.value() == [{"nom": "Deux"}]
    assert editor.model.rowCount() == 1
    selection.select(cell(editor, 0, "age"), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.model.rowCount() == 0
    assert editor.value() == []


# --------------------------------------------------------------------------- paste

THREE_ROWS = (
    "Maïga\tAminata\tF\t24\tnon\tWANEP\tMonitrice\tGao\t76 12 34 56\r\n"
    'Touré\tMoussa\thomme\t4O\tx\t"Mairie\tde Gao"\t\t\t\r\n'
    '"Ag\nMohamed"\tIbrahim\tM\t30\tpeut-être\r\n'
)


def test_paste_rows_without_header(editor, qtbot) -> None:
    with qtbot.waitSignal(editor.changed):
        editor.paste_text(THREE_ROWS)
    rows = editor.value()
    assert len(rows) == 3
    assert rows[0] == {
        "nom": "Maïga",
        "prenom": "Aminata",
        "sexe": "F",
        "age": "24",
        "handicap": False,
        "organisation": "WANEP",
        "fonction": "Monitrice",
        "localite": "Gao",
        "telephone": "76 12 34 56",
    }
    assert rows[1] == {
        "nom": "Touré",
        "prenom": "Moussa",
        "sexe": "homme",  # kept as typed, shown as "Homme"
        "age": "4O",
        "handicap": True,
        "organisation": "Mairie\tde Gao",  # a quoted Excel cell
    }
    assert rows[2]["nom"] == "Ag\nMohamed"
    assert rows[2]["handicap"] == "peut-être"  # unreadable: kept for validation to report
    assert editor.message.text() == "3 ligne(s) ajoutée(s)."
    assert not editor.message.isHidden()


def test_paste_with_a_french_header_in_another_order(editor) -> None:
    editor.set_value([{"nom": "Maïga", "sexe": "F", "age": 24}])
    editor.add_row()  # a trailing empty row, replaced by the pasted rows
    editor.paste_text(
        "SEXE\tPrénom\tnom\tage\tSignature\tJeune (18-35 ans)\n"
        "femme\tAwa\tCissé\t30\tA.C.\toui\n"
        "M\tOumar\tDiallo\t41\t\tnon\n"
    )
    assert editor.value() == [
        {"nom": "Maïga", "sexe": "F", "age": 24},
        {"sexe": "femme", "prenom": "Awa", "nom": "Cissé", "age": "30"},
        {"sexe": "M", "prenom": "Oumar", "nom": "Diallo", "age": "41"},
    ]
    assert editor.model.rowCount() == 3
    assert editor.message.text() == (
        "2 ligne(s) ajoutée(s). Colonnes ignorées : Signature, Jeune (18-35 ans)."
    )
    assert editor.model.data(cell(editor, 1, "jeune"), DISPLAY) == "Oui"  # recomputed from age
    assert editor.model.data(cell(editor, 2, "jeune"), DISPLAY) == "Non"


def test_paste_with_too_many_columns_keeps_the_rows(editor) -> None:
    editor.paste_text(
        "1\tMaïga\tAminata\tF\t24\tnon\tWANEP\tMonitrice\tGao\t76123456\n"
        "2\tTouré\tMoussa\tM\t41\toui\tMairie\tMaire\tGao\t66123456\n"
    )
    rows = editor.value()
    assert len(rows) == 2
    assert rows[0]["nom"] == "1"  # the numbering column shifted the others: visible, not lost
    assert "76123456" not in rows[0].values()
    assert editor.message.text().startswith(
        "2 ligne(s) ajoutée(s). 1 colonne(s) en trop ignorée(s) : vérifiez l'ordre des "
        "colonnes (Nom, Prénom, Sexe, Âge, Personne handicapée,"
    )


def test_paste_of_nothing_says_so(editor) -> None:
    editor.paste_text("\r\n\t\t\r\n")
    assert editor.value() == []
    assert editor.message.text().startswith("Rien à coller")
    editor.paste_text("Nom\tPrénom\n")
    assert editor.message.text() == "Aucune ligne à coller sous la ligne des titres."


def test_ctrl_v_pastes_the_clipboard(editor, qtbot) -> None:
    editor.show()
    QGuiApplication.clipboard().setText("Maïga\tAminata\tF\t24\n")
    if QGuiApplication.clipboard().text() != "Maïga\tAminata\tF\t24\n":
        pytest.skip("no clipboard on this platform")
    editor.table.setFocus()
    with qtbot.waitSignal(editor.changed):
        qtbot.keyClick(editor.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.value() == [{"nom": "Maïga", "prenom": "Aminata", "sexe": "F", "age": "24"}]


def test_parse_paste_header_detection() -> None:
    assert not parse_paste(FIELD, "Maïga\tAminata\tF\n").header
    assert parse_paste(FIELD, "Surname\tFirst name\nMaïga\tAminata\n").rows == [
        {"nom": "Maïga", "prenom": "Aminata"}
    ]


# --------------------------------------------------------------------------- totals


def test_totals_after_typing_and_after_paste(editor) -> None:
    for row, (sex, age) in enumerate((("F", "24"), ("femme", "41"), ("M", "30"))):
        editor.add_row()
        type_row(editor, row, nom=f"P{row}", sexe=sex, age=age)
    totals = editor.totals()
    assert (totals.total, totals.women, totals.men, totals.youth, totals.disabled) == (
        3,
        2,
        1,
        2,
        0,
    )
    assert editor.totals_label.text() == (
        f"Total : 3 · Femmes : 2 ({format_percent(2 / 3)}) · Hommes : 1 · "
        "Jeunes (18-35 ans) : 2 · Personnes handicapées : 0"
    )
    assert format_percent(2 / 3) == "66,7\u202f%"
    editor.paste_text("Cissé\tAwa\tF\t19\toui\n")
    assert editor.totals_label.text() == (
        f"Total : 4 · Femmes : 3 ({format_percent(3 / 4)}) · Hommes : 1 · "
        "Jeunes (18-35 ans) : 3 · Personnes handicapées : 1"
    )


# --------------------------------------------------------------------------- problems


def test_set_problems_marks_the_cell_with_the_french_message(editor, qtbot) -> None:
    rows = activity_data(participants=3)["participants"]
    rows[1]["telephone"] = "12 34"  # type: ignore[index]
    editor.set_value(rows)  # type: ignore[arg-type]
    problems = problems_of(rows)  # type: ignore[arg-type]
    assert Problem("participants[1].telephone", "phone_invalid") in problems
    with qtbot.assertNotEmitted(editor.changed):  # re-validating is not an edit
        editor.set_problems([*problems, Problem("titre", "required")])
    model = editor.model
    phone = cell(editor, 1, "telephone")
    expected = "Numéro de téléphone malien non valide (8 chiffres, ex. 76 12 34 56)."
    assert model.data(phone, TOOLTIP) == expected
    assert model.data(phone, ProblemRole) == expected
    assert model.data(phone, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(cell(editor, 0, "telephone"), ProblemRole) is None
    assert model.data(cell(editor, 1, "nom"), Qt.ItemDataRole.BackgroundRole) is None
    model.removeRows(0, 1)  # the mark moves with its row
    assert model.data(cell(editor, 0, "telephone"), ProblemRole) == expected


# --------------------------------------------------------------------------- computed youth


def test_youth_column_is_read_only_and_follows_the_age(editor, qtbot) -> None:
    editor.add_row()
    model = editor.model
    youth = cell(editor, 0, "jeune")
    assert not model.flags(youth) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(youth, True, EDIT)
    assert model.data(youth, DISPLAY) is None
    with qtbot.waitSignal(
        model.dataChanged, check_params_cb=lambda top, _bottom, _roles: top == youth
    ):
        type_row(editor, 0, age="25")
    assert model.data(youth, DISPLAY) == "Oui"
    type_row(editor, 0, age="40")
    assert model.data(youth, DISPLAY) == "Non"
    assert "jeune" not in editor.value()[0]
    handicap = cell(editor, 0, "handicap")
    assert model.flags(handicap) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(handicap) & Qt.ItemFlag.ItemIsEditable


def test_set_value_accepts_nothing(editor, qtbot) -> None:
    with qtbot.assertNotEmitted(editor.changed):
        editor.set_value(None)
    assert editor.value() == []
    assert editor.totals().total == 0
