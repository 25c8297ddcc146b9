"""French (and English) formatting of dates and numbers, through Babel, shared by every layer.

Dates show as dd/mm/yyyy (``format_date``) or "26 mai 2023" (``format_long_date``); numbers use
French grouping with U+202F ("1 234"); percentages "12,5 %". No other module formats by hand.
"""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date as _babel_date
from babel.numbers import format_decimal
from babel.numbers import format_percent as _babel_percent

LOCALES = {"fr": "fr_FR", "en": "en_GB"}


def _locale(lang: str) -> str:
    return LOCALES.get(lang, LOCALES["fr"])


def _as_date(value: date | str | None) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def format_date(value: date | str | None, lang: str = "fr") -> str:
    """dd/mm/yyyy for a date or an ISO string; an unreadable value is returned as it is."""
    day = _as_date(value)
    if day is None:
        return "" if value is None else str(value)
    return _babel_date(day, format="dd/MM/yyyy", locale=_locale(lang))


def format_datetime(value: datetime, lang: str = "fr") -> str:
    """dd/mm/yyyy HH:MM in the laptop's local time (a UTC ``value`` is converted)."""
    local = value.astimezone() if value.tzinfo else value
    return format_date(local.date(), lang) + local.strftime(" %H:%M")


def format_long_date(value: date | str | None, lang: str = "fr") -> str:
    """ "26 mai 2023", "1er avril 2023" (fr) / "26 May 2023" (en)."""
    day = _as_date(value)
    if day is None:
        return "" if value is None else str(value)
    if day.day == 1 and lang == "fr":  # French writes the first of the month as an ordinal
        return "1er " + _babel_date(day, format="MMMM yyyy", locale=_locale(lang))
    return _babel_date(day, format="d MMMM yyyy", locale=_locale(lang))


def format_number(value: float, lang: str = "fr", *, decimals: int = 0) -> str:
    """ "1 234" with U+202F in French; ``decimals`` fixed fraction digits."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=_locale(lang))


def format_percent(ratio: float, lang: str = "fr", *, decimals: int = 1) -> str:
    """ "12,5 %" for 0.125 in French."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "") + "\u202f%"
    return _babel_percent(ratio, format=pattern, locale=_locale(lang))


def format_date_range(start: date | str | None, end: date | str | None, lang: str = "fr") -> str:
    """ "22 mai 2023", "22–23 mai 2023" or "29 mai – 2 juin 2023" (a missing end: one day)."""
    first, last = _as_date(start), _as_date(end)
    if first is None:
        return format_long_date(end, lang) if last else ("" if start is None else str(start))
    if last is None or last == first:
        return format_long_date(first, lang)
    if (first.year, first.month) == (last.year, last.month):  # Babel would abbreviate "janv."
        return f"{first.day}–{format_long_date(last, lang)}"
    head = "d MMMM" if first.year == last.year else "d MMMM yyyy"
    opening = _babel_date(first, format=head, locale=_locale(lang))
    return f"{opening} – {format_long_date(last, lang)}"


def format_month(value: date | str | None, lang: str = "fr") -> str:
    """ "mai 2023" (fr) / "May 2023" (en)."""
    day = _as_date(value)
    if day is None:
        return "" if value is None else str(value)
    return _babel_date(day, format="LLLL yyyy", locale=_locale(lang))
