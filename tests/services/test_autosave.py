"""Autosaves keep what is typed, exactly, across a crash, until the record is saved."""

from __future__ import annotations

import uuid

from focalpoint import services
from tests.conftest import activity_data, incident_data


def test_autosave_of_a_new_record_survives_reopening(data_dir) -> None:
    record_id = str(uuid.uuid4())
    typed = activity_data(titre="Atel", date_debut="31/02/2023")  # half-typed, invalid
    ws = services.open_workspace(data_dir)
    services.autosave(ws, "activite", record_id, typed, is_new=True)
    ws.close()  # as after a power cut: nothing else was saved
    ws = services.open_workspace(data_dir)
    try:
        [pending] = services.pending_autosaves(ws)
        assert (pending.record_id, pending.form_id, pending.is_new) == (record_id, "activite", True)
        assert pending.data == typed
        assert list(services.list_records(ws)) == []
    finally:
        ws.close()


def test_saving_the_record_keeps_the_editor_id_and_clears_its_autosave(ws) -> None:
    record_id = str(uuid.uuid4())
    services.autosave(ws, "incident", record_id, incident_data(), is_new=True)
    saved = services.save_record(ws, "incident", incident_data(), record_id=record_id, is_new=True)
    assert saved.record.id == record_id
    assert services.pending_autosaves(ws) == []


def test_autosave_of_an_existing_record_leaves_the_record_as_it_was(ws) -> None:
    record = services.save_record(ws, "incident", incident_data(), final=True).record
    services.autosave(ws, "incident", record.id, incident_data(morts=9), is_new=False)
    assert services.get_record(ws, record.id).data["morts"] == 3
    assert services.pending_autosaves(ws)[0].data["morts"] == 9


def test_discard_forgets_the_autosave(ws) -> None:
    record_id = str(uuid.uuid4())
    services.autosave(ws, "incident", record_id, {"titre": "x"}, is_new=True)
    services.discard_autosave(ws, record_id)
    assert services.pending_autosaves(ws) == []
