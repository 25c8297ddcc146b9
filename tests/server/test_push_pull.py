"""Push and pull against the real server: versions, replays, conflicts, region scope, paging."""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from tests.server.conftest import Api, new_batch_id, wire_record

Connect = Callable[..., Api]


def test_a_new_record_is_acked_at_version_1(connect: Connect) -> None:
    gao = connect("gao-1")
    record = wire_record()
    answer = gao.push([record])
    assert answer["acks"] == [{"id": record["id"], "version": 1, "seq": None}]
    raw = gao.push_raw({"batch_id": new_batch_id(), "records": [wire_record()]}).json()
    assert (raw["acked"], raw["acks"]) == (1, [])  # counted, not listed: no id repeated
    assert (answer["conflicts"], answer["rejected"]) == ([], [])


def test_a_replayed_batch_gets_the_same_answer_and_writes_nothing_twice(connect: Connect) -> None:
    gao, bamako = connect("gao-1"), connect("bamako", "secretariat")
    batch_id = new_batch_id()
    records = [wire_record(), wire_record()]
    first = gao.push(records, batch_id)
    again = gao.push(records, batch_id)
    assert again == first
    pulled, _conflicts, cursor = bamako.pull_all()
    assert sorted(r["id"] for r in pulled) == sorted(r["id"] for r in records)
    assert cursor == 2  # no seq was spent on the replay
    gao.push([wire_record()])
    assert bamako.pull(cursor)["records"][0]["seq"] == 3


def test_an_update_on_the_current_version_makes_version_2(connect: Connect) -> None:
    gao, bamako = connect("gao-1"), connect("bamako", "secretariat")
    record = wire_record()
    gao.push([record])
    edited = {**record, "data": {**record["data"], "morts": 4}, "base_version": 1}
    assert gao.push([edited])["acks"] == [{"id": record["id"], "version": 2, "seq": None}]
    [stored] = bamako.pull()["records"]
    assert (stored["version"], stored["data"]["morts"]) == (2, 4)


def test_a_stale_base_keeps_the_server_copy_and_logs_a_conflict(connect: Connect) -> None:
    gao1, gao2, bamako = connect("gao-1"), connect("gao-2"), connect("bamako", "secretariat")
    record = wire_record()
    gao1.push([record])
    gao1.push([{**record, "data": {"morts": 4}, "base_version": 1}])
    late = {**record, "data": {"morts": 9}, "base_version": 1}
    answer = gao2.push([late])
    assert answer["acks"] == []
    assert answer["conflicts"] == [
        {"id": record["id"], "version": 2, "seq": 3, "code": "stale_base_version"}
    ]
    page = gao2.pull()
    assert [(r["version"], r["data"]) for r in page["records"]] == [(2, {"morts": 4})]
    assert [(c["record_id"], c["code"], c["data"]) for c in page["conflicts"]] == [
        (record["id"], "stale_base_version", {"morts": 9})
    ]
    assert bamako.pull()["conflicts"] == page["conflicts"]


def test_an_identical_repush_is_acked_without_a_conflict(connect: Connect) -> None:
    gao = connect("gao-1")
    record = wire_record()
    gao.push([record])
    answer = gao.push([record])  # a new batch id: e.g. the laptop lost its pending batch
    assert answer["acks"] == [{"id": record["id"], "version": 1, "seq": None}]
    assert answer["conflicts"] == []


@pytest.mark.parametrize("order", ["delete_then_edit", "edit_then_delete"])
def test_edit_and_delete_in_either_order_the_tombstone_sticks(connect: Connect, order: str) -> None:
    gao1, gao2, bamako = connect("gao-1"), connect("gao-2"), connect("bamako", "secretariat")
    record = wire_record()
    gao1.push([record])
    deletion = {**record, "deleted": True, "base_version": 1}
    edit = {**record, "data": {"morts": 5}, "base_version": 1}
    if order == "delete_then_edit":
        gao1.push([deletion])  # version 2, the tombstone
        answer = gao2.push([edit])  # loses: the tombstone stays at version 2
        code, version = "edited_after_delete", 2
    else:
        gao2.push([edit])  # version 2
        answer = gao1.push([deletion])  # a stale delete still wins: tombstone at version 3
        code, version = "deleted_after_edit", 3
    [note] = answer["conflicts"]
    assert (answer["acks"], note["code"], note["version"]) == ([], code, version)
    pulled, conflicts, _cursor = bamako.pull_all()
    assert [(r["deleted"], r["version"]) for r in pulled] == [(True, version)]
    # Either way the edited copy is kept as the conflict.
    assert [(c["code"], c["data"], c["deleted"]) for c in conflicts] == [
        (code, {"morts": 5}, False)
    ]


def test_a_delete_of_a_deleted_record_is_acked_as_it_stands(connect: Connect) -> None:
    gao1, gao2 = connect("gao-1"), connect("gao-2")
    record = wire_record()
    gao1.push([record])
    gao1.push([{**record, "deleted": True, "base_version": 1}])
    answer = gao2.push([{**record, "deleted": True, "data": {}, "base_version": 1}])
    assert answer["acks"] == [{"id": record["id"], "version": 2, "seq": None}]


def test_one_bad_record_is_rejected_and_the_others_commit(connect: Connect) -> None:
    gao, bamako = connect("gao-1"), connect("bamako", "secretariat")
    good = [wire_record(), wire_record()]
    wrong_region = wire_record("mopti")
    answer = gao.push([good[0], wrong_region, good[1]])
    assert [a["id"] for a in answer["acks"]] == [good[0]["id"], good[1]["id"]]
    assert [(r["id"], r["code"]) for r in answer["rejected"]] == [
        (wrong_region["id"], "region_forbidden")
    ]
    assert {r["id"] for r in bamako.pull()["records"]} == {good[0]["id"], good[1]["id"]}


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_a_record_whose_data_is_not_strict_json_is_rejected_alone(
    connect: Connect, number: str
) -> None:
    gao = connect("gao-1")
    good = wire_record(data={"titre": "NaN et Infinity en texte restent du texte"})
    body = json.dumps({"batch_id": new_batch_id(), "records": [good, wire_record(data={})]})
    body = body.replace('"data": {}', f'"data": {{"morts": {number}}}')  # 1e400 reads as inf
    response = gao.push_raw(None, data=body, headers={"Content-Type": "application/json"})
    answer = response.json()
    assert (answer["acked"], answer["acks"]) == (1, [])  # the good one, taken as sent
    assert [r["code"] for r in answer["rejected"]] == ["data_invalid"]


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"form_version": 2**40}, "version_out_of_range"),
        ({"base_version": 2**63}, "version_out_of_range"),
        ({"author": "pf\u0000gao"}, "text_invalid"),
        ({"data": {"nom": "\udfff"}}, "text_invalid"),
    ],
)
def test_a_record_the_database_cannot_hold_is_rejected_alone(
    connect: Connect, overrides: dict[str, Any], code: str
) -> None:
    gao = connect("gao-1")
    good, bad = wire_record(), wire_record(**overrides)
    answer = gao.push([good, bad])
    assert [a["id"] for a in answer["acks"]] == [good["id"]]
    assert [(r["id"], r["code"]) for r in answer["rejected"]] == [(bad["id"], code)]


def test_a_gao_token_cannot_push_into_mopti(connect: Connect) -> None:
    gao, mopti = connect("gao-1"), connect("mopti-1", regions=["mopti"])
    existing = wire_record("mopti")
    mopti.push([existing])
    # Neither a new Mopti record nor an existing one (relabelled as Gao) gets through, and both
    # answers are the same: the server never says whether a Mopti id exists.
    relabelled = {**existing, "region": "gao", "data": {"morts": 0}, "base_version": 1}
    answer = gao.push([wire_record("mopti"), relabelled])
    assert [r["code"] for r in answer["rejected"]] == ["region_forbidden"] * 2
    [stored] = mopti.pull(include_own="true")["records"]
    assert (stored["region"], stored["version"]) == ("mopti", 1)


def test_a_gao_pull_never_contains_mopti(connect: Connect) -> None:
    gao, mopti, bamako = (
        connect("gao-1"),
        connect("mopti-1", regions=["mopti"]),
        connect("bamako", "secretariat"),
    )
    gao_ids = {wire_record()["id"] for _ in range(2)}
    mopti_record = wire_record("mopti")
    mopti.push([mopti_record])
    mopti.push([{**mopti_record, "data": {"morts": 1}}])  # a Mopti conflict too
    bamako.push([wire_record(id=record_id) for record_id in gao_ids])
    records, conflicts, _cursor = gao.pull_all()
    assert {r["id"] for r in records} == gao_ids
    assert conflicts == []
    assert {r["region"] for r in records} == {"gao"}


def test_the_secretariat_pulls_every_region(connect: Connect) -> None:
    gao, mopti = connect("gao-1"), connect("mopti-1", regions=["mopti"])
    bamako = connect("bamako", "secretariat", regions=[])
    sent = {r["id"] for r in gao.push([wire_record()])["acks"]}
    sent |= {r["id"] for r in mopti.push([wire_record("mopti")])["acks"]}
    records, _conflicts, _cursor = bamako.pull_all()
    assert {r["id"] for r in records} == sent


def test_paging_by_seq_returns_each_change_once(connect: Connect) -> None:
    gao, bamako = connect("gao-1"), connect("bamako", "secretariat")
    ids = [a["id"] for a in gao.push([wire_record() for _ in range(5)])["acks"]]
    pages = []
    since = 0
    while True:
        page = bamako.pull(since, limit=2)
        pages.append(([r["id"] for r in page["records"]], page["more"], page["next_since"]))
        since = page["next_since"]
        if not page["more"]:
            break
    assert pages == [(ids[0:2], True, 2), (ids[2:4], True, 4), (ids[4:5], False, 5)]


def test_writes_between_pages_are_neither_skipped_nor_duplicated(connect: Connect) -> None:
    gao, bamako = connect("gao-1"), connect("bamako", "secretariat")
    first = [wire_record() for _ in range(4)]
    gao.push(first)
    page = bamako.pull(0, limit=2)
    edited = {**first[0], "data": {"morts": 8}, "base_version": 1}  # already pulled: comes again
    later = wire_record()
    gao.push([edited, later])
    seen = [r["id"] for r in page["records"]]
    rest, _conflicts, _cursor = bamako.pull_all(page["next_since"], limit=2)
    seen += [r["id"] for r in rest]
    assert Counter(seen) == Counter([*(r["id"] for r in first), first[0]["id"], later["id"]])
    assert [(r["id"], r["version"]) for r in rest[-2:]] == [(edited["id"], 2), (later["id"], 1)]


def test_a_limit_above_the_maximum_is_clamped(connect: Connect) -> None:
    bamako = connect("bamako", "secretariat")
    assert bamako.pull(0, limit=10**9)["more"] is False


def test_concurrent_pushes_leave_no_gap_a_cursor_can_skip(connect: Connect) -> None:
    writers = [connect(f"gao-{n}") for n in range(4)]
    bamako = connect("bamako", "secretariat")
    pushed: list[str] = []
    done = threading.Event()
    seen: list[Any] = []

    def write(api: Api) -> None:
        for _batch in range(8):
            records = [wire_record() for _ in range(5)]
            answer = api.push(records)
            pushed.extend(a["id"] for a in answer["acks"])

    def read() -> None:  # a laptop pulling all along, with a small page
        since = 0
        while not done.is_set():
            page = bamako.pull(since, limit=3)
            seen.extend(page["records"])
            since = page["next_since"]
        rest, _conflicts, _cursor = bamako.pull_all(since, limit=3)
        seen.extend(rest)

    threads = [threading.Thread(target=write, args=(api,)) for api in writers]
    reader = threading.Thread(target=read)
    for thread in [*threads, reader]:
        thread.start()
    for thread in threads:
        thread.join(60)
    done.set()
    reader.join(60)
    assert len(pushed) == 4 * 8 * 5
    assert Counter(r["id"] for r in seen) == Counter(pushed)
    seqs = [r["seq"] for r in seen]
    assert seqs == sorted(seqs)
    assert len(set(seqs)) == len(seqs)


def test_the_first_pull_after_a_push_sends_none_of_the_own_records(connect: Connect) -> None:
    gao, other = connect("gao-1"), connect("gao-2")
    theirs = other.push([wire_record()])["acks"][0]["id"]
    answer = gao.push([wire_record() for _ in range(30)])
    page = gao.pull(0)
    assert [r["id"] for r in page["records"]] == [theirs]
    assert page["next_since"] == 31  # past the 30 own records, which are not sent back
    assert len(answer["acks"]) == 30
    assert (page["more"], gao.pull(page["next_since"])["records"]) == (False, [])


def test_include_own_sends_the_own_records_back(connect: Connect) -> None:
    gao = connect("gao-1")
    ids = {a["id"] for a in gao.push([wire_record(), wire_record()])["acks"]}
    assert {r["id"] for r in gao.pull(0, include_own="true")["records"]} == ids


@pytest.mark.parametrize("field", ["seq", "version", "server_seq", "device_id"])
def test_an_unknown_record_field_refuses_the_whole_batch(connect: Connect, field: str) -> None:
    gao, bamako = connect("gao-1"), connect("bamako", "secretariat")
    body = {"batch_id": new_batch_id(), "records": [wire_record(), wire_record(**{field: 7})]}
    response = gao.push_raw(body)
    assert response.status_code == 422
    assert response.json()["code"] == "invalid_request"
    assert bamako.pull()["records"] == []


def test_ping_says_who_the_token_is(connect: Connect) -> None:
    gao = connect("gao-1", regions=["gao", "tombouctou"])
    response = gao.session.get(gao.url + "/api/v1/ping", timeout=30)
    body = response.json()
    assert (body["device"], body["regions"]) == ("gao-1", ["gao", "tombouctou"])
    assert body["server_epoch"] == response.headers["X-Focalpoint-Epoch"]


def test_deleted_must_be_a_json_boolean(connect: Connect) -> None:
    """Found by schemathesis: ``"deleted": 0`` was read as false."""
    gao = connect("gao-1")
    record = {**wire_record(), "deleted": 0}
    answer = gao.push_raw({"batch_id": new_batch_id(), "records": [record]})
    assert (answer.status_code, answer.json()["code"]) == (422, "invalid_request")


def test_the_same_content_in_another_key_order_is_no_new_version(connect: Connect) -> None:
    """The server stores the data as sent (keys in the laptop's order): a re-push of the same
    values with the keys in another order is acknowledged at the version it has."""
    gao, bamako = connect("gao-1"), connect("bamako", "secretariat")
    record = wire_record(data={"titre": "Attaque", "lieu": {"cercle": "gao", "commune": "x"}})
    gao.push([record])
    reordered = {**record, "data": {"lieu": {"commune": "x", "cercle": "gao"}, "titre": "Attaque"}}
    again = gao.push([reordered])  # a replay after a lost answer: same base, no base_version
    assert again["acks"] == [{"id": record["id"], "version": 1, "seq": None}]
    assert again["conflicts"] == []  # a content the server took as different would be one
    [stored] = bamako.pull()["records"]
    assert (stored["version"], stored["data"]) == (1, record["data"])


def test_true_and_1_are_different_values(connect: Connect) -> None:
    """Python says ``True == 1``; JSON does not: changing one into the other is an edit."""
    gao, bamako = connect("gao-1"), connect("bamako", "secretariat")
    record = wire_record(data={"titre": "Attaque", "verifie": 1})
    gao.push([record])
    edited = {**record, "data": {"verifie": True, "titre": "Attaque"}, "base_version": 1}
    assert gao.push([edited])["acks"] == [{"id": record["id"], "version": 2, "seq": None}]
    [stored] = bamako.pull()["records"]
    assert stored["data"]["verifie"] is True
