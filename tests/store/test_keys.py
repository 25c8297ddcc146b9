"""The key file: wrap, unwrap, wrong passphrases and their delay, rewrap, erase (THREATS 24)."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest

from focalpoint import protection, services
from focalpoint.domain.errors import (
    DatabaseCorrupt,
    KeyFileDamaged,
    PassphraseRequired,
    UnlockThrottled,
    WrongPassphrase,
)
from focalpoint.store import keys
from focalpoint.store.datadir import DataDir
from focalpoint.store.db import open_database
from tests.conftest import FAST_COST, TEST_PASSPHRASE, incident_data


def test_the_data_key_unwraps_only_with_the_passphrase(tmp_path: Path) -> None:
    key = keys.create(tmp_path, TEST_PASSPHRASE, cost=FAST_COST)
    assert len(key) == 32
    assert keys.unlock(tmp_path, TEST_PASSPHRASE) == key
    with pytest.raises(WrongPassphrase):
        keys.unlock(tmp_path, TEST_PASSPHRASE + " ")
    text = keys.key_file(tmp_path).read_text()
    assert key.hex() not in text


def test_a_passphrase_typed_in_another_unicode_form_still_opens(tmp_path: Path) -> None:
    composed = "sécurité d'abord"  # é as one code point
    decomposed = "se\u0301curite\u0301 d'abord"  # e + combining accent, as some keyboards type
    key = keys.create(tmp_path, composed, cost=FAST_COST)
    assert keys.unlock(tmp_path, decomposed) == key


def test_a_tampered_key_file_never_yields_a_key(tmp_path: Path) -> None:
    keys.create(tmp_path, TEST_PASSPHRASE, cost=FAST_COST)
    data = json.loads(keys.key_file(tmp_path).read_text())
    raw = bytearray(base64.b64decode(data["wrapped_key"]))
    raw[0] ^= 1
    data["wrapped_key"] = base64.b64encode(bytes(raw)).decode()
    keys.key_file(tmp_path).write_text(json.dumps(data))
    with pytest.raises(WrongPassphrase):  # the MAC covers the wrapped key
        keys.unlock(tmp_path, TEST_PASSPHRASE)
    keys.key_file(tmp_path).write_text("{ pas du json")
    with pytest.raises(KeyFileDamaged):
        keys.unlock(tmp_path, TEST_PASSPHRASE)


@pytest.mark.parametrize(
    ("failures", "delay"), [(0, 0), (1, 0), (2, 0), (3, 2), (4, 4), (8, 64), (30, 300)]
)
def test_the_delay_grows_with_each_wrong_passphrase(failures: int, delay: float) -> None:
    assert keys.unlock_delay(failures) == delay


def test_wrong_passphrases_are_counted_and_throttled(tmp_path: Path) -> None:
    keys.create(tmp_path, TEST_PASSPHRASE, cost=FAST_COST)
    for attempt in range(1, 4):
        with pytest.raises(WrongPassphrase) as caught:
            keys.unlock(tmp_path, "mauvaise", now=1000.0)
        assert caught.value.params["failures"] == attempt
    with pytest.raises(UnlockThrottled) as throttled:  # the right one, too early
        keys.unlock(tmp_path, TEST_PASSPHRASE, now=1001.0)
    assert throttled.value.params["seconds"] == 1
    assert keys.unlock(tmp_path, TEST_PASSPHRASE, now=1002.5)  # after the 2 s delay
    assert keys.read_failures(tmp_path) == (0, 0.0)  # a success resets the count


def test_changing_the_passphrase_rewraps_without_touching_the_database(tmp_path: Path) -> None:
    data_dir = DataDir(tmp_path / "d")
    key = protection.create_encrypted(data_dir, TEST_PASSPHRASE, cost=FAST_COST)
    ws = services.open_workspace(data_dir, key=key)
    services.save_record(ws, "incident", incident_data(), final=True)
    ws.close()
    before = hashlib.sha256(data_dir.database.read_bytes()).hexdigest()
    protection.change_passphrase(data_dir, TEST_PASSPHRASE, "nouvelle phrase secrète")
    assert hashlib.sha256(data_dir.database.read_bytes()).hexdigest() == before
    with pytest.raises(WrongPassphrase):
        protection.unlock(data_dir, TEST_PASSPHRASE)
    assert protection.unlock(data_dir, "nouvelle phrase secrète") == key
    assert json.loads(keys.key_file(data_dir.root).read_text())["kdf"]["passes"] == 1


def test_the_encrypted_file_has_no_sqlite_header_and_needs_the_key(tmp_path: Path) -> None:
    data_dir = DataDir(tmp_path / "d")
    key = protection.create_encrypted(data_dir, TEST_PASSPHRASE, cost=FAST_COST)
    services.open_workspace(data_dir, key=key).close()
    assert data_dir.database.read_bytes()[:16] != b"SQLite format 3\0"
    with pytest.raises(PassphraseRequired):
        services.open_workspace(data_dir)
    with pytest.raises(DatabaseCorrupt):  # plain SQLite sees noise
        open_database(data_dir.database)


def test_destroying_the_key_file_makes_the_data_unreadable(tmp_path: Path) -> None:
    data_dir = DataDir(tmp_path / "d")
    protection.create_encrypted(data_dir, TEST_PASSPHRASE, cost=FAST_COST)
    keys.destroy(data_dir.root)
    assert not keys.key_file(data_dir.root).exists()
    with pytest.raises(KeyFileDamaged):
        keys.unlock(data_dir.root, TEST_PASSPHRASE)


def test_the_shipped_cost_is_at_least_rfc_9106s_second_setting() -> None:
    cost = keys.KdfCost()  # the class default, not the tests' fast one
    assert cost.memory_kib >= 64 * 1024
    assert cost.passes >= 3
