"""The panic wipe (THREATS 27): within 3 s nothing readable is left, the app is back at its
enrol state, and the server revokes the laptop's token at the next contact."""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

import requests

from focalpoint import protection, services
from focalpoint.cli import main
from focalpoint.store.datadir import DataDir
from focalpoint.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.conftest import TEST_PASSPHRASE, activity_data, encrypted_folder, incident_data
from tests.server.conftest import LiveServer

CANARY = b"Zeinabou CANARI-WIPE"


def filled_folder(root: Path, server: LiveServer) -> tuple[DataDir, str]:
    """An encrypted, enrolled folder with records, a backup and an attachment; its token."""
    data_dir = DataDir(root)
    key = encrypted_folder(root)
    token = server.add_device("gao-wipe")
    ws = services.open_workspace(data_dir, key=key)
    try:
        services.enroll(ws, server.url, token)
        for _ in range(50):
            services.save_record(ws, "incident", incident_data(titre=CANARY.decode()), final=True)
        services.save_record(ws, "activite", activity_data(participants=3), final=True)
        photo = root.parent / "photo.jpg"
        photo.write_bytes(os.urandom(2 * 1024 * 1024))
        services.attach_file(ws, photo)
        protection.backup_now(ws)
    finally:
        ws.close()
    return data_dir, token


def ping(server: LiveServer, token: str) -> int:
    answer = requests.get(
        server.url + "/api/v1/ping",
        headers={"Authorization": f"Bearer {token}", PROTOCOL_HEADER: PROTOCOL_VERSION},
        timeout=10,
    )
    return answer.status_code


def test_wipe_leaves_only_the_token_hash_and_the_server_revokes_it(
    live_server: LiveServer, tmp_path: Path
) -> None:
    data_dir, token = filled_folder(tmp_path / "d", live_server)
    assert ping(live_server, token) == 200
    ws = protection.open_for(data_dir, TEST_PASSPHRASE)
    started = time.perf_counter()
    report = protection.wipe_data(data_dir, ws)
    assert time.perf_counter() - started < 3.0
    assert report.revocation_pending
    assert [p.name for p in data_dir.root.iterdir()] == ["revoke.json"]
    note = json.loads((data_dir.root / "revoke.json").read_text())
    assert note["token_sha256"] == hashlib.sha256(token.encode()).hexdigest()
    assert token not in (data_dir.root / "revoke.json").read_text()
    assert protection.folder_state(data_dir) == protection.NEW  # the enrol state
    assert protection.send_pending_revocation(data_dir)
    assert ping(live_server, token) == 403
    assert not protection.revocation_pending(data_dir)


def test_cli_wipe_without_the_passphrase_still_destroys_everything(
    live_server: LiveServer, tmp_path: Path, monkeypatch, capsys
) -> None:
    data_dir, token = filled_folder(tmp_path / "d", live_server)
    monkeypatch.delenv("FOCALPOINT_PASSPHRASE")
    assert main(["--data-dir", str(data_dir.root), "wipe", "--yes"]) == 0
    assert list(data_dir.root.iterdir()) == []
    out = capsys.readouterr().out
    assert "Toutes les données de cet ordinateur sont effacées" in out
    assert "demandez au secrétariat de révoquer" in out
    assert ping(live_server, token) == 200  # nothing could tell the server: the note says so


def test_cli_wipe_with_the_passphrase_revokes_at_once(
    live_server: LiveServer, tmp_path: Path, capsys
) -> None:
    data_dir, token = filled_folder(tmp_path / "d", live_server)
    assert main(["--data-dir", str(data_dir.root), "wipe", "--yes"]) == 0
    assert "Le serveur a révoqué le jeton de cet ordinateur." in capsys.readouterr().out
    assert list(data_dir.root.iterdir()) == []
    assert ping(live_server, token) == 403


def test_revocation_waits_for_a_server_that_cannot_be_reached(tmp_path: Path) -> None:
    data_dir = DataDir(tmp_path / "d")
    data_dir.root.mkdir()
    note = {"server_url": "http://127.0.0.1:9", "token_sha256": "ab" * 32}
    (data_dir.root / "revoke.json").write_text(json.dumps(note))
    assert not protection.send_pending_revocation(data_dir, timeout=1.0)
    assert protection.revocation_pending(data_dir)  # kept for the next contact


def test_the_revocation_endpoint_answers_the_same_for_unknown_hashes(
    live_server: LiveServer,
) -> None:
    headers = {PROTOCOL_HEADER: PROTOCOL_VERSION}
    unknown = requests.post(
        live_server.url + "/api/v1/revocations",
        json={"token_sha256": "cd" * 32},
        headers=headers,
        timeout=10,
    )
    assert unknown.status_code == 204
    bad = requests.post(
        live_server.url + "/api/v1/revocations",
        json={"token_sha256": "pas un hash"},
        headers=headers,
        timeout=10,
    )
    assert bad.status_code == 422


def test_guessing_hashes_is_limited_like_guessing_tokens(live_server: LiveServer) -> None:
    headers = {PROTOCOL_HEADER: PROTOCOL_VERSION}
    codes = [
        requests.post(
            live_server.url + "/api/v1/revocations",
            json={"token_sha256": f"{n:064x}"},
            headers=headers,
            timeout=10,
        ).status_code
        for n in range(25)
    ]
    assert codes[:20] == [204] * 20
    assert codes[20:] == [429] * 5
