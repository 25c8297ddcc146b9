"""Brouillons, Rapports (import/export off the GUI thread), Synchronisation, Paramètres."""

from __future__ import annotations

import json

from openpyxl import load_workbook

from focalpoint import services
from focalpoint.ui.main_window import PAGE_DRAFTS, PAGE_REPORTS, PAGE_SETTINGS, PAGE_SYNC
from tests.conftest import incident_data
from tests.ui.conftest import wait_idle


def test_drafts_page_lists_drafts_of_every_form(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d", demo=True)
    window.sidebar.setCurrentRow(PAGE_DRAFTS)
    page = window.pages[PAGE_DRAFTS]
    qtbot.waitUntil(lambda: sum(m.rowCount() for m, _t in page.tables.values()) > 0, timeout=5_000)
    for model, _table in page.tables.values():
        assert all(model.summary(r).status == "draft" for r in range(model.rowCount()))
    assert page.resume_button.isHidden()


def test_export_then_import_from_the_reports_page(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d", demo=True)
    window.sidebar.setCurrentRow(PAGE_REPORTS)
    page = window.pages[PAGE_REPORTS]
    out = tmp_path / "export.xlsx"
    page.export_to(out, "xlsx", None)
    qtbot.waitUntil(lambda: "exporté" in page.report.toPlainText(), timeout=20_000)
    assert page.report.toPlainText().startswith("750 enregistrement(s) exporté(s)")
    assert load_workbook(out, read_only=True).sheetnames == ["activite", "participants", "incident"]

    bad = tmp_path / "in.jsonl"
    bad.write_text(
        "\n".join(json.dumps(d) for d in (incident_data(), incident_data(morts="x"))),
        encoding="utf-8",
    )
    with qtbot.waitSignal(window.data_changed, timeout=10_000):
        page.import_file(bad, "incident")
    report = page.report.toPlainText()
    assert report.startswith("1 enregistrement(s) importé(s), 1 ligne(s) rejetée(s).")
    assert "in.jsonl, ligne 2 : Nombre de morts : Saisissez un nombre entier" in report


def test_progress_bar_shows_during_a_long_task_and_hides_after(
    open_window, tmp_path, qtbot
) -> None:
    window = open_window(tmp_path / "d", demo=True)
    page = window.pages[PAGE_REPORTS]
    with qtbot.waitSignal(window.runner.busy, timeout=5_000):
        page.export_to(tmp_path / "x.json", "json", None)
    assert window.cancel_button.isVisibleTo(window)
    qtbot.waitUntil(lambda: not window.cancel_button.isVisibleTo(window), timeout=20_000)


def test_cancelling_an_import_writes_nothing(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d")
    page = window.pages[PAGE_REPORTS]
    big = tmp_path / "big.jsonl"
    big.write_text("\n".join(json.dumps(incident_data()) for _ in range(20_000)), encoding="utf-8")
    page.import_file(big, "incident")
    window.runner.cancel()  # pressed at once: the import checks between lines
    wait_idle(qtbot, window)
    counted = []
    window.runner.run(lambda ws: len(list(services.list_records(ws))), on_done=counted.append)
    qtbot.waitUntil(lambda: bool(counted), timeout=10_000)
    assert counted == [0]
    assert page.report.toPlainText() == ""


def test_sync_page_says_what_waits(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d", demo=True)
    window.sidebar.setCurrentRow(PAGE_SYNC)
    page = window.pages[PAGE_SYNC]
    qtbot.waitUntil(lambda: "750 enregistrement(s) attendent" in page.summary.text(), timeout=5_000)
    assert not page.enrol_box.isHidden()
    assert page.sync_button.isHidden()
    assert window.connection_label.text() == "Synchronisation non configurée"


def test_settings_store_the_author_used_for_new_records(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d")
    window.sidebar.setCurrentRow(PAGE_SETTINGS)
    page = window.pages[PAGE_SETTINGS]
    page.author.setText("Aminata Maiga (PF Gao)")
    page.store_author()
    wait_idle(qtbot, window)
    saved = []
    window.runner.run(
        lambda ws: services.save_record(ws, "incident", incident_data()).record.author,
        on_done=saved.append,
    )
    qtbot.waitUntil(lambda: bool(saved), timeout=5_000)
    assert saved == ["Aminata Maiga (PF Gao)"]


def test_switching_to_english_rebuilds_the_window_in_english(open_window, tmp_path, qtbot) -> None:
    from focalpoint.ui.main_window import OPEN_WINDOWS

    window = open_window(tmp_path / "d", demo=True)
    window.sidebar.setCurrentRow(PAGE_SETTINGS)
    page = window.pages[PAGE_SETTINGS]
    page.language.setCurrentIndex(page.language.findData("en"))
    qtbot.waitUntil(lambda: bool(OPEN_WINDOWS), timeout=5_000)
    english = OPEN_WINDOWS[-1]
    try:
        with qtbot.waitSignal(english.ready, timeout=10_000, raising=False):
            pass
        qtbot.waitUntil(lambda: bool(english.pages), timeout=10_000)
        labels = [english.sidebar.item(i).text() for i in range(english.sidebar.count())]
        assert labels[:3] == ["Activities", "Incidents", "Drafts"]
        activities = english.pages[0]
        qtbot.waitUntil(lambda: activities.model.rowCount() == 150, timeout=10_000)
        assert activities.proxy.index(0, 4).data().endswith("· to send")
        assert window.settings.value("language") == "en"
    finally:
        english.translators.install("fr")
        english.close()
        OPEN_WINDOWS.remove(english)


def test_demo_data_created_from_settings_off_the_gui_thread(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d")
    window.sidebar.setCurrentRow(PAGE_SETTINGS)
    page = window.pages[PAGE_SETTINGS]
    with qtbot.waitSignal(window.runner.busy, timeout=5_000):
        page.demo_button.click()
    qtbot.waitUntil(lambda: page.demo_result.text() != "", timeout=30_000)
    assert page.demo_result.text() == "Créées : 150 activités et 600 incidents."
    page.demo_button.click()
    qtbot.waitUntil(lambda: "existent déjà" in page.demo_result.text(), timeout=10_000)


def test_a_record_whose_files_wait_says_so_in_the_list(qapp) -> None:
    from focalpoint.domain.locations import default_locations
    from focalpoint.store.forms import load_shipped_forms
    from focalpoint.store.records import RecordSummary
    from focalpoint.ui.models.records import COL_STATUS, RecordsModel

    model = RecordsModel(load_shipped_forms()["activite"], default_locations(), "fr")
    base = dict(id="a", form_id="activite", region="gao", status="final", title="Atelier",
                record_date="2023-05-26", updated_at="", dirty=False)  # fmt: skip
    model.set_rows(
        [RecordSummary(**base), RecordSummary(**{**base, "id": "b"}, files_waiting=True)]
    )
    texts = [model.index(row, COL_STATUS).data() for row in range(2)]
    assert texts == ["Finalisé", "Finalisé · pièces jointes à envoyer"]
