"""Publishing form versions and reference lists on the server, and ``GET /api/v1/definitions``
on the live server (SQLite and PostgreSQL)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
import requests
import sqlalchemy as sa

from focalpoint.domain.errors import ImportFileError, UsageError
from focalpoint.server import storage
from focalpoint.server.storage.schema import definitions
from focalpoint.sync.protocol import DEFINITIONS_PATH, DefinitionsResponse, PullResponse
from tests.conftest import REPO
from tests.server.conftest import TIMEOUT_S, Api


def incident_form(version: int = 2) -> dict[str, Any]:
    """The shipped incident form at ``version``, with a required field added in v2+."""
    form = json.loads((REPO / "forms" / "incident.json").read_text(encoding="utf-8"))
    form["version"] = version
    if version > 1:
        form["sections"][0]["fields"].append(
            {
                "id": "temoin_principal",
                "type": "text",
                "label": {"fr": "Témoin principal", "en": "Main witness"},
                "required": True,
            }
        )
    return form


def mali_list(extra_region: str | None = "nouvelle_region") -> dict[str, Any]:
    """The shipped locations list, with one more region."""
    data = json.loads((REPO / "resources" / "locations" / "mali.json").read_text(encoding="utf-8"))
    if extra_region:
        data["regions"].append(
            {
                "code": extra_region,
                "name": "Nouvelle Région",
                "cercles": [{"code": "chef_lieu", "name": "Chef-Lieu", "communes": []}],
            }
        )
    return data


def get_definitions(api: Api, since: int = 0) -> requests.Response:
    return api.session.get(api.url + DEFINITIONS_PATH, params={"since": since}, timeout=TIMEOUT_S)


def test_a_published_form_comes_down_once(live_server, connect) -> None:
    api = connect("gao-1")
    assert PullResponse.model_validate(api.pull(0)).definitions_seq == 0
    empty = DefinitionsResponse.model_validate(get_definitions(api).json())
    assert (empty.definitions, empty.next_since) == ([], 0)

    published = storage.publish_form(live_server.engine, incident_form(2), published_by="sec")
    assert (published.kind, published.key, published.version) == ("form", "incident", 2)

    pull = PullResponse.model_validate(api.pull(0))
    assert pull.definitions_seq == published.seq
    answer = DefinitionsResponse.model_validate(get_definitions(api, 0).json())
    assert [(d.kind, d.key, d.version, d.seq) for d in answer.definitions] == [
        ("form", "incident", 2, published.seq)
    ]
    assert answer.definitions[0].body == incident_form(2)
    assert answer.next_since == published.seq
    again = DefinitionsResponse.model_validate(get_definitions(api, answer.next_since).json())
    assert (again.definitions, again.next_since) == ([], published.seq)


def test_a_version_not_above_the_published_one_is_refused(live_server) -> None:
    storage.publish_form(live_server.engine, incident_form(2))
    for version in (1, 2):
        with pytest.raises(UsageError) as caught:
            storage.publish_form(live_server.engine, incident_form(version))
        assert caught.value.params["detail_code"] == "form_version_not_newer"
        assert caught.value.params["published"] == 2
    assert storage.publish_form(live_server.engine, incident_form(3)).version == 3
    with storage.reading(live_server.engine) as conn:
        rows = conn.execute(sa.select(definitions.c.version).order_by(definitions.c.seq)).all()
        assert [row.version for row in rows] == [2, 3]
        assert storage.highest_definitions_seq(conn) == 2


@pytest.mark.parametrize(
    "change",
    [
        lambda form: form.pop("sections"),
        lambda form: form.__setitem__("version", "2"),
        lambda form: form["sections"][0]["fields"].append({"id": "x", "type": "couleur"}),
        lambda form: form.__setitem__("id", "Pas Un Identifiant"),
    ],
    ids=["no_sections", "version_text", "unknown_type", "bad_id"],
)
def test_a_malformed_form_is_refused_and_nothing_is_published(live_server, change) -> None:
    form = incident_form(2)
    change(form)
    with pytest.raises(ImportFileError) as caught:
        storage.publish_form(live_server.engine, form, source="incident.json")
    assert caught.value.params["path"] == "incident.json"
    assert storage.list_published(live_server.engine) == []
    with storage.reading(live_server.engine) as conn:
        assert storage.highest_definitions_seq(conn) == 0


def test_the_reference_list_round_trip(live_server, connect) -> None:
    api = connect("gao-1")
    first = storage.publish_reference(live_server.engine, mali_list())
    with pytest.raises(UsageError) as caught:
        storage.publish_reference(live_server.engine, mali_list())  # the same list again
    assert caught.value.params["detail_code"] == "reference_unchanged"
    second = storage.publish_reference(live_server.engine, mali_list("autre_region"))
    assert (first.version, second.version) == (1, 2)
    assert (first.key, first.kind) == ("locations", "reference")

    answer = DefinitionsResponse.model_validate(get_definitions(api).json())
    assert [(d.key, d.version) for d in answer.definitions] == [("locations", 1), ("locations", 2)]
    assert answer.definitions[1].body == mali_list("autre_region")
    assert PullResponse.model_validate(api.pull(0)).definitions_seq == second.seq


@pytest.mark.parametrize(
    "data",
    [
        {"regions": []},
        {"regions": [{"code": "gao", "name": "Gao"}, {"code": "gao", "name": "Gao bis"}]},
        {"regions": [{"code": "Gao Nord", "name": "Gao Nord"}]},
        {"regions": [{"code": "gao"}]},
        {"regions": "gao"},
    ],
    ids=["empty", "duplicate", "bad_code", "no_name", "not_a_list"],
)
def test_a_malformed_reference_list_is_refused(live_server, data) -> None:
    with pytest.raises(ImportFileError) as caught:
        storage.publish_reference(live_server.engine, data)
    assert caught.value.params["reason_code"] == "reference_invalid"
    assert storage.list_published(live_server.engine) == []


def test_definitions_need_a_valid_token(live_server, connect) -> None:
    storage.publish_form(live_server.engine, incident_form(2))
    api = connect("gao-1")
    assert get_definitions(api).status_code == 200
    storage.revoke_device(live_server.engine, "gao-1")
    revoked = get_definitions(api)
    assert (revoked.status_code, revoked.json()["code"]) == (403, "token_revoked")
    stranger = Api(live_server.url, "not-a-token")
    anonymous = Api(live_server.url, None)
    try:
        assert get_definitions(stranger).status_code == 401
        assert get_definitions(anonymous).status_code == 401
        assert "incident" not in get_definitions(anonymous).text
    finally:
        stranger.close()
        anonymous.close()


def test_every_device_reads_the_same_definitions(live_server, connect) -> None:
    storage.publish_form(live_server.engine, incident_form(2))
    gao, mopti = connect("gao-1"), connect("mopti-1", regions=("mopti",))
    secretariat = connect("bamako", role="secretariat", regions=())
    answers = [get_definitions(api).json() for api in (gao, mopti, secretariat)]
    assert answers[0] == answers[1] == answers[2]
    assert len(answers[0]["definitions"]) == 1


def test_a_bad_cursor_is_refused(live_server, connect) -> None:
    api = connect("gao-1")
    assert get_definitions(api, -1).status_code == 422


def test_the_stored_body_is_canonical_json(live_server) -> None:
    storage.publish_form(live_server.engine, incident_form(2))
    with storage.reading(live_server.engine) as conn:
        body = conn.execute(sa.select(definitions.c.body)).scalar_one()
    assert body == json.dumps(
        incident_form(2), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    assert storage.get_definition(live_server.engine, "form", "incident", 2) == incident_form(2)


def test_concurrent_publications_never_share_a_seq(live_server) -> None:
    import threading

    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def publish(version: int) -> None:
        start.wait()
        try:
            form = copy.deepcopy(incident_form(version))
            form["id"] = f"form_{version}"
            storage.publish_form(live_server.engine, form)
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=publish, args=(v,)) for v in range(1, 5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    seqs = sorted(p.seq for p in storage.list_published(live_server.engine))
    assert seqs == [1, 2, 3, 4]
