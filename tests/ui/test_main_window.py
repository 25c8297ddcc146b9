"""The main window on demo data: pages, lists, filters, keyboard, status bar."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from focalpoint.ui.main_window import PAGE_ACTIVITIES, PAGE_INCIDENTS
from focalpoint.ui.models.records import RecordFilter
from tests.ui.conftest import wait_idle


def test_side_bar_has_the_seven_pages(open_window, tmp_path) -> None:
    window = open_window(tmp_path / "d")
    items = [window.sidebar.item(i) for i in range(window.sidebar.count())]
    labels = [item.text() for item in items if not item.isHidden()]  # Appareils: secretariat
    assert labels == [
        "Activités",
        "Incidents",
        "Brouillons",
        "Conflits",
        "Synchronisation",
        "Rapports",
        "Paramètres",
    ]


def test_lists_show_demo_records_and_filter_them(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d", demo=True)
    page = window.pages[PAGE_ACTIVITIES]
    qtbot.waitUntil(lambda: page.model.rowCount() == 150, timeout=10_000)
    page.region.setCurrentIndex(page.region.findData("gao"))
    gao = page.proxy.rowCount()
    assert 0 < gao < 150
    assert all(
        page.model.summary(page.proxy.mapToSource(page.proxy.index(r, 0)).row()).region == "gao"
        for r in range(gao)
    )
    page.search.setText("ccs-c")
    assert 0 < page.proxy.rowCount() < gao
    assert page.count_label.text() == f"{page.proxy.rowCount()} sur 150 affiché(s)"


def test_date_range_filter(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d", demo=True)
    window.sidebar.setCurrentRow(PAGE_INCIDENTS)  # a list loads when first shown
    page = window.pages[PAGE_INCIDENTS]
    qtbot.waitUntil(lambda: page.model.rowCount() == 600, timeout=10_000)
    page.date_from.setDate(QDate(2023, 5, 1))
    page.date_to.setDate(QDate(2023, 5, 31))
    shown = [
        page.model.summary(page.proxy.mapToSource(page.proxy.index(r, 0)).row()).record_date
        for r in range(page.proxy.rowCount())
    ]
    assert shown
    assert all("2023-05-01" <= d <= "2023-05-31" for d in shown)


def test_ctrl_number_switches_page_and_ctrl_f_focuses_search(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages[PAGE_INCIDENTS]
    page = window.pages[PAGE_INCIDENTS]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus() or window.focusWidget() is page.search


def test_records_model_passes_the_model_tester(open_window, tmp_path, qtbot, qtmodeltester) -> None:
    window = open_window(tmp_path / "d", demo=True)
    window.sidebar.setCurrentRow(PAGE_INCIDENTS)  # a list loads when first shown
    page = window.pages[PAGE_INCIDENTS]
    qtbot.waitUntil(lambda: page.model.rowCount() == 600, timeout=10_000)
    qtmodeltester.check(page.model)
    page.proxy.set_filter(RecordFilter(region="mopti"))
    qtmodeltester.check(page.proxy)


def test_status_bar_counts_records_waiting_to_be_sent(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d", demo=True)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "750" in window.waiting_label.text(), timeout=5_000)


def test_usable_at_1366_by_768(open_window, tmp_path) -> None:
    window = open_window(tmp_path / "d")
    window.resize(1366, 768)
    assert window.minimumSizeHint().width() <= 1366
    assert window.minimumSizeHint().height() <= 768


def test_lists_load_when_first_shown(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d", demo=True)
    incidents = window.pages[PAGE_INCIDENTS]
    wait_idle(qtbot, window)
    assert incidents.model.rowCount() == 0
    window.sidebar.setCurrentRow(PAGE_INCIDENTS)
    qtbot.waitUntil(lambda: incidents.model.rowCount() == 600, timeout=10_000)


def test_newest_first_then_sorted_by_a_header_click(open_window, tmp_path, qtbot) -> None:
    window = open_window(tmp_path / "d", demo=True)
    page = window.pages[PAGE_ACTIVITIES]
    qtbot.waitUntil(lambda: page.model.rowCount() == 150, timeout=10_000)

    def dates() -> list[str]:
        return [
            page.model.summary(page.proxy.mapToSource(page.proxy.index(r, 0)).row()).record_date
            for r in range(page.proxy.rowCount())
        ]

    assert dates() == sorted(dates(), reverse=True)
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # region
    regions = [page.proxy.index(r, 2).data() for r in range(page.proxy.rowCount())]
    assert regions == sorted(regions)
    page.region.setCurrentIndex(page.region.findData("mopti"))
    assert {page.proxy.index(r, 2).data() for r in range(page.proxy.rowCount())} == {"Mopti"}
