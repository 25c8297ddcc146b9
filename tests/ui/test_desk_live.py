"""The secretariat's desk in the app against the real server on 127.0.0.1: Appareils (list,
enrol, revoke, regions, publish a form, offline), the history dialog, a review's round trip,
and the Bamako dashboard."""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa
from PySide6.QtWidgets import QMessageBox

from focalpoint import desk, services
from focalpoint.store import sync_state
from focalpoint.store.datadir import DataDir
from focalpoint.ui.main_window import PAGE_DEVICES, PAGE_REPORTS
from focalpoint.ui.pages.devices import COL_REGIONS, COL_REVOKED, COL_SYNC, TokenDialog
from tests.conftest import incident_data
from tests.server.conftest import *  # noqa: F403 - the live_server fixtures
from tests.server.test_definitions import incident_form
from tests.ui.test_desk_pages import open_incident, run


def enrolled_window(
    open_window,
    live_server,
    root: Path,
    name: str = "bamako",
    *,
    role: str = "secretariat",
    regions: tuple[str, ...] = ("*",),
    demo: bool = False,
):
    """A main window on a laptop enrolled on ``live_server`` (demo data optional)."""
    token = live_server.add_device(name, role, list(regions))
    ws = services.open_workspace(DataDir(root))
    try:
        if demo:
            services.load_demo(ws)
        services.enroll(ws, live_server.url, token)
    finally:
        ws.close()
    return open_window(root)


def open_devices(qtbot, window):
    window.go_to(PAGE_DEVICES)
    assert window.sidebar.currentRow() == PAGE_DEVICES
    page = window.pages[PAGE_DEVICES]
    qtbot.waitUntil(lambda: page.fetched.text().startswith("Liste à jour ("), timeout=10_000)
    return page


def names(page) -> list[str]:
    return [d.name for d in page.model.rows]


def last_box(widget) -> QMessageBox:
    boxes = [b for b in widget.findChildren(QMessageBox) if b.isVisible()]
    assert boxes, "no message shown"
    return boxes[-1]


# -- Appareils ----------------------------------------------------------------------------------


def test_devices_page_lists_the_laptops_from_the_server(
    open_window, tmp_path, qtbot, live_server
) -> None:
    live_server.add_device("gao-1", "focal_point", ["gao"])
    window = enrolled_window(open_window, live_server, tmp_path / "d")
    assert window.is_secretariat
    assert not window.sidebar.item(PAGE_DEVICES).isHidden()
    page = open_devices(qtbot, window)
    assert names(page) == ["bamako", "gao-1"]
    row = names(page).index("gao-1")
    assert page.model.index(row, 1).data() == "Point focal"
    assert page.model.index(row, COL_REGIONS).data() == "Gao"
    assert page.model.index(row, COL_SYNC).data() == "jamais"
    assert page.model.index(names(page).index("bamako"), COL_REGIONS).data() == "Toutes"
    assert page.fetched.text().startswith("Liste à jour")


def test_enrolment_shows_the_token_once_with_its_qr_code(
    open_window, tmp_path, qtbot, live_server
) -> None:
    window = enrolled_window(open_window, live_server, tmp_path / "d")
    page = open_devices(qtbot, window)
    dialog = page.open_enrol()
    dialog.name.setText("kidal-1")
    dialog.regions.set_codes(["kidal"])
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: isinstance(page.dialog, TokenDialog), timeout=10_000)
    shown = page.dialog
    token = shown.token.text()
    assert len(token) >= 22
    assert shown.token.isReadOnly()
    assert not shown.qr.pixmap().isNull()
    assert "ne sera plus jamais affiché" in shown.findChildren(type(shown.qr))[0].text()
    qtbot.waitUntil(lambda: "kidal-1" in names(page), timeout=10_000)
    assert getattr(page.selected(), "name", "") == "kidal-1"
    # the token works: a new laptop enrols with it
    other = services.open_workspace(DataDir(tmp_path / "kidal"))
    try:
        device = services.enroll(other, live_server.url, token)
    finally:
        other.close()
    assert device["regions"] == ["kidal"]
    shown.accept()
    assert shown.token.text() == ""  # not kept in the widget


def test_enrolling_a_taken_name_says_so_and_keeps_the_dialog(
    open_window, tmp_path, qtbot, live_server
) -> None:
    live_server.add_device("gao-1", "focal_point", ["gao"])
    window = enrolled_window(open_window, live_server, tmp_path / "d")
    page = open_devices(qtbot, window)
    dialog = page.open_enrol()
    dialog.name.setText("gao-1")
    dialog.regions.set_codes(["gao"])
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QMessageBox)), timeout=10_000)
    box = last_box(dialog)
    assert "gao-1" in box.text() or "existe" in box.text()
    box.close()
    assert dialog.isVisible()
    assert dialog.ok_button.isEnabled()


def test_revoking_asks_first_then_the_token_is_refused(
    open_window, tmp_path, qtbot, live_server
) -> None:
    token = live_server.add_device("gao-1", "focal_point", ["gao"])
    window = enrolled_window(open_window, live_server, tmp_path / "d")
    page = open_devices(qtbot, window)
    page.select("gao-1")
    assert page.revoke_button.isEnabled()
    box = page.confirm_revoke()
    assert "Révoquer « gao-1 » ?" in box.text()
    revoke = next(b for b in box.buttons() if b.text() == "Révoquer")
    revoke.click()
    qtbot.waitUntil(
        lambda: any(d.name == "gao-1" and d.revoked_at for d in page.model.rows), timeout=10_000
    )
    row = names(page).index("gao-1")
    assert page.model.index(row, COL_REVOKED).data() != ""
    assert page.result.text() == "Appareil « gao-1 » révoqué."
    assert not page.revoke_button.isEnabled()  # gao-1 stays selected, already revoked
    laptop = services.open_workspace(DataDir(tmp_path / "gao"))
    try:
        try:
            services.enroll(laptop, live_server.url, token)
        except Exception as error:  # noqa: BLE001 - the refusal is what is checked
            refused = error
        else:
            refused = None
    finally:
        laptop.close()
    assert getattr(refused, "kind", "") == "auth"


def test_changing_a_laptops_regions(open_window, tmp_path, qtbot, live_server) -> None:
    live_server.add_device("gao-1", "focal_point", ["gao"])
    window = enrolled_window(open_window, live_server, tmp_path / "d")
    page = open_devices(qtbot, window)
    page.select("gao-1")
    dialog = page.open_regions()
    assert dialog.regions.codes() == ["gao"]
    dialog.regions.set_codes(["gao", "mopti"])
    dialog.accept()
    qtbot.waitUntil(
        lambda: any(d.name == "gao-1" and "mopti" in d.regions for d in page.model.rows),
        timeout=10_000,
    )
    row = names(page).index("gao-1")
    shown = page.model.index(row, COL_REGIONS).data()
    assert sorted(shown.split(", ")) == ["Gao", "Mopti"]
    assert page.result.text() == f"Régions de « gao-1 » : {shown}."


def test_offline_the_page_shows_the_last_list_and_when(
    open_window, tmp_path, qtbot, live_server
) -> None:
    live_server.add_device("gao-1", "focal_point", ["gao"])
    window = enrolled_window(open_window, live_server, tmp_path / "d")
    page = open_devices(qtbot, window)
    run(
        qtbot,
        window,
        lambda ws: sync_state.set_values(ws.db, {sync_state.SERVER_URL: "http://127.0.0.1:9"}),
    )
    page.refresh_button.click()
    qtbot.waitUntil(lambda: not page.online, timeout=20_000)
    assert page.fetched.text().startswith("Hors connexion : liste du ")
    assert "Pas de connexion avec le serveur" in page.fetched.text()
    assert names(page) == ["bamako", "gao-1"]  # the cached list stays


def test_publishing_a_form_version_then_an_older_one(
    open_window, tmp_path, qtbot, live_server
) -> None:
    window = enrolled_window(open_window, live_server, tmp_path / "d")
    page = open_devices(qtbot, window)
    newer = tmp_path / "incident-v2.json"
    newer.write_text(json.dumps(incident_form(2)), encoding="utf-8")
    page.publish(newer)
    qtbot.waitUntil(lambda: "publiée" in page.result.text(), timeout=10_000)
    assert page.result.text().startswith("Version 2 du formulaire « incident » publiée")
    last_box(page).close()
    page.publish(newer)  # the same version again
    qtbot.waitUntil(lambda: page.publish_button.isEnabled(), timeout=10_000)
    box = last_box(page)
    assert "version égale ou plus récente" in box.text()
    box.close()


def test_publishing_an_xlsform_shows_the_conversion_notes(
    open_window, tmp_path, qtbot, live_server
) -> None:
    from tests.test_xlsform import _q, _xlsform

    window = enrolled_window(open_window, live_server, tmp_path / "d")
    page = open_devices(qtbot, window)
    survey = [_q("text", "titre", "Titre", "Title", required="yes"), _q("geoshape", "zone", "Zone")]
    settings = {"form_title": "Visite", "form_id": "visite", "version": 4}
    path = _xlsform(tmp_path, survey, (), settings)
    page.publish(path)
    qtbot.waitUntil(lambda: page.publish_button.isEnabled(), timeout=20_000)
    lines = page.result.text().splitlines()
    assert lines[0].startswith("Version 4 du formulaire « visite » publiée")
    assert lines[1] == "Remarques sur la conversion du XLSForm :"
    assert "• Champ « zone » : le type « geoshape » n'est pas pris en charge (ignoré)." in lines
    last_box(page).close()


# -- history and reviews ------------------------------------------------------------------------


def test_history_dialog_lists_each_version_with_what_changed(
    open_window, tmp_path, qtbot, live_server
) -> None:
    window = enrolled_window(open_window, live_server, tmp_path / "d")
    record = run(
        qtbot,
        window,
        lambda ws: services.save_record(ws, "incident", incident_data(morts=3), final=True).record,
    )
    run(qtbot, window, services.run_sync)
    run(
        qtbot,
        window,
        lambda ws: services.save_record(
            ws, "incident", incident_data(morts=5), record_id=record.id, final=True
        ),
    )
    run(qtbot, window, lambda ws: desk.add_review(ws, record.id, status="verifie"))
    run(qtbot, window, services.run_sync)
    panel = open_incident(qtbot, window, record.id)
    dialog = panel.open_history()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    assert not dialog.body.isHidden()
    assert dialog.versions.rowCount() == 2
    newest = dialog.versions.rows[0]
    assert newest.version == 2
    assert dialog.versions.index(0, 2).data() == "bamako"
    assert dialog.versions.index(0, 5).data() == "Nombre de morts"
    assert dialog.versions.index(1, 5).data() == "Première version"
    assert [dialog.changes.index(0, c).data() for c in range(3)] == ["Nombre de morts", "3", "5"]
    assert dialog.reviews.rowCount() == 1
    assert "statut : Vérifié" in dialog.reviews.index(0).data()
    dialog.close()


def test_a_status_set_in_bamako_reaches_the_focal_point(
    open_window, tmp_path, qtbot, live_server
) -> None:
    gao_token = live_server.add_device("gao-1", "focal_point", ["gao"])
    gao = services.open_workspace(DataDir(tmp_path / "gao"))
    try:
        services.enroll(gao, live_server.url, gao_token)
        record_id = services.save_record(gao, "incident", incident_data(), final=True).record.id
        services.run_sync(gao)
        window = enrolled_window(open_window, live_server, tmp_path / "d")
        run(qtbot, window, services.run_sync)
        panel = open_incident(qtbot, window, record_id)
        panel.choice.setCurrentIndex(panel.choice.findData("besoin_informations"))
        panel.comment.setPlainText("Combien de blesses exactement ?")
        with qtbot.waitSignal(panel.reviewed, timeout=5_000):
            panel.send_button.click()
        report = run(qtbot, window, services.run_sync)
        assert report.reviews_sent == 1
        services.run_sync(gao)
        assert services.get_record(gao, record_id).review_status == "besoin_informations"
        thread = desk.review_thread(gao, record_id)
        assert [(e.status, e.comment, e.pending) for e in thread] == [
            ("besoin_informations", "Combien de blesses exactement ?", False)
        ]
    finally:
        gao.close()


# -- the Bamako dashboard -----------------------------------------------------------------------


def test_bamako_dashboard_has_every_region_awaiting_incidents_and_silent_laptops(
    open_window, tmp_path, qtbot, live_server
) -> None:
    from focalpoint.server.storage.schema import devices

    live_server.add_device("mopti-1", "focal_point", ["mopti"])
    with live_server.engine.begin() as conn:
        conn.execute(
            sa.update(devices)
            .where(devices.c.name == "mopti-1")
            .values(created_at="2023-01-02T08:00:00+00:00")
        )
    window = enrolled_window(open_window, live_server, tmp_path / "d", demo=True)
    open_devices(qtbot, window)  # caches the device list
    window.go_to(PAGE_REPORTS)
    reports = window.pages[PAGE_REPORTS]
    assert reports.tabs.isTabVisible(reports.desk_tab)
    board = reports.desk
    qtbot.waitUntil(
        lambda: board.board is not None and bool(board.board.devices_fetched_at), timeout=10_000
    )
    regions = [board.regions.index(r, 0).data() for r in range(board.regions.rowCount())]
    assert {"Gao", "Mopti", "Tombouctou"} <= set(regions)
    assert regions[-1] == "Total"
    assert board.awaiting.rowCount() > 0
    assert [board.stale.index(r, 0).data() for r in range(board.stale.rowCount())] == ["mopti-1"]
    assert board.stale.index(0, 2).data() == "jamais (enrôlé le 02/01/2023)"
    first = board.awaiting.rows[0]
    board.open_awaiting(0)
    qtbot.waitUntil(lambda: window.editor is not None, timeout=5_000)
    assert window.editor.record_id == first.id
    assert window.editor.review is not None


def test_a_focal_point_has_no_bamako_tab(open_window, tmp_path, qtbot, live_server) -> None:
    window = enrolled_window(
        open_window, live_server, tmp_path / "d", "gao-1", role="focal_point", regions=("gao",)
    )
    assert window.role == "focal_point"
    assert window.sidebar.item(PAGE_DEVICES).isHidden()
    window.sidebar.setCurrentRow(PAGE_REPORTS)
    reports = window.pages[PAGE_REPORTS]
    assert not reports.tabs.isTabVisible(reports.desk_tab)
