"""Saving records through the services: drafts never lose typing, finals must be valid."""

from __future__ import annotations

import copy
import json

import pytest

from focalpoint import services
from focalpoint.domain.errors import NotFound, UsageError, ValidationFailed
from focalpoint.store.forms import default_forms_dir
from tests.conftest import activity_data, incident_data


def test_final_record_is_prepared_computed_and_located(ws) -> None:
    result = services.save_record(ws, "activite", activity_data(), final=True)
    record = result.record
    assert (record.status, record.region, record.form_version) == ("final", "gao", 1)
    assert record.title == "Atelier de formation des moniteurs NEWS"
    assert record.record_date == "2023-05-22"
    assert [p["jeune"] for p in record.data["participants"]] == [True, False, True]
    assert record.data["participants"][0]["telephone"] == "+22376123456"
    assert result.changes.records == {record.id}


def test_invalid_final_raises_and_writes_nothing(ws) -> None:
    with pytest.raises(ValidationFailed) as caught:
        services.save_record(ws, "incident", incident_data(morts="beaucoup"), final=True)
    assert [p.code for p in caught.value.problems] == ["not_an_integer"]
    assert list(services.list_records(ws)) == []


def test_draft_keeps_what_was_typed_even_when_invalid(ws) -> None:
    typed = incident_data(morts="beaucoup", date_incident="31/02/2023")
    result = services.save_record(ws, "incident", typed)
    assert result.record.status == "draft"
    assert {p.code for p in result.problems} == {"not_an_integer", "invalid_date"}
    stored = services.get_record(ws, result.record.id).data
    assert (stored["morts"], stored["date_incident"]) == ("beaucoup", "31/02/2023")


def test_finalising_a_draft_keeps_its_id(ws) -> None:
    draft = services.save_record(ws, "incident", incident_data(titre="ab")).record
    final = services.save_record(
        ws, "incident", incident_data(), record_id=draft.id, final=True
    ).record
    assert final.id == draft.id
    assert final.local_rev == 2


def test_unknown_form_is_a_usage_error(ws) -> None:
    with pytest.raises(UsageError):
        services.save_record(ws, "recensement", {})


def test_editing_unknown_record_is_not_found(ws) -> None:
    with pytest.raises(NotFound):
        services.save_record(ws, "incident", incident_data(), record_id="nope")


def test_delete_then_list(ws) -> None:
    record = services.save_record(ws, "incident", incident_data(), final=True).record
    services.delete_record(ws, record.id)
    assert list(services.list_records(ws)) == []


def test_record_of_an_older_form_version_stays_readable_and_editable(data_dir, tmp_path) -> None:
    ws = services.open_workspace(data_dir)
    old = services.save_record(ws, "incident", incident_data(), final=True).record
    ws.close()
    # A new version of the incident form renames a choice and adds a required field.
    forms_dir = tmp_path / "forms_v2"
    forms_dir.mkdir()
    for path in default_forms_dir().glob("*.json"):
        (forms_dir / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    definition = json.loads((forms_dir / "incident.json").read_text(encoding="utf-8"))
    v2 = copy.deepcopy(definition)
    v2["version"] = 2
    v2["sections"][0]["fields"].append(
        {
            "id": "verifie_par",
            "type": "text",
            "label": {"fr": "Vérifié par", "en": "Checked by"},
            "required": True,
        }
    )
    (forms_dir / "incident.json").write_text(json.dumps(v2, ensure_ascii=False), encoding="utf-8")
    ws2 = services.open_workspace(data_dir, forms_dir=forms_dir)
    try:
        assert ws2.forms["incident"].version == 2
        record = services.get_record(ws2, old.id)
        assert services.form_of(ws2, record).version == 1
        edited = services.save_record(
            ws2, "incident", {**record.data, "morts": 4}, record_id=old.id, final=True
        ).record
        assert (edited.form_version, edited.data["morts"]) == (1, 4)
        with pytest.raises(ValidationFailed):
            services.save_record(ws2, "incident", incident_data(), final=True)
    finally:
        ws2.close()


def test_author_setting(ws) -> None:
    services.set_setting(ws, "author", "pf-gao")
    record = services.save_record(ws, "incident", incident_data()).record
    assert record.author == "pf-gao"


def test_attach_file_gives_a_valid_attachment_value(ws, tmp_path) -> None:
    scan = tmp_path / "liste.png"
    scan.write_bytes(b"\x89PNG fake")
    att = services.attach_file(ws, scan).as_value()
    record = services.save_record(
        ws, "activite", activity_data(feuille_signee=[att]), final=True
    ).record
    assert record.data["feuille_signee"][0]["sha256"] == att["sha256"]


def test_a_record_whose_file_is_not_on_the_server_is_listed_as_incomplete(ws, tmp_path) -> None:
    from focalpoint.store import blobs

    scan = tmp_path / "liste.png"
    scan.write_bytes(b"\x89PNG fake")
    att = services.attach_file(ws, scan).as_value()
    with_file = services.save_record(
        ws, "activite", activity_data(feuille_signee=[att]), final=True
    ).record
    without = services.save_record(ws, "activite", activity_data(), final=True).record
    waiting = {s.id: s.files_waiting for s in services.list_summaries(ws, form_id="activite")}
    assert waiting == {with_file.id: True, without.id: False}
    blobs.mark_uploaded(ws.db, att["sha256"])
    assert not any(s.files_waiting for s in services.list_summaries(ws, form_id="activite"))


def test_a_report_copy_goes_where_asked_or_says_why_not(ws, tmp_path) -> None:
    source = tmp_path / "bulletin.pdf"
    source.write_bytes(b"%PDF-1.4 test")
    assert services.save_report_copy(source, tmp_path / "copie.pdf").read_bytes() == (
        b"%PDF-1.4 test"
    )
    with pytest.raises(UsageError) as refused:
        services.save_report_copy(source, tmp_path / "absent" / "copie.pdf")
    assert refused.value.params["reason_code"] == "folder_missing"
    assert not (tmp_path / "absent").exists()
