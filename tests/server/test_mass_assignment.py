"""Mass assignment (THREATS test 16): a push carrying fields the server owns, or values its
token does not allow, is refused (422, or the record rejected) and changes nothing; reading
back shows the server's values.

What the server owns: a record's ``version`` and ``seq`` (fields of ``ServerRecord`` only: a
pushed record naming them, or ``server_seq``, ``validated`` or any other unknown field, makes
the whole batch a 422, nothing written), and which device wrote it (``records.device_id``, from
the token). The ``region`` is the laptop's to say but only within the token's regions (another
→ ``region_forbidden``), and never changes the region of an existing record of another region.
``author`` is the laptop's user, as declared (shown, never used for access): the server's own
attribution stays the token's device. A region written inside ``data`` is content: it moves
nothing (the record stays in the region its token allowed, out of other regions' pulls).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import sqlalchemy as sa

from focalpoint.server.storage.schema import devices, records
from tests.server.conftest import Api, LiveServer, new_batch_id, wire_record

Connect = Callable[..., Api]


def _stored(live_server: LiveServer, record_id: str) -> dict[str, Any] | None:
    """The server's row for ``record_id``, with the name of the device that wrote it."""
    query = (
        sa.select(records, devices.c.name.label("device"))
        .join(devices, devices.c.id == records.c.device_id)
        .where(records.c.id == record_id)
    )
    with live_server.engine.connect() as conn:
        row = conn.execute(query).first()
    return None if row is None else dict(row._mapping)


@pytest.mark.parametrize(
    "extra",
    [
        {"server_seq": 1},
        {"seq": 1},
        {"version": 99},
        {"validated": True},
        {"device_id": 1},
        {"device": "bamako"},
        {"regions": ["*"]},
        {"conflict": False},
    ],
    ids=lambda extra: next(iter(extra)),
)
def test_a_record_with_a_server_field_is_refused_whole(
    connect: Connect, live_server: LiveServer, extra: dict[str, Any]
) -> None:
    gao = connect("pf-gao")
    record = {**wire_record(), **extra}
    answer = gao.push_raw({"batch_id": new_batch_id(), "records": [wire_record(), record]})
    assert answer.status_code == 422
    problems = answer.json()["details"]["errors"]
    assert [(p["loc"][-1], p["type"]) for p in problems] == [(next(iter(extra)), "extra_forbidden")]
    assert _stored(live_server, record["id"]) is None
    assert gao.pull(include_own="true")["records"] == []  # the valid record was not taken either


@pytest.mark.parametrize("extra", [{"device": "bamako"}, {"regions": ["*"]}, {"region": "mopti"}])
def test_a_batch_with_a_field_of_its_own_is_refused(connect: Connect, extra: dict) -> None:
    gao = connect("pf-gao")
    answer = gao.push_raw({"batch_id": new_batch_id(), "records": [wire_record()], **extra})
    assert answer.status_code == 422
    assert gao.pull(include_own="true")["records"] == []


def test_a_region_the_token_does_not_have_is_rejected(
    connect: Connect, live_server: LiveServer
) -> None:
    gao, mopti = connect("pf-gao"), connect("pf-mopti", regions=["mopti"])
    record = {**wire_record("gao"), "region": "mopti"}  # data says Gao, region says Mopti
    answer = gao.push([record])
    rejected = [(r["id"], r["code"]) for r in answer["rejected"]]
    assert rejected == [(record["id"], "region_forbidden")]
    assert _stored(live_server, record["id"]) is None
    assert mopti.pull()["records"] == []


def test_an_id_of_another_region_is_rejected_and_left_alone(
    connect: Connect, live_server: LiveServer
) -> None:
    gao, mopti = connect("pf-gao"), connect("pf-mopti", regions=["mopti"])
    theirs = wire_record("mopti")
    mopti.push([theirs])
    before = _stored(live_server, theirs["id"])
    for relabelled in (
        {**theirs, "base_version": 1, "data": {"titre": "changed"}},  # as it is (mopti)
        {**theirs, "region": "gao", "base_version": 1, "data": {"titre": "changed"}},
        {**theirs, "region": "gao", "base_version": None, "deleted": True},
    ):
        answer = gao.push([relabelled])
        assert [r["code"] for r in answer["rejected"]] == ["region_forbidden"]
    assert _stored(live_server, theirs["id"]) == before
    assert gao.pull()["records"] == []


def test_the_server_keeps_its_own_values_for_what_the_laptop_may_declare(
    connect: Connect, live_server: LiveServer
) -> None:
    """``author`` and a region inside ``data`` are taken as declared, and change nothing the
    server owns: the writing device, the version and seq, the region's scope."""
    gao, mopti = connect("pf-gao"), connect("pf-mopti", regions=["mopti"])
    bamako = connect("bamako", "secretariat")
    record = wire_record("gao", author="Secrétariat de Bamako")
    record["data"] = {"titre": "Attaque", "lieu": {"region": "mopti"}, "region": "mopti"}
    assert gao.push([record])["acked"] == 1
    stored = _stored(live_server, record["id"])
    assert stored is not None
    assert (stored["device"], stored["region"], stored["version"]) == ("pf-gao", "gao", 1)
    assert stored["author"] == "Secrétariat de Bamako"  # as declared: shown, never trusted
    [seen] = bamako.pull()["records"]
    assert (seen["region"], seen["version"], seen["seq"]) == ("gao", 1, stored["seq"])
    assert mopti.pull()["records"] == []  # the data's "mopti" moved nothing into Mopti
