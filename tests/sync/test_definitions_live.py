"""Form versions and the locations list published on the real server reach laptops, and the
laptops use them: new records with the new version, old records kept on theirs."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from focalpoint import services
from focalpoint.domain.errors import ValidationFailed
from focalpoint.server import storage
from focalpoint.server.storage.schema import definitions, meta
from focalpoint.store import definitions as definition_store
from focalpoint.store import forms as form_store
from focalpoint.store.datadir import DataDir
from tests.conftest import incident_data
from tests.server.test_definitions import incident_form, mali_list


class Laptop:
    """A laptop enrolled on the live server, synced through ``services`` as the app does."""

    def __init__(self, root, server, name: str, regions: list[str]) -> None:
        self.root = root / name
        self.ws = services.open_workspace(DataDir(self.root))
        services.enroll(self.ws, server.url, server.add_device(name, "focal_point", regions))

    def sync(self):
        return services.run_sync(self.ws)

    def reopen(self) -> None:
        self.ws.close()
        self.ws = services.open_workspace(DataDir(self.root))

    def close(self) -> None:
        self.ws.close()


@pytest.fixture
def laptops(live_server, tmp_path):
    made: list[Laptop] = []

    def make(name: str, regions: list[str] | None = None) -> Laptop:
        laptop = Laptop(tmp_path, live_server, name, regions or ["gao"])
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.close()


def test_a_new_form_version_is_used_for_new_records_only(live_server, laptops) -> None:
    gao = laptops("gao-1")
    old = services.save_record(gao.ws, "incident", incident_data(), final=True).record
    assert old.form_version == 1
    gao.sync()

    storage.publish_form(live_server.engine, incident_form(2))
    report = gao.sync()
    assert report.requests == 2  # the pull, then the definitions it announced
    assert gao.ws.forms["incident"].version == 2
    assert definition_store.get_cursor(gao.ws.db) == 1

    # a new record is made with v2: its new required field is asked for
    with pytest.raises(ValidationFailed) as caught:
        services.save_record(gao.ws, "incident", incident_data(), final=True)
    assert [p.path for p in caught.value.problems] == ["temoin_principal"]
    new = services.save_record(
        gao.ws, "incident", incident_data(temoin_principal="Le chef de village"), final=True
    ).record
    assert new.form_version == 2

    # the v1 record stays readable and editable with v1 (no v2 field asked for)
    assert services.form_of(gao.ws, services.get_record(gao.ws, old.id)).version == 1
    edited = services.save_record(
        gao.ws, "incident", {**old.data, "morts": 4}, record_id=old.id, final=True
    ).record
    assert (edited.form_version, edited.data["morts"]) == (1, 4)

    # after a restart too
    gao.reopen()
    assert gao.ws.forms["incident"].version == 2
    assert services.form_of(gao.ws, services.get_record(gao.ws, old.id)).version == 1
    report = gao.sync()
    assert (report.pushed, report.rejected) == (2, 0)


def test_a_laptop_enrolled_later_gets_every_version_and_reads_every_record(
    live_server, laptops
) -> None:
    first = laptops("gao-1")
    old_id = services.save_record(first.ws, "incident", incident_data(), final=True).record.id
    first.sync()
    storage.publish_form(live_server.engine, incident_form(2))
    storage.publish_form(live_server.engine, incident_form(3))
    first.sync()
    assert first.ws.forms["incident"].version == 3
    new_id = services.save_record(
        first.ws, "incident", incident_data(temoin_principal="Un berger"), final=True
    ).record.id
    first.sync()

    later = laptops("gao-2")
    later.sync()
    assert later.ws.forms["incident"].version == 3
    stored = {
        row["version"]
        for row in later.ws.db.query("select version from form_versions where form_id = 'incident'")
    }
    assert stored == {1, 2, 3}
    by_id = {r.id: r for r in (services.get_record(later.ws, i) for i in (old_id, new_id))}
    assert services.form_of(later.ws, by_id[old_id]).version == 1
    assert services.form_of(later.ws, by_id[new_id]).version == 3


def test_the_empty_sync_stays_one_small_request(live_server, laptops) -> None:
    gao = laptops("gao-1")
    storage.publish_form(live_server.engine, incident_form(2))
    storage.publish_reference(live_server.engine, mali_list())
    assert gao.sync().requests == 2
    for _ in range(2):
        assert gao.sync().requests == 1


def test_the_reference_list_replaces_the_shipped_one(live_server, laptops) -> None:
    gao = laptops("gao-1")
    assert gao.ws.locations.region("nouvelle_region") is None
    data = {**incident_data(), "lieu": {"region": "nouvelle_region", "cercle": "chef_lieu"}}
    with pytest.raises(ValidationFailed):
        services.save_record(gao.ws, "incident", data, final=True)

    storage.publish_reference(live_server.engine, mali_list())
    gao.sync()
    region = gao.ws.locations.region("nouvelle_region")
    assert region is not None
    assert region.name == "Nouvelle Région"
    assert gao.ws.locations.cercle("nouvelle_region", "chef_lieu") is not None
    saved = services.save_record(gao.ws, "incident", data, final=True).record
    assert saved.region == "nouvelle_region"

    gao.reopen()
    assert gao.ws.locations.region("nouvelle_region") is not None

    storage.publish_reference(live_server.engine, mali_list("autre_region"))
    gao.sync()
    assert gao.ws.locations.region("autre_region") is not None
    assert gao.ws.locations.region("nouvelle_region") is None


def test_a_definition_the_laptop_refuses_is_skipped_and_asked_for_again(
    live_server, laptops
) -> None:
    gao = laptops("gao-1")
    bad = incident_form(2)
    bad["sections"][0]["fields"].append({"id": "futur", "type": "hologramme"})
    with storage.writing(live_server.engine) as conn:  # as a newer server version could send
        conn.execute(
            definitions.insert().values(
                kind="form",
                key="incident",
                version=2,
                body=json.dumps(bad),
                published_at="2025-01-01T00:00:00+00:00",
                published_by="",
                seq=1,
            )
        )
        conn.execute(meta.update().where(meta.c.key == "definitions_seq").values(value="1"))
    storage.publish_reference(live_server.engine, mali_list())

    gao.sync()
    assert gao.ws.forms["incident"].version == 1  # v2 refused here
    assert gao.ws.locations.region("nouvelle_region") is not None  # the rest was stored
    assert definition_store.get_cursor(gao.ws.db) == 0  # held before the refused one
    with pytest.raises(form_store.NotFound):
        form_store.get_form_version(gao.ws.db, "incident", 2)
    assert gao.sync().requests == 2  # asked for again, until an app update understands it

    with storage.writing(live_server.engine) as conn:  # the server now sends a valid v2
        conn.execute(
            definitions.update()
            .where(definitions.c.seq == 1)
            .values(body=json.dumps(incident_form(2)))
        )
    gao.sync()
    assert gao.ws.forms["incident"].version == 2
    assert definition_store.get_cursor(gao.ws.db) == 2
    assert gao.sync().requests == 1


def test_a_restored_server_sends_its_definitions_again(live_server, laptops) -> None:
    gao = laptops("gao-1")
    storage.publish_form(live_server.engine, incident_form(2))
    gao.sync()
    assert definition_store.get_cursor(gao.ws.db) == 1
    with storage.writing(live_server.engine) as conn:  # an older backup: nothing published
        conn.execute(definitions.delete())
        conn.execute(meta.update().where(meta.c.key == "definitions_seq").values(value="0"))
        conn.execute(meta.update().where(meta.c.key == "server_epoch").values(value="restored0001"))
    gao.sync()
    assert definition_store.get_cursor(gao.ws.db) == 0
    storage.publish_reference(live_server.engine, mali_list())
    gao.sync()
    assert gao.ws.locations.region("nouvelle_region") is not None
    assert gao.ws.forms["incident"].version == 2  # what was received is kept
    with storage.reading(live_server.engine) as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(definitions)).scalar() == 1
