"""Record rules of a form: coerce typed text, compute derived values, validate.

Three pure functions, applied in this order by the services before every save:

* ``prepare(form, raw)`` turns text typed or imported by a person into the stored JSON types
  ("12" → 12, "26/05/2023" → "2023-05-26", "oui" → True, "76 12 34 56" → "+22376123456");
  what it cannot read it leaves untouched, for ``validate`` to report.
* ``compute(form, data)`` fills computed fields (youth from age) and drops values of fields that
  are not relevant.
* ``validate(form, data)`` returns every ``Problem`` found; it never raises for bad input.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

import phonenumbers

from focalpoint.domain.forms import Field, Form, Relevant
from focalpoint.domain.locations import Locations, default_locations
from focalpoint.domain.problems import Problem

MALI = "ML"
# Mali's bounding box, with a margin (decimal degrees, WGS 84).
MALI_LAT = (10.0, 25.2)
MALI_LON = (-12.4, 4.4)
_TRUE = frozenset({"true", "1", "oui", "o", "yes", "y", "vrai", "x"})
_FALSE = frozenset({"false", "0", "non", "n", "no", "faux"})
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")
_TIME_RE = re.compile(r"^(\d{1,2})\s*[:hH]\s*(\d{2})?$")


def is_empty(value: object) -> bool:
    """True for a value that counts as not answered: None, blank text, empty list or mapping."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | dict):
        return len(value) == 0 or (isinstance(value, dict) and all(map(is_empty, value.values())))
    return False


# --------------------------------------------------------------------------- prepare


def prepare(
    form: Form, raw: Mapping[str, Any], locations: Locations | None = None
) -> dict[str, Any]:
    """Coerce people's text into stored types; unknown keys and unreadable values are kept."""
    locs = locations or default_locations()
    out: dict[str, Any] = {}
    for key, value in raw.items():
        f = form.field(key)
        out[key] = _prepare_value(f, value, locs) if f is not None else value
    return out


def prepare_value(f: Field, value: Any, locations: Locations | None = None) -> Any:
    """``prepare`` for one value of field ``f`` (a repeat's rows included)."""
    return _prepare_value(f, value, locations or default_locations())


def _prepare_value(f: Field, value: Any, locs: Locations) -> Any:
    if isinstance(value, str):
        value = value.strip()
    if is_empty(value):
        return None
    if f.type == "repeat":
        if not isinstance(value, list):
            return value
        return [
            {
                k: (_prepare_value(sub, v, locs) if (sub := f.subfield(k)) else v)
                for k, v in row.items()
            }
            if isinstance(row, Mapping)
            else row
            for row in value
        ]
    converter = _CONVERTERS.get(f.type)
    return converter(f, value, locs) if converter else value


def _to_integer(_f: Field, value: Any, _l: Locations) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(
        r"[+-]?\d+", value.replace("\u202f", "").replace(" ", "")
    ):
        return int(value.replace("\u202f", "").replace(" ", ""))
    return value


def _to_decimal(_f: Field, value: Any, _l: Locations) -> Any:
    if isinstance(value, str):
        text = value.replace("\u202f", "").replace(" ", "").replace(",", ".")
        try:
            return float(text)
        except ValueError:
            return value
    return value


def _to_boolean(_f: Field, value: Any, _l: Locations) -> Any:
    if isinstance(value, str):
        low = value.lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
    if isinstance(value, int) and not isinstance(value, bool) and value in (0, 1):
        return bool(value)
    return value


def _to_date(_f: Field, value: Any, _l: Locations) -> Any:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        text = value.split("T")[0].split(" ")[0]
        for fmt in _DATE_FORMATS:
            try:
                return datetime.strptime(text, fmt).date().isoformat()
            except ValueError:
                continue
    return value


def _to_time(_f: Field, value: Any, _l: Locations) -> Any:
    if isinstance(value, str):
        m = _TIME_RE.match(value)
        if m and int(m.group(1)) < 24 and int(m.group(2) or 0) < 60:
            return f"{int(m.group(1)):02d}:{int(m.group(2) or 0):02d}"
    return value


def _choice_value(f: Field, text: str) -> str:
    """A choice's value from its value or its label in any language, ignoring case."""
    folded = text.strip().casefold()
    for choice in f.choices:
        if folded == choice.value.casefold() or folded in (
            label.casefold() for label in choice.label.values()
        ):
            return choice.value
    return text


def _to_select_one(f: Field, value: Any, _l: Locations) -> Any:
    return _choice_value(f, value) if isinstance(value, str) else value


def _to_select_many(f: Field, value: Any, _l: Locations) -> Any:
    if isinstance(value, str):
        value = [p for p in re.split(r"[;,\n]+", value) if p.strip()]
        if len(value) == 1 and " " in value[0].strip() and _choice_value(f, value[0]) == value[0]:
            value = value[0].split()
    if isinstance(value, list):
        return [_choice_value(f, v) if isinstance(v, str) else v for v in value]
    return value


def _to_phone(_f: Field, value: Any, _l: Locations) -> Any:
    if isinstance(value, int):
        value = str(value)
    if isinstance(value, str):
        number = _parse_phone(value)
        if number is not None:
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return value


def _to_location(_f: Field, value: Any, locs: Locations) -> Any:
    if isinstance(value, str):
        value = {"region": value}
    if not isinstance(value, Mapping):
        return value
    out = {k: v.strip() if isinstance(v, str) else v for k, v in value.items() if not is_empty(v)}
    region = locs.find_region(out["region"]) if isinstance(out.get("region"), str) else None
    if region is not None:
        out["region"] = region.code
        cercle = locs.find_cercle(region.code, out.get("cercle", "")) if "cercle" in out else None
        if cercle is not None:
            out["cercle"] = cercle.code
            if "commune" in out:
                commune = locs.find_commune(region.code, cercle.code, out["commune"])
                if commune is not None:
                    out["commune"] = commune.code
    return out or None


def _to_gps(_f: Field, value: Any, _l: Locations) -> Any:
    if isinstance(value, str):
        parts = [p for p in re.split(r"[\s;]+", value.replace(",", ".")) if p]
        if len(parts) >= 2:
            value = {"lat": parts[0], "lon": parts[1]}
    if isinstance(value, Mapping):
        out = dict(value)
        for key in ("lat", "lon"):
            if isinstance(out.get(key), str):
                with contextlib.suppress(ValueError):
                    out[key] = float(out[key].replace(",", "."))
        return out
    return value


_CONVERTERS = {
    "integer": _to_integer,
    "decimal": _to_decimal,
    "boolean": _to_boolean,
    "date": _to_date,
    "time": _to_time,
    "select_one": _to_select_one,
    "select_many": _to_select_many,
    "phone": _to_phone,
    "location": _to_location,
    "gps": _to_gps,
}


def _parse_phone(text: str) -> phonenumbers.PhoneNumber | None:
    try:
        number = phonenumbers.parse(text, MALI)
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == MALI:
        return number
    return None


# --------------------------------------------------------------------------- compute


def is_relevant(f: Field, row: Mapping[str, Any], top: Mapping[str, Any] | None = None) -> bool:
    """Whether ``f`` applies, given its row (a repeat row, or the record) and the top level."""
    rule = f.relevant
    if rule is None:
        return True
    other = row.get(rule.field) if rule.field in row else (top or {}).get(rule.field)
    return _matches(rule, other)


def _matches(rule: Relevant, value: Any) -> bool:
    if rule.op == "filled":
        return (not is_empty(value)) == bool(rule.value)
    values = value if isinstance(value, list) else [value]
    if rule.op == "equals":
        return rule.value in values
    if rule.op == "not_equals":
        return rule.value not in values
    return any(v in rule.value for v in values)  # "in"


def compute(form: Form, data: Mapping[str, Any]) -> dict[str, Any]:
    """Return ``data`` with computed fields filled and non-relevant or empty values dropped."""
    return _compute_row(form.fields, data, data)


def compute_rows(repeat: Field, rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """``compute`` for the rows of one repeat field (youth from age in a participant list)."""
    return [_compute_row(repeat.fields, row, row) for row in rows]


def _compute_row(
    fields: Sequence[Field], row: Mapping[str, Any], top: Mapping[str, Any]
) -> dict[str, Any]:
    known = {f.id for f in fields}
    out = {k: v for k, v in row.items() if k not in known and not is_empty(v)}
    for f in fields:
        if f.calculate is not None:
            value = _calculate(f, row)
        elif not is_relevant(f, row, top):
            continue
        else:
            value = row.get(f.id)
            if f.type == "repeat" and isinstance(value, list):
                value = [
                    _compute_row(f.fields, r, top) if isinstance(r, Mapping) else r for r in value
                ]
        if not is_empty(value) or value is False:
            out[f.id] = value
    return out


def _calculate(f: Field, row: Mapping[str, Any]) -> Any:
    calc = f.calculate
    assert calc is not None  # noqa: S101 - only called for computed fields
    source = row.get(calc.field)
    if not isinstance(source, int | float) or isinstance(source, bool):
        return None
    low = calc.low if calc.low is not None else float("-inf")
    high = calc.high if calc.high is not None else float("inf")
    return bool(low <= source <= high)


# --------------------------------------------------------------------------- validate


def validate(
    form: Form,
    data: Mapping[str, Any],
    *,
    today: date | None = None,
    locations: Locations | None = None,
) -> list[Problem]:
    """Every problem of ``data`` against ``form``, in form order; empty when the record is valid.

    ``today`` bounds ``not_future`` dates (default: the local date); ``locations`` is the
    reference list (default: the shipped one). Never raises for bad values.
    """
    ctx = _Context(today or date.today(), locations or default_locations())
    problems: list[Problem] = []
    known = {f.id for f in form.fields}
    problems.extend(Problem(key, "unknown_field") for key in data if key not in known)
    problems.extend(_validate_row(form.fields, data, data, "", ctx))
    return problems


class _Context:
    def __init__(self, today: date, locations: Locations) -> None:
        self.today = today
        self.locations = locations


def _validate_row(
    fields: Sequence[Field],
    row: Mapping[str, Any],
    top: Mapping[str, Any],
    prefix: str,
    ctx: _Context,
) -> list[Problem]:
    problems: list[Problem] = []
    for f in fields:
        if f.is_computed or not is_relevant(f, row, top):
            continue
        path = f"{prefix}{f.id}"
        value = row.get(f.id)
        if is_empty(value):
            if f.required:
                problems.append(Problem(path, "required"))
            continue
        problems.extend(_CHECKS[f.type](f, value, path, row, ctx))
    return problems


def _check_text(f: Field, value: Any, path: str, _row: Mapping, _c: _Context) -> list[Problem]:
    if not isinstance(value, str):
        return [Problem(path, "not_text")]
    if f.min_length is not None and len(value) < f.min_length:
        return [Problem(path, "too_short", {"min": f.min_length})]
    if f.max_length is not None and len(value) > f.max_length:
        return [Problem(path, "too_long", {"max": f.max_length})]
    if f.pattern is not None and not re.fullmatch(f.pattern, value):
        return [Problem(path, "pattern_mismatch")]
    return []


def _check_number(f: Field, value: Any, path: str, _row: Mapping, _c: _Context) -> list[Problem]:
    if f.type == "integer" and (not isinstance(value, int) or isinstance(value, bool)):
        return [Problem(path, "not_an_integer")]
    if not isinstance(value, int | float) or isinstance(value, bool):
        return [Problem(path, "not_a_number")]
    if f.minimum is not None and value < f.minimum:
        return [Problem(path, "too_small", {"min": f.minimum})]
    if f.maximum is not None and value > f.maximum:
        return [Problem(path, "too_large", {"max": f.maximum})]
    return []


def _parse_iso_date(value: Any) -> date | None:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _check_date(f: Field, value: Any, path: str, row: Mapping, ctx: _Context) -> list[Problem]:
    day = _parse_iso_date(value)
    if day is None:
        return [Problem(path, "invalid_date")]
    if f.not_future and day > ctx.today:
        return [Problem(path, "date_in_future")]
    if f.not_before:
        other = _parse_iso_date(row.get(f.not_before))
        if other is not None and day < other:
            return [Problem(path, "date_before", {"other": f.not_before})]
    return []


def _check_time(_f: Field, value: Any, path: str, _r: Mapping, _c: _Context) -> list[Problem]:
    m = re.fullmatch(r"(\d{2}):(\d{2})", value) if isinstance(value, str) else None
    if m is None or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        return [Problem(path, "invalid_time")]
    return []


def _check_boolean(_f: Field, value: Any, path: str, _r: Mapping, _c: _Context) -> list[Problem]:
    return [] if isinstance(value, bool) else [Problem(path, "invalid_boolean")]


def _check_select_one(f: Field, value: Any, path: str, _r: Mapping, _c: _Context) -> list[Problem]:
    if value not in f.choice_values():
        return [Problem(path, "invalid_choice", {"value": str(value)})]
    return []


def _check_select_many(f: Field, value: Any, path: str, _r: Mapping, _c: _Context) -> list[Problem]:
    if not isinstance(value, list):
        return [Problem(path, "not_a_list")]
    allowed = f.choice_values()
    return [Problem(path, "invalid_choice", {"value": str(v)}) for v in value if v not in allowed][
        :1
    ]


def _check_phone(_f: Field, value: Any, path: str, _r: Mapping, _c: _Context) -> list[Problem]:
    if not isinstance(value, str) or _parse_phone(value) is None:
        return [Problem(path, "phone_invalid")]
    return []


def _check_location(f: Field, value: Any, path: str, _r: Mapping, ctx: _Context) -> list[Problem]:
    if not isinstance(value, Mapping) or any(
        k not in ("region", "cercle", "commune", "localite") or not isinstance(v, str)
        for k, v in value.items()
    ):
        return [Problem(path, "location_invalid")]
    locs = ctx.locations
    region_code = value.get("region")
    if not region_code:
        return [Problem(f"{path}.region", "required")]
    if locs.region(region_code) is None:
        return [Problem(f"{path}.region", "location_unknown_region", {"value": region_code})]
    cercle_code = value.get("cercle")
    if not cercle_code:
        return []
    cercle = locs.cercle(region_code, cercle_code)
    if cercle is None:
        return [Problem(f"{path}.cercle", "location_unknown_cercle", {"value": cercle_code})]
    commune = value.get("commune")
    if commune and cercle.communes and locs.commune(region_code, cercle_code, commune) is None:
        return [Problem(f"{path}.commune", "location_unknown_commune", {"value": commune})]
    return []


def _check_gps(_f: Field, value: Any, path: str, _r: Mapping, _c: _Context) -> list[Problem]:
    if not isinstance(value, Mapping) or set(value) - {"lat", "lon", "accuracy"}:
        return [Problem(path, "gps_invalid")]
    lat, lon = value.get("lat"), value.get("lon")
    numbers_ok = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (lat, lon))
    if not numbers_ok or not (-90 <= lat <= 90 and -180 <= lon <= 180):  # type: ignore[operator]
        return [Problem(path, "gps_invalid")]
    if not (MALI_LAT[0] <= lat <= MALI_LAT[1] and MALI_LON[0] <= lon <= MALI_LON[1]):  # type: ignore[operator]
        return [Problem(path, "gps_outside_mali")]
    return []


def _check_attachment(f: Field, value: Any, path: str, _r: Mapping, _c: _Context) -> list[Problem]:
    if not isinstance(value, list):
        return [Problem(path, "not_a_list")]
    for i, item in enumerate(value):
        ok = (
            isinstance(item, Mapping)
            and isinstance(item.get("sha256"), str)
            and re.fullmatch(r"[0-9a-f]{64}", item["sha256"]) is not None
            and isinstance(item.get("name"), str)
            and isinstance(item.get("size"), int)
        )
        if not ok:
            return [Problem(f"{path}[{i}]", "attachment_invalid")]
    if f.max_count is not None and len(value) > f.max_count:
        return [Problem(path, "too_many_rows", {"max": f.max_count})]
    return []


def _check_repeat(f: Field, value: Any, path: str, top: Mapping, ctx: _Context) -> list[Problem]:
    if not isinstance(value, list):
        return [Problem(path, "not_a_list")]
    problems: list[Problem] = []
    if f.min_count is not None and len(value) < f.min_count:
        problems.append(Problem(path, "too_few_rows", {"min": f.min_count}))
    if f.max_count is not None and len(value) > f.max_count:
        return [*problems, Problem(path, "too_many_rows", {"max": f.max_count})]
    known = {sub.id for sub in f.fields}
    for i, row in enumerate(value):
        row_prefix = f"{path}[{i}]."
        if not isinstance(row, Mapping):
            problems.append(Problem(f"{path}[{i}]", "not_an_object"))
            continue
        problems.extend(Problem(f"{row_prefix}{k}", "unknown_field") for k in row if k not in known)
        problems.extend(_validate_row(f.fields, row, top, row_prefix, ctx))
    return problems


_CHECKS = {
    "text": _check_text,
    "long_text": _check_text,
    "integer": _check_number,
    "decimal": _check_number,
    "date": _check_date,
    "time": _check_time,
    "boolean": _check_boolean,
    "select_one": _check_select_one,
    "select_many": _check_select_many,
    "phone": _check_phone,
    "location": _check_location,
    "gps": _check_gps,
    "repeat": _check_repeat,
    "attachment": _check_attachment,
}


def record_region(form: Form, data: Mapping[str, Any]) -> str | None:
    """The region code of a record: the ``region`` of the form's ``region_field`` location."""
    place = data.get(form.region_field)
    if isinstance(place, Mapping) and isinstance(place.get("region"), str):
        return place["region"]
    return None
