"""Upload chunks sized to the link: big on a fast link, small on 2G, halved after a cut."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from focalpoint.sync.blob_protocol import (
    MIN_UPLOAD_CHUNK_BYTES,
    UPLOAD_CHUNK_BYTES,
    after_cut,
    next_chunk_size,
)

KIB = 1024


def test_a_fast_link_keeps_the_largest_chunk() -> None:
    assert next_chunk_size(UPLOAD_CHUNK_BYTES, 0.02) == UPLOAD_CHUNK_BYTES


def test_a_2g_link_gets_chunks_of_about_ten_seconds() -> None:
    # 256 KiB in 33 s (64 kbit/s): about 78 KiB in 10 s, in steps of 16 KiB
    assert next_chunk_size(256 * KIB, 33.0) == 64 * KIB
    assert next_chunk_size(64 * KIB, 8.6) == 64 * KIB  # and it stays there


def test_a_very_slow_link_still_sends_the_smallest_chunk() -> None:
    assert next_chunk_size(32 * KIB, 60.0) == MIN_UPLOAD_CHUNK_BYTES


def test_nothing_measured_starts_again_from_the_largest() -> None:
    assert next_chunk_size(0, 1.0) == UPLOAD_CHUNK_BYTES
    assert next_chunk_size(1000, 0.0) == UPLOAD_CHUNK_BYTES


def test_a_cut_halves_the_chunk_down_to_the_smallest() -> None:
    assert after_cut(UPLOAD_CHUNK_BYTES) == 128 * KIB
    assert after_cut(64 * KIB) == 32 * KIB
    assert after_cut(MIN_UPLOAD_CHUNK_BYTES) == MIN_UPLOAD_CHUNK_BYTES


@given(st.integers(0, 10 * UPLOAD_CHUNK_BYTES), st.floats(0, 1e6, allow_nan=False))
def test_the_size_is_always_within_bounds_and_in_whole_steps(sent: int, seconds: float) -> None:
    size = next_chunk_size(sent, seconds)
    assert MIN_UPLOAD_CHUNK_BYTES <= size <= UPLOAD_CHUNK_BYTES
    assert size % (16 * KIB) == 0
    assert MIN_UPLOAD_CHUNK_BYTES <= after_cut(size) <= size
