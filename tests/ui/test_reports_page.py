"""The Rapports page: dashboard, report builder (PDF, XLSX, open, save as) and the attendance
sheet printed from an activity — the figures shown equal the aggregation's."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from focalpoint import services
from focalpoint.domain import aggregation
from focalpoint.domain.formatting import format_number
from focalpoint.store.datadir import DataDir
from focalpoint.ui.main_window import PAGE_ACTIVITIES, PAGE_REPORTS
from tests.reports.pdf_helpers import page_texts, squash


@pytest.fixture
def opened(monkeypatch) -> list[Path]:
    """Files handed to the system viewer (QDesktopServices.openUrl, monkeypatched)."""
    calls: list[Path] = []

    def fake_open(url: QUrl) -> bool:
        calls.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", fake_open)
    return calls


def aggregated(root: Path, fn):
    """``fn(workspace)`` on a workspace of its own (what the CLI would compute)."""
    ws = services.open_workspace(DataDir(root))
    try:
        return fn(ws)
    finally:
        ws.close()


def reports_page(open_window, root: Path, qtbot):
    window = open_window(root, demo=True)
    window.sidebar.setCurrentRow(PAGE_REPORTS)
    page = window.pages[PAGE_REPORTS]
    qtbot.waitUntil(lambda: page.dashboard.board is not None, timeout=20_000)
    qtbot.waitUntil(lambda: page.builder.activities.rowCount() > 0, timeout=10_000)
    return window, page


def message_boxes(widget) -> list[str]:
    return [box.text() for box in widget.findChildren(QMessageBox) if box.isVisible()]


def test_dashboard_shows_the_aggregation_figures(open_window, tmp_path, qtbot) -> None:
    root = tmp_path / "d"
    _window, page = reports_page(open_window, root, qtbot)
    board = page.dashboard.board
    assert board.month.period.label == "2023-12"  # the month of the latest demo data
    report = aggregated(root, lambda ws: services.incident_report(ws, "2023-12"))
    previous = aggregated(root, lambda ws: services.incident_report(ws, "2023-11"))
    quarter = aggregated(root, lambda ws: services.quarterly_report(ws, "2023-Q4"))
    cells = page.dashboard.cells
    assert cells[("incidents", "month")].text() == format_number(report.totals.incidents)
    assert cells[("deaths", "month")].text() == format_number(report.totals.deaths)
    assert cells[("injured", "previous_month")].text() == format_number(previous.totals.injured)
    assert cells[("activities", "quarter")].text() == format_number(quarter.sessions)
    assert cells[("participants", "quarter")].text() == format_number(quarter.participants.total)
    assert page.dashboard.headers["quarter"].text() == "4e trimestre 2023"
    assert page.dashboard.chart.renderer().isValid()


def test_monthly_bulletin_pdf_holds_the_dashboard_figure(
    open_window, tmp_path, qtbot, opened
) -> None:
    root = tmp_path / "d"
    _window, page = reports_page(open_window, root, qtbot)
    builder = page.builder
    builder.select("monthly")
    builder.period.set_day(aggregation.parse_period("2023-05").start)
    assert builder.period.code() == "2023-05"
    builder.format.setCurrentIndex(builder.format.findData("pdf"))
    builder.generate_button.click()
    qtbot.waitUntil(lambda: builder.result is not None, timeout=30_000)
    assert builder.result.path.exists()
    report = aggregated(root, lambda ws: services.incident_report(ws, "2023-05"))
    text = squash(" ".join(page_texts(builder.result.path)))
    assert squash(aggregation.summary_sentence(report)) in text
    assert f"{format_number(report.totals.incidents)} incidents" in text

    builder.open_button.click()
    assert opened == [builder.result.path]


def generated_text(builder, qtbot) -> str:
    """Generate the chosen report as PDF and return its text."""
    builder.format.setCurrentIndex(builder.format.findData("pdf"))
    builder.generate_button.click()
    qtbot.waitUntil(lambda: builder.result is not None, timeout=30_000)
    return squash(" ".join(page_texts(builder.result.path)))


def test_the_builder_counts_verified_incidents_unless_the_box_is_ticked(
    open_window, tmp_path, qtbot
) -> None:
    root = tmp_path / "d"
    _window, page = reports_page(open_window, root, qtbot)
    builder = page.builder
    builder.select("monthly")
    box = builder.include_unverified
    assert box.text() == "Inclure les incidents non vérifiés"
    assert builder.form.isRowVisible(box)
    assert not box.isChecked()
    builder.period.set_day(aggregation.parse_period("2023-05").start)
    strict = aggregated(root, lambda ws: services.incident_report(ws, "2023-05"))
    every = aggregated(
        root, lambda ws: services.incident_report(ws, "2023-05", include_unverified=True)
    )
    assert strict.unverified > 0

    text = generated_text(builder, qtbot)
    assert f"{format_number(strict.totals.incidents)} incidents ont été rapportés" in text
    assert "Seuls les incidents vérifiés par le secrétariat sont comptés" in text
    assert "non vérifié (" not in text
    assert f"{strict.unverified} incident(s) non vérifié(s) non compté(s)" in builder.outcome.text()

    box.click()
    assert box.isChecked()
    text = generated_text(builder, qtbot)
    assert f"{format_number(every.totals.incidents)} incidents ont été rapportés" in text
    assert f"Inclut {strict.unverified} incidents non vérifiés par le secrétariat" in text
    assert "non vérifié (" in text
    assert "inclus et signalés" in builder.outcome.text()

    builder.select("activity")
    assert not builder.form.isRowVisible(box)


def test_a_week_without_verified_incident_says_how_to_count_the_others(
    open_window, tmp_path, qtbot
) -> None:
    _window, page = reports_page(open_window, tmp_path / "d", qtbot)
    builder = page.builder
    builder.select("weekly")
    builder.period.set_day(aggregation.parse_period("2023-W52").start)  # not reviewed yet
    builder.generate()
    qtbot.waitUntil(lambda: bool(message_boxes(builder)), timeout=30_000)
    (notice,) = message_boxes(builder)
    assert notice.startswith("Aucun incident vérifié sur cette période :")
    assert "Inclure les incidents non vérifiés" in notice
    assert builder.result.empty


def test_quarterly_bulletin_as_xlsx_and_save_as(open_window, tmp_path, qtbot, monkeypatch) -> None:
    root = tmp_path / "d"
    window, page = reports_page(open_window, root, qtbot)
    builder = page.builder
    builder.select("quarterly")
    builder.period.set_day(aggregation.parse_period("2023-Q2").start)
    builder.format.setCurrentIndex(builder.format.findData("xlsx"))
    builder.generate()
    qtbot.waitUntil(lambda: builder.result is not None, timeout=30_000)
    assert builder.result.fmt == "xlsx"
    assert builder.result.path.name == "bulletin-trimestriel-2023-Q2.xlsx"
    assert len(load_workbook(builder.result.path, read_only=True).sheetnames) >= 2

    kept = tmp_path / "copie"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(kept), "*.xlsx"))
    builder.save_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "copie.xlsx").exists(), timeout=10_000)
    assert (tmp_path / "copie.xlsx").read_bytes() == builder.result.path.read_bytes()
    assert not message_boxes(window)


def test_a_period_without_data_says_so_in_french(open_window, tmp_path, qtbot) -> None:
    _window, page = reports_page(open_window, tmp_path / "d", qtbot)
    builder = page.builder
    builder.select("monthly")
    builder.period.year.setValue(2024)
    builder.period.period.setCurrentIndex(0)
    builder.generate()
    qtbot.waitUntil(lambda: builder.result is not None, timeout=30_000)
    qtbot.waitUntil(lambda: bool(message_boxes(builder)), timeout=5_000)
    assert message_boxes(builder) == [
        "Aucune donnée pour la période janvier 2024 : le rapport l'indique."
    ]
    assert builder.result.empty
    assert builder.result.path.exists()


def test_a_bad_period_is_refused_in_french(open_window, tmp_path, qtbot) -> None:
    _window, page = reports_page(open_window, tmp_path / "d", qtbot)
    builder = page.builder
    builder.generate_period("monthly", "2023-13", "pdf")
    qtbot.waitUntil(lambda: bool(message_boxes(builder)), timeout=10_000)
    assert message_boxes(builder)[0].startswith("Mois « 2023-13 » non valide")
    assert builder.result is None
    assert builder.generate_button.isEnabled()


def test_activity_reports_from_the_builder(open_window, tmp_path, qtbot) -> None:
    _window, page = reports_page(open_window, tmp_path / "d", qtbot)
    builder = page.builder
    builder.select("activity")
    assert builder.activity_id()
    builder.generate()
    qtbot.waitUntil(lambda: builder.result is not None, timeout=30_000)
    assert builder.result.pages >= 1
    assert "Rapport d'activité" in page_texts(builder.result.path)[0]


def test_print_button_of_the_activity_editor_opens_the_sheet(
    open_window, tmp_path, qtbot, opened
) -> None:
    window = open_window(tmp_path / "d", demo=True)
    activities = window.pages[PAGE_ACTIVITIES]
    qtbot.waitUntil(lambda: activities.model.rowCount() > 0, timeout=10_000)
    summary = activities.model.summary(0)
    window.open_editor("activite", summary.id)
    qtbot.waitUntil(lambda: window.editor is not None, timeout=10_000)
    editor = window.editor
    assert editor.print_button is not None
    editor.print_attendance(blank=True)
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    assert opened[0].suffix == ".pdf"
    assert opened[0].exists()
    text = page_texts(opened[0])[0]
    assert "Liste de présence" in text
    assert squash(summary.title)[:30] in squash(text)


def test_print_action_on_the_activity_list(open_window, tmp_path, qtbot, opened) -> None:
    window = open_window(tmp_path / "d", demo=True)
    activities = window.pages[PAGE_ACTIVITIES]
    qtbot.waitUntil(lambda: activities.model.rowCount() > 0, timeout=10_000)
    assert not activities.print_button.isEnabled()
    activities.table.selectRow(0)
    assert activities.print_button.isEnabled()
    activities.print_selected(blank=False)
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    assert opened[0].name.startswith("liste-participants-")
    assert opened[0].exists()


def test_dashboard_reloads_when_data_changes(open_window, tmp_path, qtbot) -> None:
    window, page = reports_page(open_window, tmp_path / "d", qtbot)
    first = page.dashboard.board
    window.data_changed.emit(services.Changes())
    qtbot.waitUntil(lambda: page.dashboard.board is not first, timeout=20_000)
    assert page.dashboard.board == first  # same data, same figures
