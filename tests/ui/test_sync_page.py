"""The Synchronisation page against the real server: enrol, sync now, results and errors."""

from __future__ import annotations

from focalpoint import services
from focalpoint.server import admin
from focalpoint.ui.main_window import PAGE_SYNC
from tests.server.conftest import *  # noqa: F403 - the live_server fixtures
from tests.ui.conftest import wait_idle


def test_enrol_then_sync_now_from_the_page(open_window, tmp_path, qtbot, live_server) -> None:
    token = live_server.add_device("gao-1", "focal_point", ["gao"])
    window = open_window(tmp_path / "d", demo=True)
    window.sidebar.setCurrentRow(PAGE_SYNC)
    page = window.pages[PAGE_SYNC]
    qtbot.waitUntil(lambda: page.status is not None, timeout=5_000)
    page.server.setText(live_server.url)
    page.token.setText(token)
    page.enrol()
    qtbot.waitUntil(lambda: page.status is not None and page.status.enrolled, timeout=10_000)
    assert page.sync_button.isVisibleTo(page)
    assert page.token.text() == ""  # the token is not left on screen
    page.sync_now()
    qtbot.waitUntil(lambda: page.result.text().startswith("Envoyés"), timeout=30_000)
    status = []
    window.runner.run(services.sync_status, on_done=status.append)
    qtbot.waitUntil(lambda: bool(status), timeout=5_000)
    assert status[0].last_result["pushed"] > 0
    assert status[0].last_result["rejected"] > 0  # the demo's other regions are refused for gao-1
    qtbot.waitUntil(
        lambda: window.connection_label.text().startswith("Dernière synchronisation"), timeout=5_000
    )


def test_a_revoked_token_says_so_in_french(open_window, tmp_path, qtbot, live_server) -> None:
    token = live_server.add_device("gao-1", "focal_point", ["gao"])
    window = open_window(tmp_path / "d")
    page = window.pages[PAGE_SYNC]
    window.sidebar.setCurrentRow(PAGE_SYNC)
    page.server.setText(live_server.url)
    page.token.setText(token)
    page.enrol()
    qtbot.waitUntil(lambda: page.status is not None and page.status.enrolled, timeout=10_000)
    window.runner.run(
        lambda ws: services.save_record(ws, "incident", {"titre": "abc", "lieu": {"region": "gao"}})
    )
    wait_idle(qtbot, window)
    page.reload()
    qtbot.waitUntil(lambda: page.status.waiting == 1, timeout=5_000)
    admin.revoke_device(live_server.db_url, "gao-1")
    page.sync_now()
    qtbot.waitUntil(lambda: "refuse le jeton" in page.result.text(), timeout=10_000)
    assert window.connection_label.text() == "Hors connexion"


def test_a_form_published_on_the_server_is_used_for_the_next_new_record(
    open_window, tmp_path, qtbot, live_server
) -> None:
    from focalpoint.server import storage
    from focalpoint.ui.main_window import PAGE_INCIDENTS
    from tests.server.test_definitions import incident_form

    token = live_server.add_device("gao-1", "focal_point", ["gao"])
    window = open_window(tmp_path / "d")
    page = window.pages[PAGE_SYNC]
    page.server.setText(live_server.url)
    page.token.setText(token)
    page.enrol()
    qtbot.waitUntil(lambda: page.status is not None and page.status.enrolled, timeout=10_000)
    assert window.forms["incident"].version == 1
    storage.publish_form(live_server.engine, incident_form(2))
    page.sync_now()
    qtbot.waitUntil(lambda: page.result.text().startswith("Envoyés"), timeout=30_000)
    qtbot.waitUntil(lambda: window.forms["incident"].version == 2, timeout=5_000)
    window.sidebar.setCurrentRow(PAGE_INCIDENTS)
    window.open_editor("incident")
    qtbot.waitUntil(lambda: window.editor is not None, timeout=5_000)
    assert window.editor.form.version == 2  # no restart needed


def test_the_certificate_field_reaches_the_enrolment(open_window, tmp_path, qtbot, monkeypatch):
    calls: list[object] = []
    monkeypatch.setattr(
        services, "enroll", lambda _ws, _server, _token, ca_bundle=None: calls.append(ca_bundle)
    )
    window = open_window(tmp_path / "d")
    window.sidebar.setCurrentRow(PAGE_SYNC)
    page = window.pages[PAGE_SYNC]
    page.server.setText("https://127.0.0.1:9")
    page.token.setText("jeton")
    page.ca_bundle.setText(str(tmp_path / "ca.pem"))
    page.enrol()
    qtbot.waitUntil(lambda: bool(calls), timeout=10_000)
    assert calls == [tmp_path / "ca.pem"]
