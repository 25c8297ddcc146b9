"""Attachments on the real server (SQLite and PostgreSQL): chunked, resumable, hash-checked
uploads; downloads scoped to the token's regions; garbage collection (DESIGN §5 cases 19-21,
25)."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests
import sqlalchemy as sa

from focalpoint.cli import EXIT_OK, main
from focalpoint.server import admin
from focalpoint.server.storage import blobs as blob_storage
from focalpoint.sync.blob_protocol import (
    COMPLETE_HEADER,
    MAX_BLOB_BYTES,
    MAX_CHUNK_BYTES,
    RECEIVED_HEADER,
    SIZE_HEADER,
    blob_path,
)
from focalpoint.sync.protocol import PROTOCOL_HEADER, ErrorBody
from tests.server.conftest import TIMEOUT_S, Api, wire_record

CHUNK = 64 * 1024


def content(size: int, seed: int = 0) -> tuple[bytes, str]:
    data = hashlib.sha256(str(seed).encode()).digest() * (size // 32 + 1)
    data = data[:size]
    return data, hashlib.sha256(data).hexdigest()


def head(api: Api, sha: str) -> requests.Response:
    return api.session.head(api.url + blob_path(sha), timeout=TIMEOUT_S)


def put(api: Api, sha: str, data: bytes, start: int, total: int, **headers: str) -> Any:
    end = start + len(data) - 1
    sent = {"Content-Range": f"bytes {start}-{end}/{total}", **headers}
    return api.session.put(api.url + blob_path(sha), data=data, headers=sent, timeout=TIMEOUT_S)


def get(api: Api, sha: str, **headers: str) -> requests.Response:
    return api.session.get(api.url + blob_path(sha), headers=headers, timeout=TIMEOUT_S)


def upload(api: Api, data: bytes, sha: str, chunk: int = CHUNK) -> requests.Response:
    answer = None
    for start in range(0, len(data), chunk):
        answer = put(api, sha, data[start : start + chunk], start, len(data))
        assert answer.status_code == 200, answer.text
    assert answer is not None
    return answer


def attachment(sha: str, size: int, name: str = "photo.jpg") -> dict[str, Any]:
    return {"sha256": sha, "name": name, "size": size, "mime": "image/jpeg"}


def record_with(region: str, *files: dict[str, Any]) -> dict[str, Any]:
    record = wire_record(region)
    record["data"]["pieces_jointes"] = list(files)
    return record


def error(answer: requests.Response, status: int, code: str) -> ErrorBody:
    assert answer.status_code == status, answer.text
    assert answer.headers.get(PROTOCOL_HEADER) == "1"
    body = ErrorBody.model_validate(answer.json())
    assert body.code == code
    return body


def count(live_server: Any, table: str) -> int:
    with live_server.engine.connect() as conn:
        query = sa.select(sa.func.count()).select_from(sa.table(table))
        return conn.execute(query).scalar_one()


def test_a_file_goes_up_in_chunks_and_head_follows_it(connect) -> None:
    gao = connect("gao-1")
    data, sha = content(5 * CHUNK + 123)
    unknown = head(gao, sha)
    assert unknown.status_code == 404
    assert unknown.headers[RECEIVED_HEADER] == "0"
    assert unknown.headers[PROTOCOL_HEADER] == "1"
    for start in range(0, 3 * CHUNK, CHUNK):
        answer = put(gao, sha, data[start : start + CHUNK], start, len(data))
        assert answer.status_code == 200, answer.text
        assert answer.json() == {
            "sha256": sha,
            "received": start + CHUNK,
            "size": len(data),
            "complete": False,
        }
    state = head(gao, sha)
    assert state.status_code == 200
    assert state.headers[RECEIVED_HEADER] == str(3 * CHUNK)
    assert state.headers[COMPLETE_HEADER] == "0"
    assert state.headers[SIZE_HEADER] == str(len(data))
    last = put(gao, sha, data[3 * CHUNK :], 3 * CHUNK, len(data))
    assert last.status_code == 200, last.text
    assert last.json()["complete"] is True
    assert head(gao, sha).headers[COMPLETE_HEADER] == "1"

    gao.push([record_with("gao", attachment(sha, len(data)))])
    down = get(gao, sha, **{"Accept-Encoding": "identity"})
    assert down.status_code == 200
    assert down.content == data
    assert down.headers[PROTOCOL_HEADER] == "1"
    resumed = get(gao, sha, Range=f"bytes={CHUNK + 7}-")
    assert resumed.status_code == 206
    assert resumed.content == data[CHUNK + 7 :]
    assert resumed.headers["Content-Range"] == f"bytes {CHUNK + 7}-{len(data) - 1}/{len(data)}"


def test_a_chunk_at_the_wrong_offset_says_where_to_resume(connect) -> None:
    gao = connect("gao-1")
    data, sha = content(4 * CHUNK)
    assert put(gao, sha, data[:CHUNK], 0, len(data)).status_code == 200
    for wrong in (0, 2 * CHUNK):  # a replayed chunk, then one that skips ahead
        answer = put(gao, sha, data[wrong : wrong + CHUNK], wrong, len(data))
        body = error(answer, 409, "blob_offset_mismatch")
        assert body.details == {"received": CHUNK}
        assert answer.headers[RECEIVED_HEADER] == str(CHUNK)
    upload_rest = [put(gao, sha, data[s : s + CHUNK], s, len(data)) for s in (CHUNK, 2 * CHUNK)]
    assert [a.status_code for a in upload_rest] == [200, 200]
    assert head(gao, sha).headers[RECEIVED_HEADER] == str(3 * CHUNK)


def test_a_content_that_does_not_match_its_hash_is_refused_and_discarded(
    connect, live_server
) -> None:
    gao = connect("gao-1")
    data, sha = content(2 * CHUNK)
    assert put(gao, sha, data[:CHUNK], 0, len(data)).status_code == 200
    tampered = bytes([data[CHUNK] ^ 1]) + data[CHUNK + 1 :]
    error(put(gao, sha, tampered, CHUNK, len(data)), 422, "blob_hash_mismatch")
    assert head(gao, sha).status_code == 404  # discarded: a new upload starts from 0
    assert count(live_server, "blob_chunks") == 0
    upload(gao, data, sha)
    assert head(gao, sha).headers[COMPLETE_HEADER] == "1"


def test_the_same_file_sent_twice_is_stored_once_without_a_409(connect, live_server) -> None:
    gao, other = connect("gao-1"), connect("gao-2")
    data, sha = content(3 * CHUNK)
    upload(gao, data, sha)
    chunks = count(live_server, "blob_chunks")
    for api in (gao, other):
        for start in range(0, len(data), CHUNK):
            answer = put(api, sha, data[start : start + CHUNK], start, len(data))
            assert answer.status_code == 200, answer.text
            assert answer.json()["complete"] is True
    assert count(live_server, "blobs") == 1
    assert count(live_server, "blob_chunks") == chunks == 3


def test_an_empty_file_is_a_blob_too(connect) -> None:
    gao = connect("gao-1")
    sha = hashlib.sha256(b"").hexdigest()
    answer = gao.session.put(
        gao.url + blob_path(sha), data=b"", headers={"Content-Range": "bytes */0"}, timeout=5
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["complete"] is True


@pytest.mark.parametrize(
    ("path_sha", "content_range", "body", "status", "code"),
    [
        ("ABC", "bytes 0-3/4", b"abcd", 400, "bad_sha256"),
        ("F" * 64, "bytes 0-3/4", b"abcd", 400, "bad_sha256"),
        (None, None, b"abcd", 400, "bad_content_range"),
        (None, "bytes=0-3/4", b"abcd", 400, "bad_content_range"),
        (None, "bytes 0-3/*", b"abcd", 400, "bad_content_range"),
        (None, "bytes -1-3/4", b"abcd", 400, "bad_content_range"),
        (None, "bytes 0-99999999999999999999/4", b"abcd", 400, "bad_content_range"),
        (None, "bytes 0-4/4", b"abcde", 416, "range_invalid"),
        (None, "bytes 8-11/4", b"abcd", 416, "range_invalid"),
        (None, "bytes 3-0/4", b"abcd", 416, "range_invalid"),
        (None, "bytes */4", b"", 416, "range_invalid"),
        (None, "bytes 0-3/5", b"abc", 400, "body_length_mismatch"),
        (None, "bytes 0-3/5", b"abcdefgh", 400, "body_length_mismatch"),
        (None, f"bytes 0-3/{MAX_BLOB_BYTES + 1}", b"abcd", 413, "blob_too_large"),
        (None, f"bytes 0-{MAX_CHUNK_BYTES}/{MAX_BLOB_BYTES}", b"x", 413, "chunk_too_large"),
    ],
)
def test_bad_uploads_get_a_clear_4xx(
    connect, path_sha: str | None, content_range: str | None, body: bytes, status: int, code: str
) -> None:
    gao = connect("gao-1")
    sha = path_sha or hashlib.sha256(b"abcd").hexdigest()
    headers = {} if content_range is None else {"Content-Range": content_range}
    answer = gao.session.put(gao.url + blob_path(sha), data=body, headers=headers, timeout=5)
    error(answer, status, code)


def test_a_chunk_over_the_body_limit_is_refused_before_it_is_read(connect) -> None:
    gao = connect("gao-1")
    data = os.urandom(3 * 1024 * 1024)
    answer = put(gao, hashlib.sha256(data).hexdigest(), data, 0, len(data))
    assert answer.status_code == 413
    assert answer.headers[PROTOCOL_HEADER] == "1"


def test_every_blob_route_needs_a_valid_token(connect, live_server) -> None:
    data, sha = content(10)
    anonymous = Api(live_server.url, None)
    try:
        error(put(anonymous, sha, data, 0, len(data)), 401, "auth_required")
        error(get(anonymous, sha), 401, "auth_required")
        answer = head(anonymous, sha)
        assert answer.status_code == 401
        assert answer.headers[PROTOCOL_HEADER] == "1"
    finally:
        anonymous.close()
    gao = connect("gao-1")
    admin.revoke_device(live_server.db_url, "gao-1")
    error(put(gao, sha, data, 0, len(data)), 403, "token_revoked")


def test_gao_cannot_download_a_file_only_mopti_records_use(connect) -> None:
    gao, mopti = connect("gao-1"), connect("mopti-1", regions=("mopti",))
    secretariat = connect("bamako", "secretariat", ())
    data, sha = content(2 * CHUNK + 5, seed=7)
    upload(mopti, data, sha)
    mopti.push([record_with("mopti", attachment(sha, len(data)))])
    assert get(mopti, sha).content == data
    assert get(secretariat, sha).content == data
    error(get(gao, sha), 404, "blob_not_found")
    assert head(gao, sha).headers[COMPLETE_HEADER] == "1"  # knowing the hash is not reading
    gao_record = record_with("gao", attachment(sha, len(data)))
    gao.push([gao_record])  # once a Gao record uses the same file, Gao may read it
    assert get(gao, sha).content == data
    gao.push([{**gao_record, "data": {"titre": "sans pièce jointe"}, "base_version": 1}])
    error(get(gao, sha), 404, "blob_not_found")  # the edit dropped the attachment
    error(get(gao, "0" * 64), 404, "blob_not_found")


def test_a_deleted_record_no_longer_opens_its_file(connect) -> None:
    gao = connect("gao-1")
    data, sha = content(100)
    upload(gao, data, sha)
    record = record_with("gao", attachment(sha, len(data)))
    gao.push([record])
    assert get(gao, sha).status_code == 200
    gao.push([{**record, "deleted": True, "base_version": 1}])
    error(get(gao, sha), 404, "blob_not_found")


def test_a_file_still_uploading_cannot_be_downloaded_yet(connect) -> None:
    gao, other = connect("gao-1"), connect("gao-2")
    data, sha = content(3 * CHUNK)
    put(gao, sha, data[:CHUNK], 0, len(data))
    gao.push([record_with("gao", attachment(sha, len(data)))])
    answer = get(other, sha)
    error(answer, 409, "blob_incomplete")
    assert answer.headers[RECEIVED_HEADER] == str(CHUNK)
    error(get(other, sha, Range="bytes=999999-"), 409, "blob_incomplete")
    for start in range(CHUNK, len(data), CHUNK):
        assert put(gao, sha, data[start : start + CHUNK], start, len(data)).status_code == 200
    assert get(other, sha).content == data
    error(get(other, sha, Range=f"bytes={len(data)}-"), 416, "range_invalid")


def test_records_stored_before_0002_get_their_references(server_db) -> None:
    from alembic import command
    from alembic.config import Config

    from focalpoint.server import storage
    from focalpoint.server.storage.engine import MIGRATIONS

    engine = storage.make_engine(server_db.url)
    try:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.set_main_option("path_separator", "os")
        with storage.writing(engine) as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0001")
        sha_a, sha_b = "a" * 64, "b" * 64
        data = {"pieces_jointes": [attachment(sha_a, 1)], "p": [{"f": [attachment(sha_b, 2)]}]}
        with storage.writing(engine) as conn:
            conn.execute(
                sa.text(
                    "insert into devices (name, token_hash, role, regions, created_at) "
                    "values ('d', :h, 'focal_point', '[\"gao\"]', 'now')"
                ),
                {"h": "0" * 64},
            )
            for number, (deleted, payload) in enumerate([(False, data), (True, data)]):
                conn.execute(
                    sa.text(
                        "insert into records (id, form_id, form_version, region, status, data, "
                        "deleted, version, seq, author, created_at, updated_at, device_id) "
                        "values (:id, 'incident', 1, 'gao', 'final', :data, :deleted, 1, :seq, "
                        "'', '', '', 1)"
                    ),
                    {
                        "id": f"r{number}",
                        "data": json.dumps(payload),
                        "deleted": deleted,
                        "seq": number + 1,
                    },
                )
        storage.migrate(engine)
        with engine.connect() as conn:
            refs = conn.execute(
                sa.text("select record_id, sha256, region from blob_refs order by sha256")
            ).all()
        assert [tuple(row) for row in refs] == [("r0", sha_a, "gao"), ("r0", sha_b, "gao")]
    finally:
        engine.dispose()


def test_gc_removes_old_unfinished_uploads_and_unused_files(connect, live_server, capsys) -> None:
    gao = connect("gao-1")
    used, used_sha = content(2 * CHUNK, seed=1)
    unused, unused_sha = content(CHUNK, seed=2)
    partial, partial_sha = content(3 * CHUNK, seed=3)
    fresh, fresh_sha = content(CHUNK, seed=4)
    upload(gao, used, used_sha)
    upload(gao, unused, unused_sha)
    put(gao, partial_sha, partial[:CHUNK], 0, len(partial))
    gao.push([record_with("gao", attachment(used_sha, len(used)))])

    nothing = blob_storage.collect_garbage(live_server.engine)  # all younger than 7 days
    assert (nothing.incomplete, nothing.unreferenced, nothing.batches) == ((), (), 0)

    later = datetime.now(UTC) + timedelta(days=8)
    report = blob_storage.collect_garbage(live_server.engine, now=later)
    assert report.incomplete == (partial_sha,)
    assert report.unreferenced == (unused_sha,)
    assert report.freed_bytes == CHUNK + CHUNK
    assert report.batches == 1
    assert count(live_server, "batches") == 0
    assert head(gao, partial_sha).status_code == 404
    assert head(gao, unused_sha).status_code == 404
    assert get(gao, used_sha).content == used

    upload(gao, fresh, fresh_sha)  # the admin command: nothing is old enough yet...
    code = main(["server", "gc", "--db", live_server.db_url])
    out = capsys.readouterr().out
    assert code == EXIT_OK
    assert fresh_sha not in out
    assert "0 envoi(s) abandonné(s)" in out
    code = main(["server", "gc", "--db", live_server.db_url, "--days", "0"])
    out = capsys.readouterr().out
    assert code == EXIT_OK
    assert f"unreferenced\t{fresh_sha}" in out  # ...until --days 0
    assert head(gao, fresh_sha).status_code == 404
    assert get(gao, used_sha).status_code == 200


def test_gc_keeps_a_file_a_kept_conflict_copy_uses(connect, live_server) -> None:
    gao, other = connect("gao-1"), connect("gao-2")
    data, sha = content(CHUNK, seed=9)
    record = wire_record("gao")
    gao.push([record])
    upload(other, data, sha)
    stale = {**record, "data": {"titre": "x", "pieces_jointes": [attachment(sha, len(data))]}}
    gao.push([{**record, "data": {"titre": "gagnant"}, "base_version": 1}])
    answer = other.push([{**stale, "base_version": 1}])
    assert answer["conflicts"], answer
    later = datetime.now(UTC) + timedelta(days=30)
    report = blob_storage.collect_garbage(live_server.engine, now=later)
    assert report.unreferenced == ()
    assert head(gao, sha).headers[COMPLETE_HEADER] == "1"
