"""Scope changes and drift repair through the real server (DESIGN §5 cases 16, 18 and 26).

A laptop reassigned to other regions drops what it may no longer see and receives its new scope
in full; a laptop whose database went back in time (restored from an old copy) or was damaged
notices it from the digest on the last pull page and repairs itself by a full download —
nothing skipped, nothing resurrected, no local edit lost.
"""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from focalpoint import services
from focalpoint.server import storage
from focalpoint.store import records, sync_state

MOPTI = {"lieu": {"region": "mopti", "cercle": "mopti"}}


def _server_state(live_server, region: str) -> dict[str, tuple[int, bool]]:
    with storage.reading(live_server.engine) as conn:
        rows = conn.execute(
            storage.metadata.tables["records"]
            .select()
            .where(storage.metadata.tables["records"].c.region == region)
        ).all()
    return {row.id: (row.version, row.deleted) for row in rows}


def _local_state(laptop, region: str) -> dict[str, tuple[int, bool]]:
    rows = laptop.ws.db.execute(
        "select id, version, deleted from records where region = ? and version is not null",
        [region],
    ).fetchall()
    return {row[0]: (row[1], bool(row[2])) for row in rows}


def test_a_reassigned_laptop_receives_its_new_scope_in_full_and_drops_the_old(
    laptops, live_server
) -> None:
    gao, mopti = laptops("gao-1", ["gao"]), laptops("mopti-1", ["mopti"])
    gao_ids = {gao.add() for _ in range(3)}
    mopti_ids = {mopti.add(**MOPTI) for _ in range(4)}
    gao.sync()
    mopti.sync()
    draft = gao.add(titre="Brouillon pas encore envoyé")  # waits on the laptop
    assert gao.ids() == gao_ids | {draft}

    storage.set_regions(live_server.engine, "gao-1", ["mopti"])
    report = gao.sync()

    assert gao.ids() == mopti_ids | {draft}  # the new scope in full; the waiting edit kept
    assert sync_state.get_regions(gao.ws.db) == ["mopti"]
    assert report.pulled == 4
    # the draft is in Gao, which the token may no longer write: refused, kept, not lost
    row = gao.ws.db.execute("select sync_error from records where id = ?", [draft]).fetchone()
    assert row[0] == "region_forbidden"


def test_a_reassigned_laptop_gets_back_its_own_records_of_a_region_given_back(
    laptops, live_server
) -> None:
    gao = laptops("gao-1", ["gao", "mopti"])
    own_mopti = {gao.add(**MOPTI) for _ in range(2)}
    gao.sync()
    storage.set_regions(live_server.engine, "gao-1", ["gao"])
    gao.sync()
    assert gao.ids() == set()
    storage.set_regions(live_server.engine, "gao-1", ["gao", "mopti"])
    gao.sync()
    assert gao.ids() == own_mopti  # its own writes come back too: nothing skipped


def test_a_laptop_restored_from_an_old_copy_catches_up_without_resurrection(
    laptops, tmp_path
) -> None:
    gao, other = laptops("gao-1", ["gao"]), laptops("gao-2", ["gao"])
    first = [gao.add() for _ in range(5)]
    gao.sync()
    backup = tmp_path / "old-copy.db"
    source = sqlite3.connect(gao.ws.data_dir.database)
    target = sqlite3.connect(backup)
    source.backup(target)
    source.close()
    target.close()

    later = [gao.add() for _ in range(3)]  # written after the copy was taken
    gao.edit(first[0], morts=9)
    services.delete_record(gao.ws, first[1])
    gao.sync()
    other.sync()
    server_after = _local_state(other, "gao")

    gao.ws.close()
    path = gao.ws.data_dir.database
    shutil.copy(backup, path)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    gao.ws = services.open_workspace(gao.ws.data_dir)
    assert gao.ids() == set(first)  # the old copy: the later work is missing here

    report = gao.sync()

    assert report.repaired
    assert _local_state(gao, "gao") == server_after  # nothing skipped, nothing resurrected
    assert gao.ids() == (set(first) | set(later)) - {first[1]}
    assert records.get_record(gao.ws.db, first[0]).data["morts"] == 9
    assert gao.sync().requests == 1  # and then back to quiet syncs


def test_a_damaged_copy_is_repaired_by_a_download_and_keeps_local_edits(laptops) -> None:
    gao, other = laptops("gao-1", ["gao"]), laptops("gao-2", ["gao"])
    ids = [other.add() for _ in range(4)]
    other.sync()
    gao.sync()
    with gao.ws.db.conn:  # damage: one record lost, one at a wrong version
        gao.ws.db.execute("delete from records where id = ?", [ids[0]])
        gao.ws.db.execute("update records set version = 7 where id = ?", [ids[1]])
    mine = gao.add(titre="Saisi hors ligne")

    report = gao.sync()

    assert report.repaired
    assert gao.ids() == set(ids) | {mine}
    assert records.get_record(gao.ws.db, ids[1]).version == 1
    assert _local_state(gao, "gao") == _local_state(other, "gao") | {mine: (1, False)}


def test_no_repair_when_the_copies_agree(laptops) -> None:
    gao, other = laptops("gao-1", ["gao"]), laptops("gao-2", ["gao"])
    for _ in range(3):
        other.add()
    other.sync()
    gao.add()
    report = gao.sync()
    assert not report.repaired
    assert report.pulled == 3


@pytest.mark.parametrize("damage", ["missing", "extra"])
def test_the_digest_detects_a_copy_that_drifted(laptops, damage: str) -> None:
    """The negative control of the repair tests: without the damage there is no repair (above);
    with it, one repair and the copies agree again. (The digest counts records, tombstones and
    versions: it sees a missing, extra, deleted or outdated copy, not two ids swapped.)"""
    gao, other = laptops("gao-1", ["gao"]), laptops("gao-2", ["gao"])
    ids = [other.add() for _ in range(2)]
    other.sync()
    gao.sync()
    with gao.ws.db.conn:
        if damage == "missing":
            gao.ws.db.execute("delete from records where id = ?", [ids[0]])
        else:  # a server record the server never had (or no longer has)
            row = dict(gao.ws.db["records"].get(ids[0]))
            gao.ws.db["records"].insert({**row, "id": "00000000-0000-4000-8000-000000000000"})
    report = gao.sync()
    assert report.repaired
    assert gao.ids() == set(ids)
