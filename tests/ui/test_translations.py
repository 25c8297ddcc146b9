"""Translations: the .ts files follow the UI sources, nothing is left untranslated, .qm are built.

French is the source language (every ``tr("…")`` is French); ``bash scripts/translations``
updates ``resources/i18n/focalpoint_{fr,en}.ts`` with ``pyside6-lupdate``, fills the French
file, and compiles the ``.qm`` files with ``pyside6-lrelease``. These tests fail when someone
adds a UI string without running it, or leaves a translation empty or unfinished.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
UI = ROOT / "focalpoint" / "ui"
LANGS = {"fr": "fr_FR", "en": "en_GB"}  # file suffix -> lupdate -target-language
NUMERUS_FORMS = 2  # French and English: singular, plural
FIX = "run `bash scripts/translations` (and translate the new English strings)"

# %s (Python's % operator), %n (plural count), %1 %2 (QString::arg style), {name} (str.format)
PLACEHOLDER = re.compile(r"%(?:[sdn]|\d+)|\{\w*\}")

# tr() calls lupdate cannot see, already reported to their author: (file, call). Remove an
# entry once fixed (the test says so); never add one, fix the call instead.
KNOWN_UNEXTRACTABLE: set[tuple[str, str]] = set()

Key = tuple[str, str, str]  # context, source, disambiguation comment


def qt_tool(name: str) -> str:
    """The virtualenv's ``pyside6-lupdate`` / ``pyside6-lrelease`` (else the one on PATH)."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found: install PySide6 (the gui extra)")
    return found


def run(*args: str) -> None:
    done = subprocess.run(args, capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, f"{' '.join(args[:1])} failed:\n{done.stdout}{done.stderr}"


def ui_sources() -> list[str]:
    return [str(p) for p in sorted(UI.rglob("*.py"))]


def lupdate(ts: Path, lang: str) -> None:
    """What ``scripts/translations`` runs, into ``ts``."""
    run(
        qt_tool("pyside6-lupdate"),
        *ui_sources(),
        "-no-obsolete",
        "-source-language",
        "fr_FR",
        "-target-language",
        LANGS[lang],
        "-silent",
        "-ts",
        str(ts),
    )


def messages(ts: Path) -> dict[Key, ET.Element]:
    """The current (not vanished) messages of a .ts file, by (context, source, comment)."""
    root = ET.parse(ts).getroot()  # noqa: S314 - our own files
    found: dict[Key, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = message
    return found


def show(key: Key) -> str:
    context, source, comment = key
    return f"{context}: {source!r}" + (f" ({comment})" if comment else "")


def translations(message: ET.Element) -> list[str]:
    """The translated text(s) of a message: one, or one per plural form."""
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in forms]
    return [translation.text or ""]


@pytest.fixture(params=sorted(LANGS))
def lang(request: pytest.FixtureRequest) -> str:
    return request.param


def test_ts_files_have_every_ui_string(lang: str, tmp_path: Path) -> None:
    committed = I18N / f"focalpoint_{lang}.ts"
    updated = tmp_path / committed.name
    shutil.copyfile(committed, updated)
    lupdate(updated, lang)
    before, after = set(messages(committed)), set(messages(updated))
    missing = sorted(after - before)
    stale = sorted(before - after)
    report = [f"  missing {show(key)}" for key in missing]
    report += [f"  no longer in the sources {show(key)}" for key in stale]
    assert not report, f"{committed.name} is behind the UI sources: {FIX}.\n" + "\n".join(report)


def test_every_message_is_translated(lang: str) -> None:
    ts = I18N / f"focalpoint_{lang}.ts"
    problems = []
    for key, message in messages(ts).items():
        translation = message.find("translation")
        texts = translations(message)
        if translation is None or translation.get("type") == "unfinished":
            problems.append(f"  unfinished {show(key)}")
        elif not texts or not all(texts):
            problems.append(f"  empty {show(key)}")
        elif message.get("numerus") == "yes" and len(texts) != NUMERUS_FORMS:
            problems.append(f"  {len(texts)} plural forms instead of {NUMERUS_FORMS} {show(key)}")
    assert not problems, f"{ts.name}: {len(problems)} translation(s) missing ({FIX}):\n" + (
        "\n".join(problems)
    )


def test_translations_keep_the_placeholders(lang: str) -> None:
    ts = I18N / f"focalpoint_{lang}.ts"
    problems = []
    for key, message in messages(ts).items():
        wanted = Counter(PLACEHOLDER.findall(key[1]))
        for text in translations(message):
            got = Counter(PLACEHOLDER.findall(text))
            if text and got != wanted:
                problems.append(f"  {show(key)} -> {text!r}: {sorted(got)} != {sorted(wanted)}")
    assert not problems, f"{ts.name}: placeholders differ from the source:\n" + "\n".join(problems)


def test_qm_files_are_compiled_from_the_ts_files(lang: str, tmp_path: Path) -> None:
    ts = I18N / f"focalpoint_{lang}.ts"
    qm = tmp_path / f"focalpoint_{lang}.qm"
    run(qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm))
    committed = I18N / qm.name
    assert committed.exists(), f"{committed} is missing: {FIX}"
    assert committed.read_bytes() == qm.read_bytes(), f"{committed.name} is out of date: {FIX}"


def test_the_app_loads_the_english_translation(qapp) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from focalpoint.ui.app import i18n_dir

    assert i18n_dir() == I18N
    translator = QTranslator()
    assert translator.load("focalpoint_en", str(i18n_dir()))
    assert QCoreApplication.translate("MainWindow", "Activités") == "Activités"
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Activités") == "Activities"
        plural = "%n enregistrement(s) à envoyer"
        assert QCoreApplication.translate("MainWindow", plural, "", 1) == "1 record to send"
        assert QCoreApplication.translate("MainWindow", plural, "", 3) == "3 records to send"
    finally:
        qapp.removeTranslator(translator)


def unextractable_tr_calls() -> list[tuple[str, int, str]]:
    """tr() / translate() calls whose text lupdate cannot extract: (file, line, call)."""
    found = []
    for name in ui_sources():
        path = Path(name)
        tree = ast.parse(path.read_text(encoding="utf-8"), name)
        in_fstring = {
            id(inner)
            for node in ast.walk(tree)
            if isinstance(node, ast.JoinedStr)
            for inner in ast.walk(node)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            func = node.func
            if func.attr == "tr":
                index = 0
            elif func.attr == "translate" and ast.unparse(func.value).endswith("Application"):
                index = 1
            else:
                continue
            where = (path.relative_to(ROOT).as_posix(), node.lineno)
            text = node.args[index] if len(node.args) > index else None
            if id(node) in in_fstring:
                found.append((*where, f"{ast.unparse(node)} inside an f-string"))
            elif not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                found.append((*where, f"{ast.unparse(node)}: the text is not a string literal"))
    return found


def test_lupdate_can_extract_every_tr_call() -> None:
    calls = unextractable_tr_calls()
    new = [
        f"  {file}:{line}: {call}"
        for file, line, call in calls
        if (file, call) not in KNOWN_UNEXTRACTABLE
    ]
    fixed = KNOWN_UNEXTRACTABLE - {(file, call) for file, _, call in calls}
    assert not new, (
        "lupdate only reads a tr() whose text is a string literal (adjacent literals are fine),"
        " not an f-string, a variable or a + concatenation: translate a fixed text and fill it"
        " in with % or .format() after tr():\n" + "\n".join(new)
    )
    assert not fixed, f"fixed: remove them from KNOWN_UNEXTRACTABLE: {sorted(fixed)}"
