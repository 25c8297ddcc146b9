"""Build a smaller ``libicudata.so.NN`` for the installer: ICU's data for French, English, root.

Linux PySide6 wheels carry ICU, whose ``libicudata`` is one 32 MB blob (the symbol ``icudtNN_dat``,
an ICU "common data" package of ~3,900 items) with every locale, converter and dictionary. Qt is
ICU's only user in the bundle, and it only calls (``nm -D --undefined-only libQt6Core.so.6``)
collation (``ucol_*``: QCollator, localeAwareCompare), time zones (``ucal_*``: QTimeZone's
names), case mapping (``u_strToUpper``/``u_strToLower``: QLocale::toUpper) and converters
(``ucnv_*``: QStringConverter for encodings Qt does not implement itself). This script copies the
package out of the library, keeps every item but

- locale data other than root, ``fr*`` and ``en*``, in every tree (main, coll, zone, curr, lang,
  region, unit, rbnf, brkitr): missing locales fall back to root, as ICU does for any locale it
  does not know;
- the transliterators (``translit/``) and the CJK/Thai/Lao/Khmer/Burmese word-break
  dictionaries (``brkitr/*.dict``): Qt imports no ``utrans_*`` or ``ubrk_*`` function;
- the converter tables (``*.cnv``) but windows-1252 and ISO-8859-15 (UTF-8/16/32, Latin-1 and
  ASCII are built into ICU and Qt anyway; ``cnvalias.icu`` stays, so other names are known but
  do not open);

then assembles the new package into a shared library with the same soname and symbol (GNU ``as``
and ``ld``, from binutils, which PyInstaller's strip step needs anyway). No ICU tool is used: the
package format (a header, a table of contents of name and data offsets, 16-byte aligned items) is
read and written here, and ``--check`` loads the result next to the wheel's libicuuc/libicui18n
to prove it: French collation (Élise before Zoé), a French time-zone name, French upper case.

Usage: python scripts/trim_icu.py SOURCE_LIB OUT_LIB [--check]
"""

from __future__ import annotations

import argparse
import ctypes
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from functools import cmp_to_key
from pathlib import Path

LANGUAGES = ("fr", "en")
CONVERTERS = ("ibm-5348_P100-1997", "ibm-923_P100-1998")  # windows-1252, ISO-8859-15
DROPPED_TREES = ("translit",)
LOCALE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9_]*)?")  # af, fr_CA, zh_Hant_TW, de_; not pool
ALIGN = 16  # ICU aligns the items of a package (and the data behind the symbol) to 16 bytes


class TrimError(Exception):
    """The library or its data is not what this script knows how to trim."""


# --- the ELF side: where the data symbol is in the library ----------------------------------


def _sections(elf: bytes) -> list[tuple[int, int, int, int, int, int]]:
    """(type, addr, offset, size, link, entsize) of each section of a 64-bit little-endian ELF."""
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise TrimError("not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    sections = []
    for index in range(shnum):
        _, kind, _, addr, offset, size, link, _, _, entsize = struct.unpack_from(
            "<IIQQQQIIQQ", elf, shoff + index * shentsize
        )
        sections.append((kind, addr, offset, size, link, entsize))
    return sections


def find_data(elf: bytes) -> tuple[str, bytes]:
    """The name (``icudt73_dat``) and bytes of the ICU data symbol of a libicudata."""
    sections = _sections(elf)
    dynsym = 11  # SHT_DYNSYM
    for kind, _, offset, size, link, entsize in sections:
        if kind != dynsym:
            continue
        strtab = sections[link][2]
        for at in range(offset, offset + size, entsize):
            name_at, _, _, shndx, value, length = struct.unpack_from("<IBBHQQ", elf, at)
            end = elf.index(b"\0", strtab + name_at)
            name = elf[strtab + name_at : end].decode("ascii")
            if re.fullmatch(r"icudt\d+_dat", name) and 0 < shndx < len(sections):
                _, addr, sec_offset, _, _, _ = sections[shndx]
                start = sec_offset + value - addr
                return name, elf[start : start + length]
    raise TrimError("no icudtNN_dat symbol")


# --- the ICU side: a common data package ("CmnD") ---------------------------------------------


def read_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, data) items of an ICU common data package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD" or blob[8] != 0:
        raise TrimError("not a little-endian ICU common data package")
    (count,) = struct.unpack_from("<I", blob, header_size)
    entries = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_at, data_at) in enumerate(entries):
        start = header_size + name_at
        name = blob[start : blob.index(b"\0", start)].decode("ascii")
        end = entries[index + 1][1] if index + 1 < count else len(blob) - header_size
        items.append((name, blob[header_size + data_at : header_size + end]))
    names = [name.encode() for name, _ in items]
    if names != sorted(names):  # ICU finds an item by binary search
        raise TrimError("the package's table of contents is not sorted")
    return blob[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package of ``items`` (in their order) behind ``header``, as icupkg lays it out."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items) + len(names)
    offset = -(-toc_size // ALIGN) * ALIGN
    entries, data, name_at = [], [], 4 + 8 * len(items)
    for name, item in items:
        entries.append(struct.pack("<II", name_at, offset))
        name_at += len(name) + 1
        padded = item + b"\0" * (-len(item) % ALIGN)
        data.append(padded)
        offset += len(padded)
    toc = struct.pack("<I", len(items)) + b"".join(entries) + names
    return header + toc + b"\0" * (-len(toc) % ALIGN) + b"".join(data)


def wanted(name: str) -> bool:
    """Whether focalpoint's Qt may read the package item ``name`` (``icudt73l/coll/fr.res``)."""
    *trees, filename = name.split("/")[1:]
    tree = "/".join(trees)
    stem, _, kind = filename.rpartition(".")
    if tree in DROPPED_TREES or kind == "dict":
        return False
    if kind == "cnv":
        return stem in CONVERTERS
    if kind == "res" and LOCALE.fullmatch(stem) and stem != "res_index":
        return stem.split("_")[0] in LANGUAGES
    return True  # root.res, pool.res, res_index.res, supplementalData, zoneinfo64, *.icu, *.nrm


# --- the new library -------------------------------------------------------------------------


def link_library(symbol: str, package: bytes, soname: str, out: Path) -> None:
    """A shared library named ``soname`` whose only symbol, ``symbol``, is ``package``."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "data.dat").write_bytes(package)
        (work / "data.s").write_text(
            '.section .note.GNU-stack,"",@progbits\n'
            '.section .rodata,"a",@progbits\n'
            f".globl {symbol}\n"
            f".type {symbol}, @object\n"
            f".balign {ALIGN}\n"
            f"{symbol}:\n"
            '.incbin "data.dat"\n'
            f".size {symbol}, . - {symbol}\n",
            encoding="ascii",
        )
        steps = (
            ("as", "-o", "data.o", "data.s"),
            ("ld", "-shared", "-soname", soname, "-z", "noexecstack", "-o", "lib.so", "data.o"),
        )
        for tool, *args in steps:
            path = shutil.which(tool)
            if path is None:
                raise TrimError(f"{tool} (binutils) is not installed")
            subprocess.run([path, *args], cwd=work, check=True, capture_output=True)  # noqa: S603
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(work / "lib.so", out)


def trim(source: Path, out: Path) -> tuple[int, int, int, int]:
    """Write the trimmed library; return (items kept, items in all, data kept, data in all)."""
    symbol, blob = find_data(source.read_bytes())
    header, items = read_package(blob)
    kept = [(name, data) for name, data in items if wanted(name)]
    package = write_package(header, kept)
    link_library(symbol, package, source.name, out)
    again_symbol, again = find_data(out.read_bytes())
    if again_symbol != symbol or again != package or read_package(again)[1] != kept:
        raise TrimError(f"{out} does not read back as the package written")
    return len(kept), len(items), len(package), len(blob)


# --- the proof -------------------------------------------------------------------------------


def check(icu_dir: Path, version: str) -> list[str]:
    """Load ICU from ``icu_dir`` (its libicui18n finds libicuuc and libicudata beside it, through
    their $ORIGIN run path) and return what French collation, time zones and case do wrong."""
    i18n = ctypes.CDLL(str(icu_dir / f"libicui18n.so.{version}"))
    uc = ctypes.CDLL(str(icu_dir / f"libicuuc.so.{version}"))
    ptr, i32, text, status_p = ctypes.c_void_p, ctypes.c_int32, ctypes.c_char_p, ctypes.c_void_p

    def fn(lib: ctypes.CDLL, name: str, restype: type, *argtypes: type) -> ctypes._CFuncPtr:
        function = getattr(lib, f"{name}_{version}")
        function.restype, function.argtypes = restype, argtypes
        return function

    # UTF-16 strings travel as (bytes, length in code units); locales and names as char *
    ucol_open = fn(i18n, "ucol_open", ptr, text, status_p)
    ucol_strcoll = fn(i18n, "ucol_strcoll", ctypes.c_int, ptr, text, i32, text, i32)
    ucal_open = fn(i18n, "ucal_open", ptr, text, i32, text, ctypes.c_int, status_p)
    zone_name = (i32, ptr, ctypes.c_int, text, text, i32, status_p)
    ucal_zone_name = fn(i18n, "ucal_getTimeZoneDisplayName", *zone_name)
    to_upper = fn(uc, "u_strToUpper", i32, text, i32, text, i32, text, status_p)
    ucnv_open = fn(uc, "ucnv_open", ptr, text, status_p)

    def u16(word: str) -> tuple[bytes, int]:
        encoded = word.encode("utf-16-le")
        return encoded, len(encoded) // 2

    problems = []
    status = ctypes.c_int(0)
    collator = ucol_open(b"fr_FR", ctypes.byref(status))
    if not collator or status.value not in (0, -128):  # U_ZERO_ERROR, U_USING_FALLBACK_WARNING
        problems.append(f"ucol_open(fr_FR): status {status.value}")
    else:
        words = ["Zoé", "Élise", "eric", "Émile", "Ousmane", "côte", "cote"]
        order = sorted(words, key=cmp_to_key(lambda a, b: ucol_strcoll(collator, *u16(a), *u16(b))))
        if order != ["cote", "côte", "Élise", "Émile", "eric", "Ousmane", "Zoé"]:
            problems.append(f"French collation: {order}")
    status.value = 0
    buffer = ctypes.create_string_buffer(256)  # 128 UTF-16 code units
    calendar = ucal_open(*u16("Africa/Bamako"), b"fr_FR", 1, ctypes.byref(status))  # gregorian
    length = (
        ucal_zone_name(calendar, 0, b"fr_FR", buffer, 128, ctypes.byref(status)) if calendar else 0
    )
    name = buffer.raw[: 2 * max(length, 0)].decode("utf-16-le")
    if status.value > 0 or name != "heure moyenne de Greenwich":  # 0: UCAL_STANDARD
        problems.append(f"French time zone name: {name!r} (status {status.value})")
    status.value = 0
    length = to_upper(buffer, 128, *u16("élise à l’œuvre"), b"fr", ctypes.byref(status))
    upper = buffer.raw[: 2 * max(length, 0)].decode("utf-16-le")
    if status.value > 0 or upper != "ÉLISE À L’ŒUVRE":
        problems.append(f"French upper case: {upper!r} (status {status.value})")
    status.value = 0
    if not ucnv_open(b"windows-1252", ctypes.byref(status)) or status.value > 0:
        problems.append(f"converter windows-1252: status {status.value}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="the wheel's libicudata.so.NN")
    parser.add_argument("out", type=Path, help="where to write the trimmed libicudata.so.NN")
    parser.add_argument("--check", action="store_true", help="load it with ICU and test French")
    args = parser.parse_args(argv)
    try:
        kept, total, size, full = trim(args.source, args.out)
    except (TrimError, OSError, subprocess.CalledProcessError) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        print(f"trim_icu: {exc} {detail.decode(errors='replace')}".strip(), file=sys.stderr)
        return 1
    print(
        f"trim_icu: {args.out.name}: kept {kept} of {total} items, "
        f"{size / 1048576:.1f} of {full / 1048576:.1f} MiB of data",
        file=sys.stderr,
    )
    if args.check:
        version = args.source.name.rpartition(".so.")[2]
        with tempfile.TemporaryDirectory() as tmp:
            for lib in ("libicuuc", "libicui18n"):
                shutil.copyfile(
                    args.source.with_name(f"{lib}.so.{version}"), Path(tmp) / f"{lib}.so.{version}"
                )
            shutil.copyfile(args.out, Path(tmp) / args.source.name)
            problems = check(Path(tmp), version)
        if problems:
            print("trim_icu: the trimmed data fails: " + "; ".join(problems), file=sys.stderr)
            return 1
        print("trim_icu: French collation, time zone names and case mapping work", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
