"""Fill unfinished English translations in resources/i18n/focalpoint_en.ts from a TSV file.

Each line: the French source, a tab, the English text (for a %n plural: source, singular,
plural). Only unfinished messages are touched; run ``bash scripts/translations`` afterwards.
Usage: .venv/bin/python scripts/set_english.py translations.tsv
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "focalpoint_en.ts"


def main(tsv: Path) -> None:
    wanted = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if line.strip():
            source, *texts = line.split("\t")
            wanted[source] = texts
    tree = ET.parse(TS)  # noqa: S314 - the project's own file, not untrusted input
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished" or source not in wanted:
            continue
        texts = wanted[source]
        forms = translation.findall("numerusform")
        if forms:
            for form, text in zip(forms, texts if len(texts) > 1 else texts * 2, strict=False):
                form.text = text
        else:
            translation.text = texts[0]
        del translation.attrib["type"]
        filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    print(f"{filled} translation(s) filled; {len(wanted) - filled} line(s) unused", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
