"""Labels: French and English texts taken from XLSForm label and hint columns.

A column is French or English by its ``(fr)``/``(en)`` code or its name; a plain ``label``
column serves both languages. Texts that had to borrow the other language are gathered and
reported in a few summary notes at the end of the conversion.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from focalpoint.xlsform.notes import Notes

_LANG_CODE = re.compile(r"\(\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?\s*\)\s*$")
_LANG_NAMES = {
    "fr": "fr",
    "french": "fr",
    "français": "fr",
    "francais": "fr",
    "en": "en",
    "english": "en",
    "anglais": "en",
}
_OURS = ("fr", "en", "default")
_SHOWN_ITEMS = 8
# The summary notes, in the order they are given, each listing the texts it is about.
_BORROWED = (
    "xlsform_english_missing",  # French text used for English
    "xlsform_french_missing",  # English text used for French
    "xlsform_other_language_used",  # neither: a third language used for both
    "xlsform_language_column_missing",  # a plain label column used for both
)


def lang_code(key: str) -> str:
    """``fr``, ``en``, ``default`` or the (lowercased) name of another language."""
    key = key.strip()
    if key == "default":
        return "default"
    match = _LANG_CODE.search(key)
    if match:
        return match.group(1).lower()
    return _LANG_NAMES.get(key.lower(), key.lower())


class Texts:
    """Turns pyxform labels into ``{"fr", "en"}`` and remembers which ones lacked a language.

    ``item`` names the text in notes: a question or group name, ``name (hint)``,
    ``list/choice`` for a choice, ``form_title``.
    """

    def __init__(self, notes: Notes) -> None:
        self._notes = notes
        self._borrowed: dict[str, list[str]] = {code: [] for code in _BORROWED}
        self._dropped: set[str] = set()

    def get(self, raw: Any, item: str) -> dict[str, str] | None:
        """The French and English text of a label or hint; None when it has no text at all."""
        texts = self._by_language(raw)
        fr, en, default = texts.get("fr"), texts.get("en"), texts.get("default")
        if default is not None and (fr is None or en is None):
            self._borrowed["xlsform_language_column_missing"].append(item)
            fr, en = fr or default, en or default
        if fr is None and en is None:
            other = next((code for code in texts if code not in _OURS), None)
            if other is None:
                return None
            fr = en = texts[other]
            self._borrowed["xlsform_other_language_used"].append(f"{item} ({other})")
        elif fr is None or en is None:
            code = "xlsform_french_missing" if fr is None else "xlsform_english_missing"
            self._borrowed[code].append(item)
            fr = en = fr or en
        if "${" in fr or "${" in en:
            self._notes.add("xlsform_text_reference", text=item)
        return {"fr": fr, "en": en}

    def _by_language(self, raw: Any) -> dict[str, str]:
        if not isinstance(raw, Mapping):
            text = str(raw or "").strip()
            return {"default": text} if text else {}
        texts: dict[str, str] = {}
        for key, value in raw.items():
            text = str(value or "").strip()
            if not text:
                continue
            code = lang_code(str(key))
            if code not in _OURS:
                self._dropped.add(str(key))
            texts.setdefault(code, text)
        return texts

    def language_notes(self) -> None:
        """Add the summary notes: texts that borrowed a language, languages left out."""
        for code, items in self._borrowed.items():
            unique = list(dict.fromkeys(items))
            if unique:
                shown = ", ".join(unique[:_SHOWN_ITEMS])
                if len(unique) > _SHOWN_ITEMS:
                    shown += ", …"
                self._notes.add(code, count=len(unique), texts=shown)
        for language in sorted(self._dropped):
            self._notes.add("xlsform_language_ignored", language=language)
