"""What the secretariat's desk screens read: a record value as text, "il y a N jours", roles.

Shared by the Conflits page, the history dialog, the review panel, the Appareils page and the
Bamako dashboard, so a value or a delay reads the same everywhere. Dates go through
``domain.formatting`` (dd/mm/yyyy), numbers are French.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from focalpoint.domain.formatting import format_date, format_datetime, format_number
from focalpoint.domain.forms import Field
from focalpoint.domain.locations import Locations


def parse_moment(value: str | None) -> datetime | None:
    """An ISO date or date-time (UTC unless it says) → an aware datetime; None if unreadable."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def moment_text(value: str | None, lang: str = "fr") -> str:
    """ "26/05/2023 14:30" (local time) for an ISO date-time; "" when there is none."""
    moment = parse_moment(value)
    if moment is None:
        return value or ""
    if len(value or "") <= 10:  # a plain date
        return format_date(moment.date(), lang)
    return format_datetime(moment, lang)


def days_since(value: str | None, today: date | None = None) -> int | None:
    """Whole days from ``value`` (ISO) to ``today`` (local); None when ``value`` is empty."""
    moment = parse_moment(value)
    if moment is None:
        return None
    day = moment.astimezone().date() if len(value or "") > 10 else moment.date()
    return max(0, ((today or date.today()) - day).days)


def since_text(value: str | None, today: date | None = None) -> str:
    """ "aujourd'hui", "hier", "il y a N jours", or "jamais" for an empty ``value``."""
    days = days_since(value, today)
    if days is None:
        return QCoreApplication.translate("desk", "jamais")
    if days == 0:
        return QCoreApplication.translate("desk", "aujourd'hui")
    if days == 1:
        return QCoreApplication.translate("desk", "hier")
    return QCoreApplication.translate("desk", "il y a %n jour(s)", None, days)


def conflict_text(code: str) -> str:
    """What a conflict's code means, for a person."""
    return {
        "stale_base_version": QCoreApplication.translate("desk", "Modifié ailleurs en même temps"),
        "edited_after_delete": QCoreApplication.translate("desk", "Modifié après suppression"),
        "deleted_after_edit": QCoreApplication.translate("desk", "Supprimé après modification"),
    }.get(code, code)


def role_text(role: str) -> str:
    """A device role for a person."""
    return {
        "secretariat": QCoreApplication.translate("desk", "Secrétariat"),
        "focal_point": QCoreApplication.translate("desk", "Point focal"),
    }.get(role, role)


def regions_text(codes: Iterable[str], locations: Locations | None) -> str:
    """ "Gao, Mopti"; "Toutes" for the secretariat's ``*``."""
    names = []
    for code in codes:
        if code == "*":
            return QCoreApplication.translate("desk", "Toutes")
        region = locations.region(code) if locations is not None else None
        names.append(region.name if region else code)
    return ", ".join(names)


def value_text(
    value: Any, field: Field | None = None, lang: str = "fr", locations: Locations | None = None
) -> str:
    """A record's field value as a person reads it: choices by label, dates dd/mm/yyyy,
    numbers the French way, places by name, a participant list as its size."""
    if value is None or value == "" or value == [] or value == {}:
        return ""
    kind = field.type if field is not None else ""
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("desk", "Oui")
            if value
            else QCoreApplication.translate("desk", "Non")
        )
    if isinstance(value, int | float):
        return format_number(value, lang, decimals=0 if float(value).is_integer() else 2)
    if isinstance(value, list):
        if value and isinstance(value[0], Mapping):
            if kind == "attachment" or "sha256" in value[0]:
                return ", ".join(str(item.get("name", "")) for item in value)
            return QCoreApplication.translate("desk", "%n ligne(s)", None, len(value))
        return ", ".join(_choice(str(item), field, lang) for item in value)
    if isinstance(value, Mapping) and ("lat" in value or kind == "gps"):
        return " ; ".join(  # "16,29947 ; -0,21694": the comma is the decimal sign
            format_number(value[k], lang, decimals=5)
            for k in ("lat", "lon")
            if isinstance(value.get(k), int | float)
        )
    if isinstance(value, Mapping):
        return _place(value, locations)
    text = str(value)
    if kind == "date":
        return format_date(text, lang)
    return _choice(text, field, lang)


def _choice(text: str, field: Field | None, lang: str) -> str:
    if field is not None and field.choices:
        return field.choice_label(text, lang) or text
    return text


def _place(value: Mapping[str, Any], locations: Locations | None) -> str:
    if locations is not None:
        return locations.label(value)  # "Ouattagouna, Ansongo, Gao"
    return ", ".join(str(v) for v in value.values() if v not in (None, ""))
