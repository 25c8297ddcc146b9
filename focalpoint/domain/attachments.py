"""Finding the attachments a record's data refers to (the laptop and the server both need it).

An attachment value is ``{"sha256": …, "name": …, "size": …, "mime": …}``; an attachment field
holds a list of them, possibly inside a repeat. The walk is generic (any object with a
``sha256`` key holding 64 lowercase hex digits), so it needs no form definition and keeps
working for forms it has never seen.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

SHA256_PATTERN = re.compile(r"[0-9a-f]{64}")
MAX_DEPTH = 64  # deeper data is not a form's: stop there rather than recurse without end


def is_sha256(value: object) -> bool:
    """Whether ``value`` is a SHA-256 hex digest as attachments carry it (lowercase)."""
    return isinstance(value, str) and SHA256_PATTERN.fullmatch(value) is not None


def attachment_values(data: Any) -> Iterator[dict[str, Any]]:
    """Every attachment value (a dict with a valid ``sha256``) found in ``data``, in order."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            continue
        if isinstance(value, dict):
            if is_sha256(value.get("sha256")):
                yield value
                continue
            stack.extend((item, depth + 1) for item in reversed(list(value.values())))
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in reversed(value))


def attachment_hashes(data: Any) -> set[str]:
    """The SHA-256 digests of every attachment ``data`` refers to."""
    return {value["sha256"] for value in attachment_values(data)}
