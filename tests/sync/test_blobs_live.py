"""Attachments between laptops through the real server on 127.0.0.1 (DESIGN §5 cases 19-21):
uploads before the push, resumed after a cut; records flagged while their files wait;
downloads after the pull, hash verified; a 10 MB photo over a dropping, throttled link."""

from __future__ import annotations

import contextlib
import hashlib
import os
import socket
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from focalpoint import services
from focalpoint.domain.errors import SyncError
from focalpoint.store import blobs
from focalpoint.store.datadir import DataDir
from focalpoint.sync import blobs as blob_sync
from focalpoint.sync.blob_protocol import FIRST_UPLOAD_CHUNK_BYTES, UPLOAD_CHUNK_BYTES
from focalpoint.sync.client import SyncClient
from focalpoint.sync.engine import run_sync
from tests.conftest import incident_data


@pytest.fixture(autouse=True)
def quick_resume(monkeypatch: pytest.MonkeyPatch) -> None:
    """No pause between resume attempts within a sync (the tests count, they do not wait)."""
    monkeypatch.setattr(blob_sync, "RESUME_PAUSE_S", 0.0)


class CountingClient(SyncClient):
    """The real client, counting the blob bytes it sends; ``fail_put`` decides (by the number
    of the PUT, from 1) which PUTs fail as a cut link would, before anything is sent."""

    def __init__(self, *args: Any, fail_put: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fail_put = fail_put or (lambda _n: False)
        self.puts = 0
        self.put_bytes = 0
        self.heads = 0
        self.gets = 0

    def blob_state(self, sha256: str) -> Any:
        self.heads += 1
        return super().blob_state(sha256)

    def put_blob_chunk(self, sha256: str, start: int, data: bytes, total: int) -> Any:
        self.puts += 1
        if self.fail_put(self.puts):
            raise SyncError("network", "ConnectionError")
        self.put_bytes += len(data)
        return super().put_blob_chunk(sha256, start, data, total)

    def open_blob(self, sha256: str, start: int = 0) -> Any:
        self.gets += 1
        return super().open_blob(sha256, start)


class Laptop:
    """A laptop with its data folder (database and attachment store), enrolled."""

    def __init__(self, root: Path, server: Any, name: str, regions: list[str], **client: Any):
        self.ws = services.open_workspace(DataDir(root / name))
        self.token = server.add_device(name, "focal_point", regions)
        services.enroll(self.ws, server.url, self.token)
        self.client = CountingClient(server.url, self.token, retries=0, **client)

    def stored(self, sha: str) -> bytes:
        """The content of ``sha`` in this laptop's attachment store (b"": not held)."""
        return blobs.read_blob(self.ws.db, sha)

    def add_with_file(self, path: Path, **overrides: Any) -> tuple[str, str]:
        attachment = services.attach_file(self.ws, path)
        data = incident_data(pieces_jointes=[attachment.as_value()], **overrides)
        record = services.save_record(self.ws, "incident", data, final=True).record
        return record.id, attachment.sha256

    def sync(self, client: SyncClient | None = None) -> Any:
        return run_sync(self.ws.db, client or self.client, attachments=True)

    def close(self) -> None:
        self.client.close()
        self.ws.close()


@pytest.fixture
def laptops(live_server: Any, tmp_path: Path) -> Any:
    made: list[Laptop] = []

    def make(name: str, regions: list[str] | None = None, **client: Any) -> Laptop:
        laptop = Laptop(tmp_path, live_server, name, regions or ["gao"], **client)
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.close()


def photo(tmp_path: Path, size: int, name: str = "photo.jpg") -> Path:
    path = tmp_path / name
    path.write_bytes(os.urandom(size))
    return path


def server_state(live_server: Any, sha: str) -> tuple[int, bool] | None:
    from focalpoint.server.storage.blobs import blob_state

    state = blob_state(live_server.engine, sha)
    return None if state is None else (state.received, state.complete)


def test_a_photo_goes_up_before_its_record_and_comes_down_on_the_other_laptop(
    laptops, live_server, tmp_path
) -> None:
    gao1, gao2 = laptops("gao-1"), laptops("gao-2")
    source = photo(tmp_path, 3 * UPLOAD_CHUNK_BYTES + 1000)
    record_id, sha = gao1.add_with_file(source)
    assert blobs.attachments_waiting(gao1.ws.db) == {record_id: [sha]}
    report = gao1.sync()
    assert (report.pushed, report.attachments_sent, report.attachments_waiting) == (1, 1, 0)
    assert gao1.client.put_bytes == source.stat().st_size
    assert server_state(live_server, sha) == (source.stat().st_size, True)
    assert blobs.attachments_waiting(gao1.ws.db) == {}
    assert blobs.is_complete(gao1.ws.db, record_id)

    report = gao2.sync()
    assert (report.pulled, report.attachments_received) == (1, 1)
    assert gao2.stored(sha) == source.read_bytes()
    assert hashlib.sha256(gao2.stored(sha)).hexdigest() == sha
    assert blobs.is_complete(gao2.ws.db, record_id)
    assert blobs.blobs_to_download(gao2.ws.db) == []
    assert blobs.partial_size(gao2.ws.db, sha) == 0


def test_a_sync_with_every_file_in_place_is_still_one_request(laptops, tmp_path) -> None:
    gao1, gao2 = laptops("gao-1"), laptops("gao-2")
    gao1.add_with_file(photo(tmp_path, 1000))
    gao1.sync()
    gao2.sync()
    for laptop in (gao1, gao2):
        heads, gets = laptop.client.heads, laptop.client.gets
        assert laptop.sync().requests == 1
        assert (laptop.client.heads, laptop.client.gets) == (heads, gets)


def test_a_cut_upload_resumes_at_the_next_sync_sending_only_the_rest(
    laptops, live_server, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(blob_sync, "RESUME_ATTEMPTS", 0)  # the link stays down for this sync
    chunks = 8
    gao = laptops("gao-1", fail_put=lambda n: n == 4)  # the 4th PUT: the link goes down
    source = photo(tmp_path, chunks * UPLOAD_CHUNK_BYTES)
    record_id, sha = gao.add_with_file(source)

    first = gao.sync()
    assert first.pushed == 1  # the record is sent all the same (case 20)...
    assert first.attachments_waiting == 1
    assert blobs.attachments_waiting(gao.ws.db) == {record_id: [sha]}  # ...flagged incomplete
    assert not blobs.is_complete(gao.ws.db, record_id)
    # three PUTs got through: the first chunk, then two of the most (a fast link)
    three_puts = FIRST_UPLOAD_CHUNK_BYTES + 2 * UPLOAD_CHUNK_BYTES
    assert server_state(live_server, sha) == (three_puts, False)
    assert gao.client.put_bytes == three_puts

    second = gao.sync()
    assert (second.pushed, second.attachments_sent, second.attachments_waiting) == (0, 1, 0)
    assert gao.client.put_bytes == chunks * UPLOAD_CHUNK_BYTES  # nothing was sent twice
    assert server_state(live_server, sha) == (chunks * UPLOAD_CHUNK_BYTES, True)
    assert blobs.attachments_waiting(gao.ws.db) == {}
    assert blobs.is_complete(gao.ws.db, record_id)


def test_every_third_put_failing_still_completes_in_one_sync(laptops, live_server, tmp_path):
    gao = laptops("gao-1", fail_put=lambda n: n % 3 == 0)
    source = photo(tmp_path, 5 * UPLOAD_CHUNK_BYTES + 17)
    _record_id, sha = gao.add_with_file(source)
    report = gao.sync()
    assert (report.attachments_sent, report.attachments_waiting) == (1, 0)
    assert gao.client.put_bytes == source.stat().st_size
    assert server_state(live_server, sha) == (source.stat().st_size, True)


def test_the_same_photo_on_two_records_and_two_laptops_is_sent_once(
    laptops, live_server, tmp_path
) -> None:
    gao1, gao2 = laptops("gao-1"), laptops("gao-2")
    source = photo(tmp_path, 2 * UPLOAD_CHUNK_BYTES)
    _a, sha = gao1.add_with_file(source)
    _b, same = gao1.add_with_file(source, titre="Le même document")
    assert same == sha
    gao1.sync()
    assert gao1.client.put_bytes == source.stat().st_size
    _c, _again = gao2.add_with_file(source, titre="Reçu aussi à Gao 2")
    report = gao2.sync()
    assert report.attachments_sent == 1  # the server already had it: a HEAD, no PUT, no 409
    assert gao2.client.put_bytes == 0
    assert blobs.attachments_waiting(gao2.ws.db) == {}
    with live_server.engine.connect() as conn:
        import sqlalchemy as sa

        assert conn.execute(sa.text("select count(*) from blobs")).scalar() == 1


def test_a_file_the_server_cannot_give_yet_is_fetched_once_it_can(
    laptops, live_server, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(blob_sync, "RESUME_ATTEMPTS", 0)
    gao1 = laptops("gao-1", fail_put=lambda n: n == 2)
    gao2 = laptops("gao-2")
    record_id, sha = gao1.add_with_file(photo(tmp_path, 3 * UPLOAD_CHUNK_BYTES))
    gao1.sync()  # record sent, photo half sent
    report = gao2.sync()
    assert (report.pulled, report.attachments_received, report.attachments_waiting) == (1, 0, 1)
    assert not blobs.is_complete(gao2.ws.db, record_id)
    gao1.sync()
    report = gao2.sync()
    assert report.attachments_received == 1
    assert hashlib.sha256(gao2.stored(sha)).hexdigest() == sha


def test_a_download_that_does_not_match_its_hash_is_not_kept(
    laptops, tmp_path, monkeypatch
) -> None:
    gao1, gao2 = laptops("gao-1"), laptops("gao-2")
    _record_id, sha = gao1.add_with_file(photo(tmp_path, 5000))
    gao1.sync()
    real = SyncClient.blob_chunks

    def corrupted(self: SyncClient, answer: Any, chunk_size: int = 65536) -> Any:
        for chunk in real(self, answer, chunk_size):
            yield bytes([chunk[0] ^ 0xFF]) + chunk[1:]

    monkeypatch.setattr(SyncClient, "blob_chunks", corrupted)
    report = gao2.sync()
    assert (report.attachments_received, report.attachments_waiting) == (0, 1)
    assert not blobs.has_content(gao2.ws.db, sha)
    assert blobs.blobs_to_download(gao2.ws.db) == [(sha, "image/jpeg")]
    monkeypatch.setattr(SyncClient, "blob_chunks", real)
    assert gao2.sync().attachments_received == 1


def test_mopti_never_receives_gao_photos(laptops, tmp_path) -> None:
    gao, mopti = laptops("gao-1"), laptops("mopti-1", ["mopti"])
    gao.add_with_file(photo(tmp_path, 100))
    gao.sync()
    report = mopti.sync()
    assert (report.pulled, report.attachments_received, mopti.client.gets) == (0, 0, 0)


# ----------------------------------------------------------------------------- a bad link


class DroppingProxy:
    """A TCP proxy on loopback: at most ``rate`` bytes a second each way, and every connection
    cut after ``cut_after`` bytes went through it (either way: a modem losing its link)."""

    def __init__(self, upstream: tuple[str, int], *, cut_after: int, rate: int) -> None:
        self.upstream, self.cut_after, self.rate = upstream, cut_after, rate
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.cuts = 0
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.upstream)
            budget = [self.cut_after]
            for src, dst in ((client, server), (server, client)):
                args = (src, dst, budget, client, server)
                threading.Thread(target=self._pump, args=args, daemon=True).start()

    def _pump(
        self, src: socket.socket, dst: socket.socket, budget: list[int], *pair: socket.socket
    ) -> None:
        try:
            while data := src.recv(32768):
                with self.lock:
                    allowed = min(len(data), budget[0])
                    budget[0] -= allowed
                    cut = allowed < len(data) or budget[0] == 0
                    self.cuts += int(cut and budget[0] == 0 and allowed > 0)
                dst.sendall(data[:allowed])
                if cut:
                    break
                time.sleep(len(data) / self.rate)
        except OSError:
            pass
        for sock in pair:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def close(self) -> None:
        self.listener.close()


def test_a_10_mb_photo_over_a_dropping_throttled_link(laptops, live_server, tmp_path) -> None:
    """DESIGN §5 case 19: ranged resume, hash verified, both ways, in a few syncs."""
    host, port = live_server.url.removeprefix("http://").split(":")
    size = 10 * 1024 * 1024
    cut_after = 3 * 1024 * 1024 + 12345  # each connection dies after ~3 MB
    proxy = DroppingProxy((host, int(port)), cut_after=cut_after, rate=20 * 1024 * 1024)
    try:
        gao1, gao2 = laptops("gao-1"), laptops("gao-2")
        source = photo(tmp_path, size)
        record_id, sha = gao1.add_with_file(source)
        slow1 = CountingClient(proxy.url, gao1.token, retries=0, stall_timeout=5)
        slow2 = CountingClient(proxy.url, gao2.token, retries=0, stall_timeout=5)
        syncs = 0
        while blobs.attachments_waiting(gao1.ws.db) and syncs < 6:
            syncs += 1
            with contextlib.suppress(SyncError):  # the push may meet a cut: the next goes on
                gao1.sync(slow1)
        assert blobs.attachments_waiting(gao1.ws.db) == {}
        assert server_state(live_server, sha) == (size, True)
        assert proxy.cuts >= 3
        # Resumed, not restarted: at most one chunk per cut was sent again.
        assert slow1.put_bytes <= size + proxy.cuts * UPLOAD_CHUNK_BYTES

        syncs = 0
        while not blobs.has_content(gao2.ws.db, sha) and syncs < 8:
            syncs += 1
            with contextlib.suppress(SyncError):
                gao2.sync(slow2)
        assert blobs.is_complete(gao2.ws.db, record_id)
        assert syncs > 1  # the download was cut too, and resumed
        assert hashlib.sha256(gao2.stored(sha)).hexdigest() == sha
        slow1.close()
        slow2.close()
    finally:
        proxy.close()


def test_what_waits_follows_the_records_and_a_restored_server(tmp_path) -> None:
    from focalpoint.store import sync_state

    ws = services.open_workspace(DataDir(tmp_path / "fp"))
    try:
        attachment = services.attach_file(ws, photo(tmp_path, 10))
        data = incident_data(pieces_jointes=[attachment.as_value()])
        record = services.save_record(ws, "incident", data, final=True).record
        waiting = [blobs.LocalBlob(attachment.sha256, 10)]
        assert blobs.blobs_to_upload(ws.db) == waiting
        blobs.mark_uploaded(ws.db, attachment.sha256)
        assert blobs.blobs_to_upload(ws.db) == []
        assert blobs.is_complete(ws.db, record.id)
        sync_state.reset_for_new_epoch(ws.db, "restored")  # the server lost what came after
        assert blobs.blobs_to_upload(ws.db) == waiting
        assert blobs.attachments_waiting(ws.db) == {record.id: [attachment.sha256]}
        services.save_record(ws, "incident", incident_data(), record_id=record.id, final=True)
        assert blobs.blobs_to_upload(ws.db) == []  # the edit dropped the file: nothing to send
        assert blobs.attachments_waiting(ws.db) == {}
    finally:
        ws.close()


def test_records_reach_the_server_before_their_attachments(laptops, live_server, tmp_path) -> None:
    """On a slow link the incident itself (a few KB) must not wait behind its photos (MBs):
    the push goes first, the uploads after it."""
    from focalpoint.server.storage.schema import records as server_records

    seen_at_first_put: list[int] = []

    def record_count_then_go_on(n: int) -> bool:
        if n == 1:
            with live_server.engine.connect() as conn:
                count = conn.execute(sa.select(sa.func.count()).select_from(server_records))
                seen_at_first_put.append(count.scalar_one())
        return False

    gao = laptops("gao-1", fail_put=record_count_then_go_on)
    gao.add_with_file(photo(tmp_path, 2 * UPLOAD_CHUNK_BYTES))
    report = gao.sync()
    assert (report.pushed, report.attachments_sent) == (1, 1)
    assert seen_at_first_put == [1]  # the record was on the server before the first chunk
