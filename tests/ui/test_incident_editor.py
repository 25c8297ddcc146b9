"""The generated editor on the incident form: relevant fields, messages in place, finalising."""

from __future__ import annotations

from focalpoint import services
from focalpoint.ui.main_window import PAGE_INCIDENTS
from tests.ui.conftest import wait_idle


def open_new_incident(window, qtbot):
    window.sidebar.setCurrentRow(PAGE_INCIDENTS)
    window.pages[PAGE_INCIDENTS].new_record()
    qtbot.waitUntil(lambda: window.editor is not None, timeout=5_000)
    return window.editor


def fill_valid_incident(editor) -> None:
    rows = editor.rows
    rows["titre"].widget.edit.setText("Attaque d'un poste de controle")
    rows["date_incident"].widget.edit.setText("26/05/2023")
    rows["heure"].widget.edit.setText("14:30")
    place = rows["lieu"].widget
    place.region.setCurrentIndex(place.region.findData("gao"))
    place.cercle.setCurrentIndex(place.cercle.findData("ansongo"))
    rows["domaine"].widget.set_value("crime_extremisme")
    rows["type_incident"].widget.set_value("attaque_armee")
    rows["description"].widget.edit.setPlainText("Des hommes armes ont attaque le poste a l'aube.")
    rows["morts"].widget.edit.setText("3")
    rows["sources"].widget.boxes["temoin"].setChecked(True)
    rows["fiabilite"].widget.set_value("probable")


def test_relevant_field_appears_only_for_other_type(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d")
    editor = open_new_incident(window, qtbot)
    other = editor.rows["type_autre"]
    editor.check_now()
    assert other.isHidden()
    editor.rows["type_incident"].widget.set_value("autre")
    editor.check_now()
    assert not other.isHidden()
    assert not editor.labels["type_autre"].isHidden()


def test_wrong_values_get_french_messages_in_place_and_stay_typed(
    open_window, tmp_path, qtbot
) -> None:
    window = open_window(tmp_path / "d")
    editor = open_new_incident(window, qtbot)
    fill_valid_incident(editor)
    editor.rows["morts"].widget.edit.setText("trois")
    editor.rows["date_incident"].widget.edit.setText("31/02/2023")
    editor.rows["gps"].widget.lat.setText("48,85")
    editor.rows["gps"].widget.lon.setText("2,35")
    editor.check_now()
    assert (
        editor.rows["morts"].problem.text()
        == "Saisissez un nombre entier (sans lettres ni virgule)."
    )
    assert editor.rows["date_incident"].problem.text().startswith("Date non valide")
    assert "hors du Mali" in editor.rows["gps"].problem.text()
    assert editor.rows["morts"].widget.edit.text() == "trois"


def test_finalise_refuses_an_invalid_record_then_saves_a_valid_one(
    open_window, tmp_path, qtbot
) -> None:
    window = open_window(tmp_path / "d")
    editor = open_new_incident(window, qtbot)
    editor.rows["titre"].widget.edit.setText("Vol de betail")
    editor.save(final=True)
    assert "problème(s) à corriger" in editor.status.text()
    assert window.editor is editor
    fill_valid_incident(editor)
    editor.rows["type_incident"].widget.set_value("autre")
    editor.rows["type_autre"].widget.edit.setText("Feu de brousse")
    record_id = editor.record_id
    with qtbot.waitSignal(editor.closed, timeout=5_000):
        editor.save(final=True)
    saved = []
    window.runner.run(lambda ws: services.get_record(ws, record_id), on_done=saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=5_000)
    record = saved[0]
    assert (record.status, record.region, record.data["type_autre"]) == (
        "final",
        "gao",
        "Feu de brousse",
    )
    assert record.data["date_incident"] == "2023-05-26"
    page = window.pages[PAGE_INCIDENTS]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)


def test_ctrl_s_saves_a_draft_even_with_problems(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d")
    editor = open_new_incident(window, qtbot)
    editor.rows["titre"].widget.edit.setText("Incident a completer")
    editor.rows["morts"].widget.edit.setText("beaucoup")
    with qtbot.waitSignal(editor.saved, timeout=5_000):
        editor.save(final=False)
    wait_idle(qtbot, window)
    drafts = []
    window.runner.run(
        lambda ws: list(services.list_records(ws, status="draft")), on_done=drafts.append
    )
    qtbot.waitUntil(lambda: bool(drafts), timeout=5_000)
    assert drafts[0][0].data["morts"] == "beaucoup"
    assert editor.status.text().startswith("Brouillon enregistré le")


def test_unreadable_attachment_is_reported_in_place(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d")
    editor = open_new_incident(window, qtbot)
    field = editor.rows["pieces_jointes"].widget
    editor.attach(field, tmp_path / "absent.jpg")
    qtbot.waitUntil(lambda: editor.rows["pieces_jointes"].problem.text() != "", timeout=5_000)
    assert "absent.jpg" in editor.rows["pieces_jointes"].problem.text()
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8 photo")
    editor.attach(field, photo)
    qtbot.waitUntil(lambda: len(field.items) == 1, timeout=5_000)
    assert field.items[0]["name"] == "photo.jpg"
    assert editor.rows["pieces_jointes"].problem.text() == ""


def test_unreadable_attachment_message_is_french(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d")
    editor = open_new_incident(window, qtbot)
    editor.attach(editor.rows["pieces_jointes"].widget, tmp_path)  # a folder, not a file
    qtbot.waitUntil(lambda: editor.rows["pieces_jointes"].problem.text() != "", timeout=5_000)
    assert editor.rows["pieces_jointes"].problem.text().endswith("c'est un dossier, pas un fichier")


def test_a_blank_new_form_shows_required_only_after_a_finalise_attempt(
    open_window, tmp_path, qtbot
) -> None:
    window = open_window(tmp_path / "d")
    editor = open_new_incident(window, qtbot)
    editor.check_now()
    assert editor.rows["description"].problem.text() == ""
    editor.rows["titre"].widget.edit.setText("x")
    editor.rows["titre"].widget.edit.setText("")
    editor.check_now()
    assert editor.rows["titre"].problem.text() == "Ce champ est obligatoire."
    assert editor.rows["description"].problem.text() == ""
    editor.save(final=True)
    assert editor.rows["description"].problem.text() == "Ce champ est obligatoire."
