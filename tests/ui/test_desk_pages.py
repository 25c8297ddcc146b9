"""The secretariat's desk in the app, without a server: conflicts resolved field by field, the
review panel, the « Vérification » column and its filter, the side bar for each role."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox

from focalpoint import desk, services
from focalpoint.domain.review import CHOOSE_OTHER
from focalpoint.store import sync_state
from focalpoint.ui.main_window import (
    PAGE_CONFLICTS,
    PAGE_DEVICES,
    PAGE_INCIDENTS,
    PAGE_REPORTS,
)
from focalpoint.ui.models.records import COL_REVIEW
from focalpoint.ui.pages.conflicts import COL_CHOICE, COL_CURRENT, COL_OTHER, COL_RESULT
from tests.conftest import incident_data
from tests.ui.conftest import wait_idle


def run(qtbot, window, fn):
    """``fn(ws)`` on the window's database thread; its result."""
    out: list[object] = []
    window.runner.run(fn, on_done=out.append, on_error=out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=10_000)
    return out[0]


def saved_incident(qtbot, window, *, final: bool = True):
    """A new incident saved through the window's database thread."""
    return run(
        qtbot,
        window,
        lambda ws: services.save_record(ws, "incident", incident_data(), final=final).record,
    )


def add_conflict(qtbot, window, data: dict, other: dict, *, conflict_id: int = 1) -> str:
    """A saved final incident with ``data`` and a losing copy ``other`` from the server."""
    record = run(
        qtbot, window, lambda ws: services.save_record(ws, "incident", data, final=True).record
    )

    def insert(ws):
        ws.db["conflicts"].insert(
            {
                "conflict_id": conflict_id,
                "record_id": record.id,
                "code": "stale_base_version",
                "data": json.dumps(other),
                "deleted": 0,
                "seq": 5,
                "created_at": "2023-06-01T10:00:00+00:00",
                "resolved": 0,
            }
        )

    run(qtbot, window, insert)
    window.data_changed.emit(services.Changes())
    return record.id


def open_conflicts(qtbot, window):
    window.sidebar.setCurrentRow(PAGE_CONFLICTS)
    page = window.pages[PAGE_CONFLICTS]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    qtbot.waitUntil(lambda: page.fields.rowCount() > 0, timeout=5_000)
    return page


def row_of(model, field: str) -> int:
    return next(i for i, r in enumerate(model.rows) if r.field == field)


def make_secretariat(qtbot, window) -> None:
    """Give the laptop the secretariat's scope, as a pull from the server would."""
    run(
        qtbot,
        window,
        lambda ws: sync_state.set_values(
            ws.db,
            {
                sync_state.SERVER_URL: "http://127.0.0.1:9",
                sync_state.TOKEN: "x" * 40,
                sync_state.REGIONS: json.dumps(["*"]),
            },
        ),
    )
    window.refresh_role()
    qtbot.waitUntil(lambda: window.is_secretariat, timeout=5_000)


# -- conflicts ---------------------------------------------------------------------------------


def test_conflicts_page_shows_both_copies_with_labels(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d")
    add_conflict(qtbot, window, incident_data(morts=4), incident_data(morts=9))
    page = open_conflicts(qtbot, window)
    assert page.model.index(0, 1).data() == "Modifié ailleurs en même temps"
    first = page.fields.index(0, 0)
    assert page.fields.rows[0].field == "morts"  # what differs comes first
    assert first.data() == "Nombre de morts"
    assert (page.fields.index(0, COL_CURRENT).data(), page.fields.index(0, COL_OTHER).data()) == (
        "4",
        "9",
    )
    assert page.fields.index(0, COL_CHOICE).data() == "Garder la version actuelle"
    region = row_of(page.fields, "lieu")
    assert page.fields.index(region, COL_CURRENT).data() == "Ansongo, Gao"
    assert page.fields.index(region, COL_CHOICE).data() == "Identique"
    assert page.empty.isHidden()


def test_taking_the_other_version_of_a_field_resolves_the_conflict(
    open_window, tmp_path, qtbot
) -> None:
    window = open_window(tmp_path / "d")
    record_id = add_conflict(
        qtbot,
        window,
        incident_data(morts=4, blesses=1),
        incident_data(morts=9, blesses=5),
    )
    page = open_conflicts(qtbot, window)
    morts = row_of(page.fields, "morts")
    # the combo box shown in the choice column drives the model
    combo = page.table.indexWidget(page.fields.index(morts, COL_CHOICE))
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(CHOOSE_OTHER))
    assert page.fields.choices["morts"] == CHOOSE_OTHER
    assert page.fields.index(morts, COL_RESULT).data() == "9"
    with qtbot.waitSignal(window.data_changed, timeout=10_000):
        page.resolve_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5_000)
    record = run(qtbot, window, lambda ws: services.get_record(ws, record_id))
    assert (record.data["morts"], record.data["blesses"]) == (9, 1)
    assert record.dirty  # the resolution syncs like any edit
    assert "Conflit résolu" in page.status.text()
    assert not page.empty.isHidden()


def test_a_typed_value_wins_over_both_copies(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d")
    record_id = add_conflict(qtbot, window, incident_data(morts=4), incident_data(morts=9))
    page = open_conflicts(qtbot, window)
    morts = row_of(page.fields, "morts")
    result = page.fields.index(morts, COL_RESULT)
    assert page.fields.flags(result) & page.fields.flags(result).ItemIsEditable
    assert page.fields.setData(result, "7")
    assert page.fields.edits == {"morts": 7}
    page.resolve()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5_000)
    record = run(qtbot, window, lambda ws: services.get_record(ws, record_id))
    assert record.data["morts"] == 7


def test_a_typed_value_is_read_as_the_record_fields_read_it(open_window, tmp_path, qtbot) -> None:
    """The same reading as the record form: French thousands separator, dd/mm/yyyy dates."""
    window = open_window(tmp_path / "d")
    add_conflict(
        qtbot,
        window,
        incident_data(morts=4, date_incident="2023-05-26"),
        incident_data(morts=9, date_incident="2023-05-27"),
    )
    page = open_conflicts(qtbot, window)
    page.fields.setData(page.fields.index(row_of(page.fields, "morts"), COL_RESULT), "1\u202f204")
    date_row = row_of(page.fields, "date_incident")
    page.fields.setData(page.fields.index(date_row, COL_RESULT), "25/05/2023")
    assert page.fields.edits == {"morts": 1204, "date_incident": "2023-05-25"}


def test_an_invalid_typed_value_is_refused_in_french(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d")
    add_conflict(qtbot, window, incident_data(morts=4), incident_data(morts=9))
    page = open_conflicts(qtbot, window)
    page.fields.setData(page.fields.index(row_of(page.fields, "morts"), COL_RESULT), "trois")
    page.resolve()
    qtbot.waitUntil(lambda: bool(page.findChildren(QMessageBox)), timeout=5_000)
    box = page.findChildren(QMessageBox)[-1]
    assert "Nombre de morts" in box.text()
    box.close()
    assert page.model.rowCount() == 1  # nothing resolved, nothing lost
    assert page.resolve_button.isEnabled()


def test_resolving_an_already_resolved_conflict_says_so(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d")
    add_conflict(qtbot, window, incident_data(morts=4), incident_data(morts=9))
    page = open_conflicts(qtbot, window)
    run(qtbot, window, lambda ws: desk.resolve_conflict(ws, 1, {}))  # e.g. from the CLI
    page.resolve()
    qtbot.waitUntil(lambda: bool(page.findChildren(QMessageBox)), timeout=5_000)
    box = page.findChildren(QMessageBox)[-1]
    assert box.text() == "Ce conflit est déjà résolu : rien n'a été modifié"
    box.close()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5_000)


# -- the incident list --------------------------------------------------------------------------


def test_incident_list_shows_and_filters_the_review_status(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d", demo=True)
    window.sidebar.setCurrentRow(PAGE_INCIDENTS)
    page = window.pages[PAGE_INCIDENTS]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    assert page.model.headerData(COL_REVIEW, Qt.Orientation.Horizontal) == "Vérification"
    labels = {page.proxy.index(r, COL_REVIEW).data() for r in range(page.proxy.rowCount())}
    assert "Vérifié" in labels
    assert not page.review.isHidden()
    page.review.setCurrentIndex(page.review.findData("verifie"))
    shown = page.proxy.rowCount()
    assert 0 < shown < page.model.rowCount()
    assert {page.proxy.index(r, COL_REVIEW).data() for r in range(shown)} == {"Vérifié"}
    page.review.setCurrentIndex(page.review.findData("recu"))
    received = {page.proxy.index(r, COL_REVIEW).data() for r in range(page.proxy.rowCount())}
    assert received <= {"Reçu"}


def test_activity_list_has_no_review_column(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d")
    page = window.pages[0]
    assert page.model.columnCount() == COL_REVIEW
    assert page.review.isHidden()


# -- the review panel ---------------------------------------------------------------------------


def open_incident(qtbot, window, record_id: str):
    window.sidebar.setCurrentRow(PAGE_INCIDENTS)
    window.open_editor("incident", record_id)
    qtbot.waitUntil(lambda: window.editor is not None, timeout=5_000)
    panel = window.editor.review
    assert panel is not None
    wait_idle(qtbot, window)
    return panel


def test_a_focal_point_answers_in_the_review_panel(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d")
    record = saved_incident(qtbot, window)
    panel = open_incident(qtbot, window, record.id)
    assert panel.status.text() == "Statut : Reçu"
    assert panel.send_button.text() == "Répondre"
    assert panel.choice.isHidden()  # a focal point does not set a status
    assert not panel.empty.isHidden()
    panel.comment.setPlainText("Le bilan est confirmé par la mairie.")
    with qtbot.waitSignal(panel.reviewed, timeout=5_000):
        panel.send_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5_000)
    text = panel.model.index(0).data()
    assert "Le bilan est confirmé par la mairie." in text
    assert "(en attente d'envoi)" in text
    assert panel.comment.toPlainText() == ""
    assert panel.empty.isHidden()


def test_an_empty_answer_is_refused_in_french(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d")
    record = saved_incident(qtbot, window)
    panel = open_incident(qtbot, window, record.id)
    panel.send_button.click()
    qtbot.waitUntil(lambda: bool(panel.findChildren(QMessageBox)), timeout=5_000)
    box = panel.findChildren(QMessageBox)[-1]
    assert box.text() == "Choisissez un statut ou écrivez un commentaire"
    box.close()
    assert panel.send_button.isEnabled()


def test_the_secretariat_sets_a_status_with_a_comment(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d")
    make_secretariat(qtbot, window)
    record = saved_incident(qtbot, window)
    panel = open_incident(qtbot, window, record.id)
    assert panel.send_button.text() == "Enregistrer"
    assert not panel.choice.isHidden()
    panel.choice.setCurrentIndex(panel.choice.findData("besoin_informations"))
    panel.comment.setPlainText("Precisez le nombre de blesses.")
    with qtbot.waitSignal(window.data_changed, timeout=5_000):
        panel.send_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5_000)
    assert panel.status.text() == "Statut : Besoin d'informations"
    assert "statut : Besoin d'informations" in panel.model.index(0).data()
    assert panel.feedback.text().startswith("Enregistré : sera envoyé à la prochaine")
    stored = run(qtbot, window, lambda ws: services.get_record(ws, record.id))
    assert stored.review_status == "besoin_informations"


def test_a_draft_says_verification_starts_once_final(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d")
    record = saved_incident(qtbot, window, final=False)
    panel = open_incident(qtbot, window, record.id)
    assert panel.status.text().startswith("Brouillon : la vérification commence")


def test_history_without_a_server_says_it_needs_a_connection(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d")
    record = saved_incident(qtbot, window)
    panel = open_incident(qtbot, window, record.id)
    dialog = panel.open_history()
    qtbot.waitUntil(lambda: "il faut une connexion" in dialog.state.text(), timeout=10_000)
    assert "pas encore relié au serveur" in dialog.state.text()
    assert dialog.body.isHidden()
    dialog.close()


# -- the side bar -------------------------------------------------------------------------------


def test_appareils_is_for_the_secretariat_only(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d")
    assert window.sidebar.item(PAGE_DEVICES).isHidden()
    window.go_to(PAGE_DEVICES)
    assert window.sidebar.currentRow() != PAGE_DEVICES
    make_secretariat(qtbot, window)
    assert not window.sidebar.item(PAGE_DEVICES).isHidden()
    assert window.sidebar.item(PAGE_DEVICES).text() == "Appareils"


# -- the dashboard and the models ---------------------------------------------------------------


def test_the_dashboard_says_how_many_incidents_await_verification(
    open_window, tmp_path, qtbot
) -> None:
    window = open_window(tmp_path / "d", demo=True)
    window.sidebar.setCurrentRow(PAGE_REPORTS)
    box = window.pages[PAGE_REPORTS].dashboard
    qtbot.waitUntil(lambda: box.board is not None, timeout=20_000)
    assert box.board.awaiting_verification > 0
    assert not box.awaiting.isHidden()
    assert box.awaiting.text().startswith(
        f"{box.board.awaiting_verification} incident(s) en attente de vérification"
    )
    reports = window.pages[PAGE_REPORTS]
    assert not reports.tabs.isTabVisible(reports.desk_tab)  # the Bamako tab: secretariat only


def test_the_desk_models_pass_the_model_tester(qtmodeltester, qapp) -> None:
    from focalpoint.domain.aggregation import IncidentFigures
    from focalpoint.domain.locations import default_locations
    from focalpoint.domain.review import FieldChange
    from focalpoint.ui.editor.review_panel import ReviewThreadModel
    from focalpoint.ui.history_dialog import ChangesModel, VersionsModel
    from focalpoint.ui.pages.conflicts import ResolutionModel
    from focalpoint.ui.pages.dashboard import RegionFiguresModel, StaleDevicesModel
    from focalpoint.ui.pages.devices import DevicesModel

    places = default_locations()
    device = desk.DeviceRow(
        "gao-1", "focal_point", ["gao"], "2023-01-01T00:00:00+00:00", None, None,
        "2023-05-01T10:00:00+00:00", 3, "0.9.0",
    )  # fmt: skip
    devices = DevicesModel(places, "fr")
    devices.set_rows([device])
    stale = StaleDevicesModel("fr", places)
    stale.set_rows([device])
    regions = RegionFiguresModel("fr", places)
    regions.set_rows([("gao", IncidentFigures(1, 2, 3), IncidentFigures(4, 5, 6))])
    resolution = ResolutionModel()
    resolution.set_fields(
        [desk.FieldChoice("morts", "Nombre de morts", 4, 9, True)], None, "fr", places
    )
    change = FieldChange("morts", 3, 5)
    history = VersionsModel(None, "fr")
    history.set_rows(
        [desk.HistoryView(2, "write", "", "2023-05-02T10:00:00Z", "gao-1", "A", "final", False,
                          [change])]
    )  # fmt: skip
    changes = ChangesModel(None, "fr", places)
    changes.set_rows([change])
    thread = ReviewThreadModel("fr")
    thread.set_entries(
        [desk.ReviewEntry("1", "r", "verifie", "ok", "A", "secretariat", "2023-05-02", True, "")]
    )
    for model in (devices, stale, regions, resolution, history, changes, thread):
        qtmodeltester.check(model)
    assert regions.index(1, 0).data() == "Total"
    assert stale.index(0, 2).data().startswith("il y a ")


def test_a_typed_value_shows_as_such_in_the_choice_column(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d")
    point = {"lat": 16.29947, "lon": -0.21694}
    add_conflict(qtbot, window, incident_data(morts=4, gps=point), incident_data(morts=9))
    page = open_conflicts(qtbot, window)
    morts = row_of(page.fields, "morts")
    combo = page.table.indexWidget(page.fields.index(morts, COL_CHOICE))
    page.fields.setData(page.fields.index(morts, COL_RESULT), "7")
    assert combo.currentText() == "Valeur saisie"
    combo.setCurrentIndex(combo.findData(CHOOSE_OTHER))  # choosing a side drops the typed value
    assert page.fields.edits == {}
    assert page.fields.index(morts, COL_RESULT).data() == "9"
    gps = row_of(page.fields, "gps")
    assert page.fields.index(gps, COL_CURRENT).data() == "16,29947 ; -0,21694"
