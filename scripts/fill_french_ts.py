"""Fill the unfinished translations of a French ``.ts`` file with their source text.

French is focalpoint's source language: every ``tr("…")`` is already French, so the French
"translation" of a message is its source text. ``pyside6-lupdate`` adds each new message as
``type="unfinished"`` with an empty translation; this helper copies the source into it (into
every numerus form of a plural message) and marks it finished, so that the test that checks
for missing translations passes for French and Qt Linguist shows nothing left to do.

Usage: ``python scripts/fill_french_ts.py resources/i18n/focalpoint_fr.ts``. Files are only
rewritten when something was filled; ``scripts/translations`` then runs ``pyside6-lupdate``
again, which writes the file back in Qt's own layout.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FRENCH_NUMERUS_FORMS = 2  # singular (0 and 1), plural


def _unfinished(translation: ET.Element) -> bool:
    if translation.get("type") == "unfinished":
        return True
    forms = translation.findall("numerusform")
    texts = [f.text for f in forms] if forms else [translation.text]
    return not texts or not all(texts)


def fill(path: Path) -> int:
    """Fill ``path``'s unfinished messages with their source; return how many were filled."""
    tree = ET.parse(path)  # noqa: S314 - our own .ts files, not untrusted input
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("vanished", "obsolete") or not _unfinished(translation):
            continue
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            for _ in range(len(forms), FRENCH_NUMERUS_FORMS):
                forms.append(ET.SubElement(translation, "numerusform"))
            translation.text = None
            for form in forms:
                form.text = source
        else:
            translation.text = source
        translation.attrib.pop("type", None)
        for stale in ("oldsource", "oldcomment"):
            for element in message.findall(stale):
                message.remove(element)
        filled += 1
    if filled:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str]) -> int:
    """Fill every file named on the command line."""
    if not argv:
        print("usage: fill_french_ts.py FILE.ts...", file=sys.stderr)
        return 2
    for name in argv:
        path = Path(name)
        count = fill(path)
        print(f"{path}: {count} French translation(s) filled from the source text", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
