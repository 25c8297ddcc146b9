"""Take screenshots of each main screen into docs/screenshots/ (offscreen, 1366×768, demo data).

The secretariat's desk (Appareils, enrolment, conflict resolution, the review panel, the
history, the Bamako dashboard) is shot on a laptop enrolled as the secretariat on a real
server started here on 127.0.0.1 with a throw-away database.

Run: .venv/bin/python scripts/screenshots.py [--lang fr|en] [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from focalpoint import desk, protection, services
from focalpoint.store.datadir import DataDir
from focalpoint.ui.app import Translators, create_app, settings_for
from focalpoint.ui.lock_dialogs import NewPassphraseDialog, UnlockDialog
from focalpoint.ui.main_window import MainWindow
from focalpoint.ui.tasks import TaskRunner

PASSPHRASE = "phrase de démonstration"  # noqa: S105 - a throw-away folder's


def settle(ms: int = 400) -> None:
    """Let queued work and painting finish."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(predicate, timeout_ms: int = 10_000) -> None:
    waited = 0
    while not predicate() and waited < timeout_ms:
        settle(50)
        waited += 50


def shoot(window: QWidget, out: Path, name: str) -> None:
    settle()
    path = out / f"{name}.png"
    window.grab().save(str(path))
    print(f"wrote {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", default="fr", choices=("fr", "en"))
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "fr" else "-en"
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = DataDir(Path(tmp))
        key = protection.create_encrypted(data_dir, PASSPHRASE)
        ws = services.open_workspace(data_dir, key=key)
        services.load_demo(ws)
        ws.close()
        app: QApplication = create_app()
        translators = Translators(app)
        translators.install(args.lang)
        runner = TaskRunner(lambda: services.open_workspace(data_dir, key=key))
        window = MainWindow(runner, data_dir, settings_for(data_dir), translators)
        window.resize(1366, 768)
        window.show()
        wait_until(lambda: bool(window.pages))
        pages = [
            "activites",
            "incidents",
            "brouillons",
            "conflits",
            "synchronisation",
            "rapports",
            "parametres",
        ]
        for number, name in enumerate(pages):
            window.sidebar.setCurrentRow(number)
            if name == "rapports":  # the dashboard loads (and draws its chart) off the GUI thread
                page = window.pages[number]
                wait_until(lambda page=page: page.dashboard.board is not None)
            shoot(window, args.out, f"{number + 1:02d}-{name}{suffix}")
        reports = window.pages[pages.index("rapports")]
        window.sidebar.setCurrentRow(pages.index("rapports"))
        reports.tabs.setCurrentIndex(1)
        shoot(window, args.out, f"10-rapports-import-export{suffix}")
        reports.tabs.setCurrentIndex(0)

        window.sidebar.setCurrentRow(0)
        activities = window.pages[0]
        activities.proxy.sort(1)
        window.open_editor("activite", activities.model.summary(0).id)
        wait_until(lambda: window.editor is not None)
        editor = window.editor
        participants = editor.rows["participants"]
        editor.scroll.ensureWidgetVisible(participants, 0, 0)
        shoot(window, args.out, f"08-activite-participants{suffix}")
        editor._dirty = False
        editor.request_close()
        wait_until(lambda: window.editor is None)

        window.sidebar.setCurrentRow(1)
        window.pages[1].new_record()
        wait_until(lambda: window.editor is not None)
        editor = window.editor
        editor.rows["titre"].widget.edit.setText("Affrontement à Ménaka")
        editor.rows["date_incident"].widget.edit.setText("31/02/2023")
        editor.rows["morts"].widget.edit.setText("trois")
        editor.rows["type_incident"].widget.set_value("autre")
        editor.check_now()
        shoot(window, args.out, f"09-incident-erreurs{suffix}")
        editor._dirty = False
        window.close()
        runner.shutdown()

        unlock = UnlockDialog(data_dir)
        unlock.passphrase.setText("phrase")
        unlock.status.setText(unlock.tr("Phrase secrète incorrecte."))
        unlock.show()
        shoot(unlock, args.out, f"11-deverrouillage{suffix}")
        unlock.close()
        choose = NewPassphraseDialog()
        choose.show()
        shoot(choose, args.out, f"12-phrase-secrete{suffix}")
        choose.close()
        with serving(Path(tmp) / "server.db") as (url, engine):
            desk_screens(app, translators, Path(tmp) / "desk", url, engine, args.out, suffix)


# ----------------------------------------------------------------------------- the desk


@contextmanager
def serving(db_path: Path) -> Iterator[tuple[str, object]]:
    """A secretariat server on 127.0.0.1 (its own SQLite file), stopped on exit."""
    import uvicorn

    from focalpoint.server import storage
    from focalpoint.server.app import create_app
    from focalpoint.server.settings import Settings

    db_url = f"sqlite:///{db_path}"
    engine = storage.make_engine(db_url)
    storage.migrate(engine)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(create_app(Settings(db_url=db_url)), log_config=None, access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    host, port = sock.getsockname()
    try:
        yield f"http://{host}:{port}", engine
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
        engine.dispose()


def network_of_laptops(engine: object) -> str:
    """The laptops of the screenshots (some silent for weeks, one revoked); the secretariat's
    token."""
    import sqlalchemy as sa

    from focalpoint.server import storage
    from focalpoint.server.storage.schema import devices

    now = datetime.now(UTC)
    laptops = [  # name, regions, days since the last sync (None: never), waiting, version
        ("gao-1", ["gao"], 0, 0, "0.9.0"),
        ("gao-2", ["gao"], 3, 12, "0.9.0"),
        ("mopti-1", ["mopti"], 12, 41, "0.8.2"),
        ("tombouctou-1", ["tombouctou"], 26, 7, "0.8.2"),
        ("menaka-1", ["menaka"], None, None, ""),
        ("segou-1", ["segou"], 1, 0, "0.9.0"),
    ]
    _device, token = storage.add_device(engine, "bamako", "secretariat", [])
    for name, regions, *_rest in laptops:
        storage.add_device(engine, name, "focal_point", regions)
    with engine.begin() as conn:  # type: ignore[attr-defined]
        for name, _regions, days, waiting, version in laptops:
            synced = None if days is None else (now - timedelta(days=days, hours=3)).isoformat()
            conn.execute(
                sa.update(devices)
                .where(devices.c.name == name)
                .values(
                    created_at=(now - timedelta(days=60)).isoformat(),
                    last_sync_at=synced,
                    waiting=waiting,
                    app_version=version or None,
                )
            )
    storage.revoke_device(engine, "menaka-1")
    return token


def desk_data(data_dir: DataDir, key: bytes, url: str, token: str) -> tuple[str, str]:
    """Demo data on a secretariat laptop synced with the server, an incident edited twice
    (its history) and a conflict kept (the Conflits page): (incident id, conflict's id)."""
    ws = services.open_workspace(data_dir, key=key)
    try:
        services.load_demo(ws)
        services.enroll(ws, url, token)
        services.run_sync(ws)
        awaiting = desk.awaiting_review(ws)
        record = next(r for r in awaiting if r.data.get("morts"))
        data = dict(record.data)
        data["morts"] = int(data["morts"]) + 2
        data["description"] = str(data.get("description", "")) + " Bilan revu après enquête."
        services.save_record(ws, "incident", data, record_id=record.id, final=True)
        desk.add_review(
            ws,
            record.id,
            status="en_verification",
            comment="Bilan à confirmer auprès de la gendarmerie de Gao.",
        )
        services.run_sync(ws)
        other = next(r for r in awaiting[5:] if r.id != record.id)
        losing = dict(other.data)
        losing["morts"] = int(losing.get("morts") or 0) + 3
        losing["blesses"] = int(losing.get("blesses") or 0) + 1
        losing["description"] = "Version saisie à Gao avant la correction du secrétariat."
        ws.db["conflicts"].insert(  # as a pull brings a losing copy
            {
                "conflict_id": 1,
                "record_id": other.id,
                "code": "stale_base_version",
                "data": json.dumps(losing),
                "deleted": 0,
                "seq": 10_000,
                "created_at": datetime.now(UTC).isoformat(),
                "resolved": 0,
            }
        )
        return record.id, other.id
    finally:
        ws.close()


def desk_screens(
    app: QApplication,
    translators: Translators,
    root: Path,
    url: str,
    engine: object,
    out: Path,
    suffix: str,
) -> None:
    """Appareils (list, enrolment, token), Conflits (a resolution under way), the review panel,
    the history, the Bamako dashboard."""
    from focalpoint.domain.review import CHOOSE_OTHER
    from focalpoint.ui import main_window as mw
    from focalpoint.ui.pages.conflicts import COL_CHOICE, COL_RESULT
    from focalpoint.ui.pages.devices import TokenDialog

    data_dir = DataDir(root)
    key = protection.create_encrypted(data_dir, PASSPHRASE)
    incident_id, _conflicted = desk_data(data_dir, key, url, network_of_laptops(engine))
    runner = TaskRunner(lambda: services.open_workspace(data_dir, key=key))
    window = MainWindow(runner, data_dir, settings_for(data_dir), translators)
    window.resize(1366, 768)
    window.show()
    wait_until(lambda: bool(window.pages))

    window.go_to(mw.PAGE_DEVICES)
    devices = window.pages[mw.PAGE_DEVICES]
    wait_until(lambda: devices.online)
    devices.select("mopti-1")
    shoot(window, out, f"13-appareils{suffix}")
    dialog = devices.open_enrol()
    dialog.name.setText("kidal-1")
    dialog.regions.set_codes(["kidal"])
    shoot(dialog, out, f"14-appareils-enrolement{suffix}")
    dialog.ok_button.click()
    wait_until(lambda: isinstance(devices.dialog, TokenDialog))
    shoot(devices.dialog, out, f"15-appareils-jeton{suffix}")
    devices.dialog.accept()

    window.go_to(mw.PAGE_CONFLICTS)
    conflicts = window.pages[mw.PAGE_CONFLICTS]
    wait_until(lambda: conflicts.fields.rowCount() > 0)
    rows = {r.field: i for i, r in enumerate(conflicts.fields.rows)}
    combo = conflicts.table.indexWidget(conflicts.fields.index(rows["morts"], COL_CHOICE))
    combo.setCurrentIndex(combo.findData(CHOOSE_OTHER))
    conflicts.fields.setData(conflicts.fields.index(rows["blesses"], COL_RESULT), "2")
    shoot(window, out, f"16-conflits-resolution{suffix}")

    window.go_to(mw.PAGE_INCIDENTS)
    window.open_editor("incident", incident_id)
    wait_until(lambda: window.editor is not None and window.editor.review is not None)
    panel = window.editor.review
    wait_until(lambda: panel.model.rowCount() > 0)
    panel.choice.setCurrentIndex(panel.choice.findData("verifie"))
    panel.comment.setPlainText("Bilan confirmé par la gendarmerie : incident vérifié.")
    shoot(window, out, f"17-incident-verification{suffix}")
    history = panel.open_history()
    wait_until(lambda: history.loaded)
    history.versions_view.selectRow(0)
    shoot(history, out, f"18-historique{suffix}")
    history.close()
    window.editor._dirty = False
    window.editor.request_close()
    wait_until(lambda: window.editor is None)

    window.go_to(mw.PAGE_REPORTS)
    reports = window.pages[mw.PAGE_REPORTS]
    reports.tabs.setCurrentIndex(reports.desk_tab)
    wait_until(lambda: reports.desk.board is not None)
    shoot(window, out, f"19-tableau-de-bord-bamako{suffix}")
    window.close()
    runner.shutdown()
    app.processEvents()


if __name__ == "__main__":
    main()
