"""``Refused``: what the desk's storage functions raise for a request the server turns down
(the app's handler in ``server/errors.py`` answers it as an ``ErrorBody``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class Refused(Exception):
    """A refusal with its HTTP status, stable ``code``, English message and details."""

    def __init__(
        self, status: int, code: str, message: str = "", details: Mapping[str, Any] | None = None
    ) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.message = message
        self.details = dict(details or {})


def record_not_found() -> Refused:
    """The one answer for a record that is absent and for one outside the token's regions."""
    return Refused(404, "record_not_found", "no record with this id in your regions")


def check_text(*texts: str) -> None:
    """Raise ``Refused`` 422 ``text_invalid`` for text no database can store (a lone
    surrogate, which JSON may carry and UTF-8 cannot; a NUL, which PostgreSQL refuses)."""
    for text in texts:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise Refused(422, "text_invalid", "the text cannot be stored") from None
        if "\x00" in text:
            raise Refused(422, "text_invalid", "the text holds a NUL character")
