"""The one aggregation behind every report, export and the dashboard: periods, incident figures,
activity summaries, participant lists and the quarterly bulletin.

Pure functions over record data: a record is either a store ``Record`` or a plain mapping with
``id, form_id, data, region, status, deleted`` (see ``RecordLike``). Nothing here opens a
database, a file or a PDF; ``services`` loads the records, ``reports`` renders what this module
returns. Every figure a PDF, a spreadsheet or the screen shows comes from these dataclasses, so
they can never disagree.

What counts (``is_counted``): records whose ``status`` is ``"final"`` and that are not deleted
(tombstones). Drafts never count. Incidents are reviewed by the secretariat (``domain.review``):
``incident_report(…, include_unverified=False)`` — what published reports use by default —
counts only ``verifie`` incidents and says how many others it left out; with ``True`` every final
incident counts and each unverified one is marked (``MajorIncident.review_status``,
``IncidentReport.unverified``). Activities are not reviewed: they always count when final.

The aggregation returns *codes* (programme ``news``, domain ``crime_extremisme``, region ``gao``);
``choice_labels``/``choice_label`` turn form codes into labels in the user's language and
``region_label``/``cercle_label`` do the same for places (from a ``Locations``).

Field ids used: activity ``programme, type_activite, type_autre, titre, date_debut, date_fin,
lieu, salle, partenaire, participants, feuille_signee, pieces_jointes``; incident ``titre,
date_incident, lieu, domaine, type_incident, type_autre, morts, blesses, deplaces``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Protocol, runtime_checkable

from focalpoint.domain.errors import UsageError
from focalpoint.domain.formatting import (
    format_long_date,
    format_month,
    format_number,
)
from focalpoint.domain.forms import Form
from focalpoint.domain.indicators import ParticipantTotals, participant_totals
from focalpoint.domain.locations import Locations
from focalpoint.domain.review import RECEIVED, SETTLED_STATUSES, VERIFIED, status_label

ACTIVITY_FORM = "activite"
INCIDENT_FORM = "incident"
COUNTED_STATUSES: tuple[str, ...] = ("final",)
VERIFIED_REVIEW = VERIFIED  # the review status that counts when include_unverified=False

PERIOD_KINDS: tuple[str, ...] = ("week", "month", "quarter")
# A major incident has at least this many victims (deaths + injured). Five is the toll from
# which the NEWS weekly reports of 2023 list an incident by name; change it per report.
DEFAULT_MAJOR_THRESHOLD = 5
# How many periods a trend shows, this one included (two months of weeks, half a year of
# months, a year of quarters).
DEFAULT_TREND_LENGTH: dict[str, int] = {"week": 8, "month": 6, "quarter": 4}

YOUTH_AGES = (18, 35)  # the activite form's ``jeune`` rule, used when a row lacks ``jeune``
UNKNOWN = ""  # the key used for a missing domain, region or cercle in a breakdown


# ----------------------------------------------------------------------------- records


@runtime_checkable
class RecordLike(Protocol):
    """What the aggregation reads of a record (``store.records.Record`` satisfies it)."""

    @property
    def id(self) -> str: ...
    @property
    def form_id(self) -> str: ...
    @property
    def data(self) -> Mapping[str, Any]: ...
    @property
    def region(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def deleted(self) -> bool: ...


AnyRecord = RecordLike | Mapping[str, Any]


def _get(record: AnyRecord, name: str, default: Any = None) -> Any:
    if isinstance(record, Mapping):
        return record.get(name, default)
    return getattr(record, name, default)


def _data(record: AnyRecord) -> Mapping[str, Any]:
    data = _get(record, "data")
    return data if isinstance(data, Mapping) else {}


def record_region_code(record: AnyRecord) -> str:
    """The region code of a record: its ``region``, else the region of its ``lieu``."""
    region = _get(record, "region")
    if isinstance(region, str) and region:
        return region
    place = _data(record).get("lieu")
    if isinstance(place, Mapping) and isinstance(place.get("region"), str):
        return place["region"]
    return UNKNOWN


def is_counted(record: AnyRecord, *, include_unverified: bool = True) -> bool:
    """Whether a record counts in figures: final (never a draft) and not deleted.

    ``include_unverified=False`` keeps only records whose ``review_status`` (attribute or key,
    added by the review issue) is ``"verifie"``; with the default every final record counts.
    """
    if _get(record, "deleted", False):
        return False
    if _get(record, "status") not in COUNTED_STATUSES:
        return False
    return include_unverified or _get(record, "review_status") == VERIFIED_REVIEW


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _int(value: Any) -> int:
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return max(value, 0)
    if isinstance(value, float) and value >= 0:
        return int(value)
    return 0


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _place(data: Mapping[str, Any]) -> Mapping[str, Any]:
    place = data.get("lieu")
    return place if isinstance(place, Mapping) else {}


# ----------------------------------------------------------------------------- periods

_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-?[QT](\d)$", re.IGNORECASE)


@dataclass(frozen=True)
class Period:
    """A report period: an ISO week, a calendar month or a calendar quarter.

    ``start`` and ``end`` are both inclusive. ``label`` is the canonical code ("2023-W22",
    "2023-05", "2023-Q2"), the text ``parse_period`` reads back; ``title(lang)`` and
    ``short_title(lang)`` give what a person reads.
    """

    kind: str
    start: date
    end: date
    label: str

    @property
    def days(self) -> int:
        """Number of days in the period."""
        return (self.end - self.start).days + 1

    def contains(self, day: date) -> bool:
        """Whether ``day`` falls within the period (both ends included)."""
        return self.start <= day <= self.end

    def shift(self, steps: int) -> Period:
        """The period ``steps`` periods later (earlier when negative), of the same kind."""
        if self.kind == "week":
            return week_period(self.start + timedelta(weeks=steps))
        months = 1 if self.kind == "month" else 3
        index = self.start.year * 12 + self.start.month - 1 + steps * months
        first = date(index // 12, index % 12 + 1, 1)
        return month_period(first) if self.kind == "month" else quarter_period(first)

    def previous(self, n: int) -> list[Period]:
        """The ``n`` periods before this one, oldest first (this one not included)."""
        return [self.shift(-k) for k in range(n, 0, -1)]

    def title(self, lang: str = "fr") -> str:
        """ "semaine 22 (29 mai – 4 juin 2023)", "mai 2023", "2e trimestre 2023" (fr)."""
        from focalpoint.domain.formatting import format_date_range

        if self.kind == "week":
            week = self.start.isocalendar()[1]
            word = "semaine" if lang == "fr" else "week"
            return f"{word} {week} ({format_date_range(self.start, self.end, lang)})"
        if self.kind == "month":
            return format_month(self.start, lang)
        quarter = (self.start.month - 1) // 3 + 1
        if lang == "fr":
            rank = "1er" if quarter == 1 else f"{quarter}e"
            return f"{rank} trimestre {self.start.year}"
        return f"Q{quarter} {self.start.year}"

    def short_title(self, lang: str = "fr") -> str:
        """What a chart axis shows: "S22" / "W22", "mai 23" / "May 23", "T2 23" / "Q2 23"."""
        year = f"{self.start.year % 100:02d}"
        if self.kind == "week":
            return f"{'S' if lang == 'fr' else 'W'}{self.start.isocalendar()[1]}"
        if self.kind == "month":
            from babel.dates import format_date as _babel_date

            from focalpoint.domain.formatting import LOCALES

            month = _babel_date(self.start, format="LLL", locale=LOCALES.get(lang, "fr_FR"))
            return f"{month.rstrip('.')} {year}"
        quarter = (self.start.month - 1) // 3 + 1
        return f"{'T' if lang == 'fr' else 'Q'}{quarter} {year}"


def week_period(day: date) -> Period:
    """The ISO week (Monday to Sunday) holding ``day``."""
    year, week, weekday = day.isocalendar()
    start = day - timedelta(days=weekday - 1)
    return Period("week", start, start + timedelta(days=6), f"{year}-W{week:02d}")


def month_period(day: date) -> Period:
    """The calendar month holding ``day``."""
    start = day.replace(day=1)
    following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return Period("month", start, following - timedelta(days=1), f"{start.year}-{start.month:02d}")


def quarter_period(day: date) -> Period:
    """The calendar quarter holding ``day`` (T1 = January–March)."""
    quarter = (day.month - 1) // 3 + 1
    start = date(day.year, 3 * quarter - 2, 1)
    following = date(start.year + (quarter == 4), (3 * quarter) % 12 + 1, 1)
    return Period("quarter", start, following - timedelta(days=1), f"{day.year}-Q{quarter}")


def parse_period(text: str, kind: str | None = None) -> Period:
    """Read "2023-W22" (ISO week), "2023-05" (month) or "2023-Q2"/"2023-T2" (quarter).

    ``kind`` ("week", "month", "quarter") demands that kind. A bad text raises ``UsageError``
    whose ``detail_code`` is ``week_invalid``, ``month_invalid``, ``quarter_invalid`` or
    ``period_invalid`` (with the ``value``), translated by ``domain.messages``.
    """
    if kind not in (None, *PERIOD_KINDS):
        raise ValueError(f"unknown period kind {kind!r}")
    raw = text.strip() if isinstance(text, str) else ""

    def bad(found: str | None) -> UsageError:
        what = kind or found
        code = f"{what}_invalid" if what else "period_invalid"
        return UsageError(f"invalid {what or 'period'}: {text!r}", detail_code=code, value=text)

    if (m := _WEEK.match(raw)) and kind in (None, "week"):
        try:
            start = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            raise bad("week") from None
        return week_period(start)
    if (m := _MONTH.match(raw)) and kind in (None, "month"):
        year, month = int(m.group(1)), int(m.group(2))
        if not (1 <= month <= 12 and year >= 1):
            raise bad("month")
        return month_period(date(year, month, 1))
    if (m := _QUARTER.match(raw)) and kind in (None, "quarter"):
        year, quarter = int(m.group(1)), int(m.group(2))
        if not (1 <= quarter <= 4 and year >= 1):
            raise bad("quarter")
        return quarter_period(date(year, 3 * quarter - 2, 1))
    raise bad(None)


def complete_weeks(period: Period) -> int:
    """How many ISO weeks lie entirely within ``period`` (one weekly report each)."""
    first_monday = period.start + timedelta(days=(7 - period.start.weekday()) % 7)
    if first_monday > period.end:
        return 0
    return max(0, ((period.end - first_monday).days + 1) // 7)


def months_in(period: Period) -> int:
    """How many calendar months lie entirely within ``period`` (one monthly bulletin each)."""
    count, day = 0, period.start
    while day <= period.end:
        month = month_period(day)
        count += month.start >= period.start and month.end <= period.end
        day = month.end + timedelta(days=1)
    return count


# ----------------------------------------------------------------------------- incidents


@dataclass(frozen=True)
class IncidentFigures:
    """Counts over a set of incidents: how many, deaths (``morts``), injured (``blesses``),
    displaced (``deplaces``). Figures add up with ``+``."""

    incidents: int = 0
    deaths: int = 0
    injured: int = 0
    displaced: int = 0

    @property
    def victims(self) -> int:
        """Deaths plus injured (what the major threshold compares)."""
        return self.deaths + self.injured

    def __add__(self, other: IncidentFigures) -> IncidentFigures:
        return IncidentFigures(
            self.incidents + other.incidents,
            self.deaths + other.deaths,
            self.injured + other.injured,
            self.displaced + other.displaced,
        )


@dataclass(frozen=True)
class MajorIncident:
    """One incident listed by name: deaths + injured ≥ the report's ``major_threshold``.

    ``domain`` and ``type`` are the form's codes (``type_incident``); ``type_other`` is the
    free text of ``type_autre`` when the type is ``autre``; region/cercle/commune are codes.
    """

    id: str
    day: date
    title: str
    region: str
    cercle: str
    domain: str
    type: str
    deaths: int
    injured: int
    commune: str = ""
    displaced: int = 0
    type_other: str = ""
    review_status: str = ""  # the secretariat's review ('' never reviewed: domain.review)

    @property
    def verified(self) -> bool:
        """Whether the secretariat verified this incident (else reports mark it)."""
        return self.review_status == VERIFIED_REVIEW


@dataclass(frozen=True)
class IncidentReport:
    """Incident figures of one period (weekly NEWS report, monthly bulletin, a quarter).

    - ``period``: the period reported; ``region``: the region filter (a code) or None for all.
    - ``totals``: every counted incident of the period (region filter applied).
    - ``by_domain``: (domain code, figures), most incidents first, then code; ``""`` = no domain.
    - ``by_region``: (region code, figures), same order. ``by_cercle``: ((region, cercle),
      figures), same order. ``by_type``: (type_incident code, figures).
      Each breakdown sums to ``totals``.
    - ``trend``: (period, figures) for the ``trend_length - 1`` previous periods and this one,
      oldest first (the last item's figures equal ``totals``).
    - ``major``: the major incidents (deaths + injured ≥ ``major_threshold``), by day then id;
      ``major_totals`` their figures.
    - ``include_unverified``: whether unverified incidents were counted (see ``is_counted``).
    - ``unverified``: final incidents of the period (region filter applied) that the
      secretariat has not verified — counted in every figure above when
      ``include_unverified``, left out of them otherwise; ``awaiting``: how many of them wait
      for the secretariat (neither verified nor rejected: reçu, en vérification, besoin
      d'informations, or never reviewed). ``verification_sentence`` says it in words.
    """

    period: Period
    region: str | None
    totals: IncidentFigures
    by_domain: tuple[tuple[str, IncidentFigures], ...]
    by_region: tuple[tuple[str, IncidentFigures], ...]
    by_cercle: tuple[tuple[tuple[str, str], IncidentFigures], ...]
    trend: tuple[tuple[Period, IncidentFigures], ...]
    major: tuple[MajorIncident, ...]
    major_threshold: int
    by_type: tuple[tuple[str, IncidentFigures], ...] = ()
    major_totals: IncidentFigures = field(default_factory=IncidentFigures)
    include_unverified: bool = True
    unverified: int = 0
    awaiting: int = 0

    @property
    def is_empty(self) -> bool:
        """True when no incident was counted in the period (the report says so)."""
        return self.totals.incidents == 0


@dataclass(frozen=True)
class _Incident:
    id: str
    day: date
    region: str
    cercle: str
    commune: str
    domain: str
    type: str
    type_other: str
    title: str
    figures: IncidentFigures
    review_status: str = ""

    @property
    def verified(self) -> bool:
        return self.review_status == VERIFIED_REVIEW


def _incidents(records: Iterable[AnyRecord], region: str | None) -> list[_Incident]:
    """Every final, live, dated incident (of ``region`` when given), verified or not."""
    out = []
    for record in records:
        if _get(record, "form_id") != INCIDENT_FORM:
            continue
        if not is_counted(record, include_unverified=True):
            continue
        data = _data(record)
        day = _as_date(data.get("date_incident"))
        if day is None:
            continue
        rec_region = record_region_code(record)
        if region is not None and rec_region != region:
            continue
        place = _place(data)
        out.append(
            _Incident(
                id=str(_get(record, "id", "")),
                day=day,
                region=rec_region,
                cercle=_text(place.get("cercle")),
                commune=_text(place.get("commune")),
                domain=_text(data.get("domaine")),
                type=_text(data.get("type_incident")),
                type_other=_text(data.get("type_autre")),
                title=_text(data.get("titre")),
                figures=IncidentFigures(
                    1,
                    _int(data.get("morts")),
                    _int(data.get("blesses")),
                    _int(data.get("deplaces")),
                ),
                review_status=str(_get(record, "review_status", "") or ""),
            )
        )
    return out


def _sum(items: Iterable[_Incident]) -> IncidentFigures:
    total = IncidentFigures()
    for item in items:
        total += item.figures
    return total


def _breakdown(items: Iterable[_Incident], key: Any) -> tuple[tuple[Any, IncidentFigures], ...]:
    groups: dict[Any, IncidentFigures] = {}
    for item in items:
        k = key(item)
        groups[k] = groups.get(k, IncidentFigures()) + item.figures
    return tuple(sorted(groups.items(), key=lambda kv: (-kv[1].incidents, -kv[1].victims, kv[0])))


def incident_report(
    records: Iterable[AnyRecord],
    period: Period,
    *,
    region: str | None = None,
    major_threshold: int = DEFAULT_MAJOR_THRESHOLD,
    trend_length: int | None = None,
    include_unverified: bool = True,
) -> IncidentReport:
    """The incident figures of ``period`` (records of other forms are ignored).

    ``region`` keeps one region's incidents (a code, e.g. "gao"). ``trend_length`` periods
    (this one included; default ``DEFAULT_TREND_LENGTH[period.kind]``) make the trend. An
    incident without a readable ``date_incident`` is not counted. ``include_unverified=False``
    counts only the incidents the secretariat verified (what published reports do by default);
    either way ``unverified`` and ``awaiting`` say how many of the period's are not verified.
    """
    length = max(1, trend_length or DEFAULT_TREND_LENGTH.get(period.kind, 6))
    trend_periods = [*period.previous(length - 1), period]
    earliest = trend_periods[0].start
    final = [i for i in _incidents(records, region) if earliest <= i.day <= period.end]
    unverified = [i for i in final if period.contains(i.day) and not i.verified]
    incidents = [i for i in final if include_unverified or i.verified]
    current = [i for i in incidents if period.contains(i.day)]
    trend = tuple((p, _sum(i for i in incidents if p.contains(i.day))) for p in trend_periods)
    majors = sorted(
        (i for i in current if i.figures.victims >= major_threshold), key=lambda i: (i.day, i.id)
    )
    return IncidentReport(
        period=period,
        region=region,
        totals=_sum(current),
        by_domain=_breakdown(current, lambda i: i.domain),
        by_region=_breakdown(current, lambda i: i.region),
        by_cercle=_breakdown(current, lambda i: (i.region, i.cercle)),
        trend=trend,
        major=tuple(
            MajorIncident(
                id=i.id,
                day=i.day,
                title=i.title,
                region=i.region,
                cercle=i.cercle,
                domain=i.domain,
                type=i.type,
                deaths=i.figures.deaths,
                injured=i.figures.injured,
                commune=i.commune,
                displaced=i.figures.displaced,
                type_other=i.type_other,
                review_status=i.review_status,
            )
            for i in majors
        ),
        major_threshold=major_threshold,
        by_type=_breakdown(current, lambda i: i.type),
        major_totals=_sum(majors),
        include_unverified=include_unverified,
        unverified=len(unverified),
        awaiting=sum(i.review_status not in SETTLED_STATUSES for i in unverified),
    )


def review_code(status: str) -> str:
    """The review status a report shows: ``status``, or ``recu`` for an incident never
    reviewed ('' — ``domain.review``: a final incident nobody has reviewed yet is received)."""
    return status or RECEIVED


def unverified_mark(status: str, lang: str = "fr") -> str:
    """What marks an unverified incident in a list: "non vérifié (en vérification)" (fr),
    "not verified (being checked)" (en); "" for a verified one."""
    if status == VERIFIED_REVIEW:
        return ""
    label = status_label(review_code(status), lang).lower()
    return f"non vérifié ({label})" if lang == "fr" else f"not verified ({label})"


def verification_sentence(report: IncidentReport, lang: str = "fr") -> str:
    """What a report says about the secretariat's verification of its incidents, e.g. (fr):

    - verified only (the default): "Seuls les incidents vérifiés par le secrétariat sont
      comptés ; 3 incidents non vérifiés de la période n'y figurent pas.";
    - with the unverified ones: "Inclut 3 incidents non vérifiés par le secrétariat (« non
      vérifié » dans la liste des incidents majeurs)." (the list part when one of them is
      major).
    """
    n = report.unverified
    count = format_number(n, lang)
    listed = any(not m.verified for m in report.major)
    if lang == "en":
        noun = "incident" if n == 1 else "incidents"
        if report.include_unverified:
            if not n:
                return "Includes unverified incidents: none in this period."
            marked = " (“not verified” in the list of major incidents)" if listed else ""
            return f"Includes {count} {noun} not verified by the secretariat{marked}."
        text = "Only the incidents verified by the secretariat are counted"
        if not n:
            return text + "."
        verb = "is" if n == 1 else "are"
        return f"{text}; {count} unverified {noun} of the period {verb} left out."
    many = n > 1
    noun = "incidents non vérifiés" if many else "incident non vérifié"
    if report.include_unverified:
        if not n:
            return "Inclut les incidents non vérifiés : aucun sur cette période."
        marked = " (« non vérifié » dans la liste des incidents majeurs)" if listed else ""
        return f"Inclut {count} {noun} par le secrétariat{marked}."
    text = "Seuls les incidents vérifiés par le secrétariat sont comptés"
    if not n:
        return text + "."
    verb = "n'y figurent pas" if many else "n'y figure pas"
    return f"{text} ; {count} {noun} de la période {verb}."


def _verified(report: IncidentReport, lang: str) -> str:
    """ "vérifié " / "verified " when unverified incidents of the period were left out."""
    if report.include_unverified or not report.unverified:
        return ""
    return "vérifié " if lang == "fr" else "verified "


def summary_sentence(report: IncidentReport, lang: str = "fr") -> str:
    """One sentence summing up ``report``, e.g. (fr):

    "Entre le 1er avril 2023 et le 30 juin 2023, 150 incidents ont été rapportés, faisant 153
    morts et 236 blessés ; 40 incidents majeurs (au moins 5 morts et blessés)."

    The first count is every counted incident and the deaths and injured are theirs (as in the
    2023 Q2 bulletin, whose "116 incidents majeurs" are all the incidents its reports listed,
    with their whole toll); the second part counts the major incidents of ``major``.
    A period without incidents says so ("aucun incident vérifié" when unverified ones were
    left out).
    """
    t, p = report.totals, report.period
    start, end = format_long_date(p.start, lang), format_long_date(p.end, lang)

    def n(value: int) -> str:
        return format_number(value, lang)

    def plural(count: int, one: str, many: str) -> str:
        return one if (count in (0, 1) and lang == "fr") or count == 1 else many

    if lang == "en":
        if t.incidents == 0:
            return f"Between {start} and {end}, no {_verified(report, lang)}incident was reported."
        return (
            f"Between {start} and {end}, {n(t.incidents)} "
            f"{plural(t.incidents, 'incident was', 'incidents were')} reported, causing "
            f"{n(t.deaths)} {plural(t.deaths, 'death', 'deaths')} and {n(t.injured)} injured; "
            f"{n(len(report.major))} major {plural(len(report.major), 'incident', 'incidents')} "
            f"(at least {n(report.major_threshold)} dead and injured)."
        )
    if t.incidents == 0:
        verified = _verified(report, lang)
        return f"Entre le {start} et le {end}, aucun incident {verified}n'a été rapporté."
    majors = len(report.major)
    return (
        f"Entre le {start} et le {end}, {n(t.incidents)} "
        f"{plural(t.incidents, 'incident a été rapporté', 'incidents ont été rapportés')}, "
        f"faisant {n(t.deaths)} {plural(t.deaths, 'mort', 'morts')} et {n(t.injured)} "
        f"{plural(t.injured, 'blessé', 'blessés')} ; {n(majors)} "
        f"{plural(majors, 'incident majeur', 'incidents majeurs')} "
        f"(au moins {n(report.major_threshold)} morts et blessés)."
    )


# ----------------------------------------------------------------------------- activities


@dataclass(frozen=True)
class ParticipantRow:
    """One participant of an activity as lists print it (``number`` counts from 1).

    ``sex`` is "F"/"M" or ""; ``age`` None when unknown; ``youth``/``disabled`` are the
    ``jeune``/``handicap`` answers (None when unanswered).
    """

    number: int
    last_name: str
    first_name: str
    sex: str
    age: int | None
    youth: bool | None
    disabled: bool | None
    organisation: str
    function: str
    locality: str
    phone: str


@dataclass(frozen=True)
class ActivitySummary:
    """One activity as reports show it.

    - ``id``, ``title`` (``titre``), ``programme`` and ``activity_type`` (codes;
      ``activity_type_other`` the ``type_autre`` text when the type is ``autre``).
    - ``start`` (``date_debut``), ``end`` (``date_fin``, or ``start`` for a one-day activity).
    - ``region``, ``cercle``, ``commune``, ``locality`` (codes of ``lieu``, "" when missing).
    - ``place_text``: the room or venue (``salle``); ``partner`` (``partenaire``).
    - ``participants``: the disaggregated totals (``indicators.participant_totals``).
    - ``attachments``: file names of ``feuille_signee`` then ``pieces_jointes``;
      ``signed_sheets`` how many of them are signed attendance sheets.
    - ``status``: the record's status (draft/final), for a single-activity report.
    """

    id: str
    title: str
    programme: str
    activity_type: str
    start: date | None
    end: date | None
    region: str
    cercle: str
    commune: str
    place_text: str
    partner: str
    participants: ParticipantTotals
    attachments: tuple[str, ...]
    locality: str = ""
    activity_type_other: str = ""
    signed_sheets: int = 0
    status: str = ""


def _with_youth(row: Mapping[str, Any]) -> Mapping[str, Any]:
    """The row, with ``jeune`` computed from ``age`` (the form's 18-35 rule) when it is absent
    (generated or raw data; saved records already hold it)."""
    age = row.get("age")
    if "jeune" in row or not isinstance(age, int) or isinstance(age, bool):
        return row
    return {**row, "jeune": YOUTH_AGES[0] <= age <= YOUTH_AGES[1]}


def _rows(data: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    rows = data.get("participants")
    if not isinstance(rows, list):
        return []
    return [_with_youth(r) for r in rows if isinstance(r, Mapping)]


def _names(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    return [
        _text(v.get("name")) or _text(v.get("sha256"))[:12] for v in value if isinstance(v, Mapping)
    ]


def activity_summary(record: AnyRecord) -> ActivitySummary:
    """The summary of one activity record (whatever its status: callers choose what counts)."""
    data = _data(record)
    place = _place(data)
    start = _as_date(data.get("date_debut"))
    sheets = _names(data.get("feuille_signee"))
    return ActivitySummary(
        id=str(_get(record, "id", "")),
        title=_text(data.get("titre")),
        programme=_text(data.get("programme")),
        activity_type=_text(data.get("type_activite")),
        start=start,
        end=_as_date(data.get("date_fin")) or start,
        region=record_region_code(record),
        cercle=_text(place.get("cercle")),
        commune=_text(place.get("commune")),
        place_text=_text(data.get("salle")),
        partner=_text(data.get("partenaire")),
        participants=participant_totals(_rows(data)),
        attachments=(*sheets, *_names(data.get("pieces_jointes"))),
        locality=_text(place.get("localite")),
        activity_type_other=_text(data.get("type_autre")),
        signed_sheets=len(sheets),
        status=str(_get(record, "status", "")),
    )


def _opt_bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def participant_rows(record: AnyRecord) -> tuple[ParticipantRow, ...]:
    """The participants of an activity record, in entry order, numbered from 1."""
    out = []
    for number, row in enumerate(_rows(_data(record)), start=1):
        age = row.get("age")
        out.append(
            ParticipantRow(
                number=number,
                last_name=_text(row.get("nom")),
                first_name=_text(row.get("prenom")),
                sex=_text(row.get("sexe")),
                age=age if isinstance(age, int) and not isinstance(age, bool) else None,
                youth=_opt_bool(row.get("jeune")),
                disabled=_opt_bool(row.get("handicap")),
                organisation=_text(row.get("organisation")),
                function=_text(row.get("fonction")),
                locality=_text(row.get("localite")),
                phone=_text(row.get("telephone")),
            )
        )
    return tuple(out)


@dataclass(frozen=True)
class ParticipantList:
    """An activity with its participants: the filled list (``rows``) or, with ``blank_rows``
    > 0 and no rows, the blank attendance sheet to print."""

    activity: ActivitySummary
    rows: tuple[ParticipantRow, ...]
    blank_rows: int = 0


def participant_list(record: AnyRecord, *, blank_rows: int = 0) -> ParticipantList:
    """The participant list of an activity record; ``blank_rows`` > 0 asks for a blank sheet
    of that many numbered rows (the entered participants are then left out)."""
    rows = () if blank_rows > 0 else participant_rows(record)
    return ParticipantList(activity_summary(record), rows, max(0, blank_rows))


# ----------------------------------------------------------------------------- quarterly


@dataclass(frozen=True)
class ProgrammeBlock:
    """The activities of one programme (a code) in a period, by start date, with the sum of
    their participants."""

    programme: str
    activities: tuple[ActivitySummary, ...]
    participants: ParticipantTotals


@dataclass(frozen=True)
class QuarterlyReport:
    """The quarterly bulletin's figures.

    - ``period``: the quarter (any ``Period`` works); ``region``: the filter or None.
    - ``programmes``: one block per programme with activities, in ``programme_order`` (the
      form's order when given, else by code); each activity's ``start`` is in the period.
    - ``sessions``: number of activities; ``participants``: their participants added up.
    - ``incidents``: the ``IncidentReport`` of the same period and region.
    - ``weekly_reports``: ISO weeks entirely within the period (a NEWS weekly report each;
      12 in 2023 Q2); ``monthly_bulletins``: whole months within it (3 in a quarter).
    """

    period: Period
    programmes: tuple[ProgrammeBlock, ...]
    sessions: int
    participants: ParticipantTotals
    incidents: IncidentReport
    weekly_reports: int
    monthly_bulletins: int
    region: str | None = None

    @property
    def is_empty(self) -> bool:
        """True when the period holds neither an activity nor an incident."""
        return self.sessions == 0 and self.incidents.is_empty


def activities_in(
    records: Iterable[AnyRecord],
    period: Period,
    *,
    region: str | None = None,
    include_unverified: bool = True,
) -> list[ActivitySummary]:
    """Summaries of the counted activities starting within ``period``, by start date then id."""
    out = []
    for record in records:
        if _get(record, "form_id") != ACTIVITY_FORM:
            continue
        if not is_counted(record, include_unverified=include_unverified):
            continue
        if region is not None and record_region_code(record) != region:
            continue
        start = _as_date(_data(record).get("date_debut"))
        if start is None or not period.contains(start):
            continue
        out.append(activity_summary(record))
    out.sort(key=lambda a: (a.start or period.start, a.id))
    return out


def quarterly_report(
    records: Iterable[AnyRecord],
    quarter: Period,
    region: str | None = None,
    *,
    major_threshold: int = DEFAULT_MAJOR_THRESHOLD,
    trend_length: int | None = None,
    programme_order: Iterable[str] = (),
    include_unverified: bool = True,
) -> QuarterlyReport:
    """The quarterly bulletin of ``quarter``: activities by programme and incident figures.

    ``include_unverified`` applies to the incidents only (``incident_report``): activities are
    not reviewed, every final one counts."""
    items = list(records)
    activities = activities_in(items, quarter, region=region)  # activities are not reviewed
    order = {code: i for i, code in enumerate(programme_order)}
    groups: dict[str, list[ActivitySummary]] = {}
    for activity in activities:
        groups.setdefault(activity.programme, []).append(activity)
    blocks = tuple(
        ProgrammeBlock(code, tuple(acts), sum((a.participants for a in acts), ParticipantTotals()))
        for code, acts in sorted(
            groups.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])
        )
    )
    return QuarterlyReport(
        period=quarter,
        programmes=blocks,
        sessions=len(activities),
        participants=sum((a.participants for a in activities), ParticipantTotals()),
        incidents=incident_report(
            items,
            quarter,
            region=region,
            major_threshold=major_threshold,
            trend_length=trend_length,
            include_unverified=include_unverified,
        ),
        weekly_reports=complete_weeks(quarter),
        monthly_bulletins=months_in(quarter),
        region=region,
    )


# ----------------------------------------------------------------------------- labels


def choice_labels(form: Form | None, field_id: str, lang: str = "fr") -> dict[str, str]:
    """code → label of the select field ``field_id`` of ``form``, in ``lang`` (form order)."""
    f = form.field(field_id) if form is not None else None
    if f is None:
        return {}
    return {c.value: f.choice_label(c.value, lang) for c in f.choices}


def choice_label(form: Form | None, field_id: str, code: str, lang: str = "fr") -> str:
    """The label of ``code`` in the select field ``field_id`` (the code itself if unknown;
    "Non précisé"/"Not specified" for an empty code)."""
    if not code:
        return unspecified(lang)
    return choice_labels(form, field_id, lang).get(code, code)


def choice_order(form: Form | None, field_id: str) -> tuple[str, ...]:
    """The codes of the select field ``field_id`` in form order (for ``programme_order``)."""
    f = form.field(field_id) if form is not None else None
    return f.choice_values() if f is not None else ()


def unspecified(lang: str = "fr") -> str:
    """What a missing code shows."""
    return "Non précisé" if lang == "fr" else "Not specified"


def region_label(locations: Locations | None, code: str, lang: str = "fr") -> str:
    """The name of region ``code`` (the code itself when unknown)."""
    if not code:
        return unspecified(lang)
    region = locations.region(code) if locations is not None else None
    return region.name if region is not None else code


def cercle_label(locations: Locations | None, region: str, code: str, lang: str = "fr") -> str:
    """The name of cercle ``code`` of ``region`` (the code itself when unknown)."""
    if not code:
        return unspecified(lang)
    cercle = locations.cercle(region, code) if locations is not None else None
    return cercle.name if cercle is not None else code


def commune_label(
    locations: Locations | None, region: str, cercle: str, code: str, lang: str = "fr"
) -> str:
    """The name of commune ``code`` (the code itself when unknown, "" when empty)."""
    if not code:
        return ""
    commune = locations.commune(region, cercle, code) if locations is not None else None
    return commune.name if commune is not None else code


@dataclass(frozen=True)
class CodeLabels:
    """Labels of the codes the aggregation returns, in one language (exports, dashboard).

    Each lookup falls back to the code itself, so an unknown code still shows; an empty code
    shows "Non précisé". Cercles are keyed by (region, cercle), communes by (region, cercle,
    commune): their codes are unique only inside their parent.
    """

    programmes: Mapping[str, str] = field(default_factory=dict)
    activity_types: Mapping[str, str] = field(default_factory=dict)
    domains: Mapping[str, str] = field(default_factory=dict)
    incident_types: Mapping[str, str] = field(default_factory=dict)
    regions: Mapping[str, str] = field(default_factory=dict)
    cercles: Mapping[tuple[str, str], str] = field(default_factory=dict)
    communes: Mapping[tuple[str, str, str], str] = field(default_factory=dict)
    lang: str = "fr"

    def _look(self, table: Mapping[Any, str], key: Any, code: str) -> str:
        return table.get(key, code) if code else unspecified(self.lang)

    def programme(self, code: str) -> str:
        """The label of a programme code ("fps" → "Femme, paix et sécurité (WIPNET)")."""
        return self._look(self.programmes, code, code)

    def activity_type(self, code: str, other: str = "") -> str:
        """The label of an activity type (``other``, the ``type_autre`` text, wins if given)."""
        return other or self._look(self.activity_types, code, code)

    def domain(self, code: str) -> str:
        """The label of an incident domain code."""
        return self._look(self.domains, code, code)

    def incident_type(self, code: str, other: str = "") -> str:
        """The label of an incident type (``other``, the ``type_autre`` text, wins if given)."""
        return other or self._look(self.incident_types, code, code)

    def region(self, code: str) -> str:
        """The name of a region code ("segou" → "Ségou")."""
        return self._look(self.regions, code, code)

    def cercle(self, region: str, code: str) -> str:
        """The name of cercle ``code`` of ``region``."""
        return self._look(self.cercles, (region, code), code)

    def commune(self, region: str, cercle: str, code: str) -> str:
        """The name of commune ``code`` ("" when empty)."""
        return self.communes.get((region, cercle, code), code) if code else ""

    @classmethod
    def from_forms(
        cls,
        activity: Form | None = None,
        incident: Form | None = None,
        locations: Locations | None = None,
        lang: str = "fr",
    ) -> CodeLabels:
        """Labels read from the ``activite`` and ``incident`` forms' choice lists and from the
        places list, in ``lang``."""
        regions: dict[str, str] = {}
        cercles: dict[tuple[str, str], str] = {}
        communes: dict[tuple[str, str, str], str] = {}
        for region in locations.regions if locations is not None else ():
            regions[region.code] = region.name
            for cercle in region.cercles:
                cercles[(region.code, cercle.code)] = cercle.name
                for commune in cercle.communes:
                    communes[(region.code, cercle.code, commune.code)] = commune.name
        return cls(
            programmes=choice_labels(activity, "programme", lang),
            activity_types=choice_labels(activity, "type_activite", lang),
            domains=choice_labels(incident, "domaine", lang),
            incident_types=choice_labels(incident, "type_incident", lang),
            regions=regions,
            cercles=cercles,
            communes=communes,
            lang=lang,
        )
