"""PDF reports: French figures in the text, pages that render, long lists that span pages."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader

from focalpoint.domain import aggregation as ag
from focalpoint.domain.errors import StorageError
from focalpoint.domain.formatting import format_number, format_percent
from focalpoint.domain.locations import Locations, default_locations
from focalpoint.reports import pdf
from focalpoint.reports.pdf import ActivityHeading, Labels
from focalpoint.store.forms import load_shipped_forms
from tests.conftest import REPO
from tests.reports.pdf_helpers import (
    LONG_NAME,
    activity_record,
    demo_records,
    is_blank,
    make_participants,
    page_texts,
    squash,
    to_png,
)

NNBSP = "\u202f"
VERIFIED = {"include_unverified": False}  # what published reports count by default
EVERY = {"include_unverified": True}  # the option: unverified incidents too, marked
SHEET_HEADERS = ("N°", "Nom", "Prénom", "Sexe", "Âge", "Organisation", "Téléphone", "Signature")


@pytest.fixture(scope="module")
def locations() -> Locations:
    return default_locations()


@pytest.fixture(scope="module")
def labels(locations: Locations) -> Labels:
    forms = load_shipped_forms()
    return Labels.from_forms(forms["activite"], forms["incident"], locations)


@pytest.fixture(scope="module")
def records(locations: Locations) -> list[dict[str, Any]]:
    return demo_records(locations)


def incident(day: str, n: int, *, dead: int = 0, hurt: int = 0, region: str = "gao") -> dict:
    return {
        "id": f"inc-{day}-{n}",
        "form_id": "incident",
        "region": region,
        "status": "final",
        "deleted": False,
        "data": {
            "titre": f"Attaque armée près de Ménaka n°{n}",
            "date_incident": day,
            "lieu": {"region": region, "cercle": "ansongo" if region == "gao" else "mopti"},
            "domaine": "crime_extremisme" if n % 3 else "conflits_communautaires",
            "type_incident": "attaque_armee",
            "morts": dead,
            "blesses": hurt,
        },
    }


# ----------------------------------------------------------------------------- fonts


def test_fonts_are_bundled_with_their_licence() -> None:
    folder = REPO / "resources" / "fonts"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"):
        assert (folder / name).is_file(), name
    assert "Bitstream" in (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")


def test_fonts_are_found_inside_a_pyinstaller_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from focalpoint.reports.pdf._fonts import default_fonts_dir

    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert default_fonts_dir() == tmp_path / "resources" / "fonts"


def test_the_pdf_embeds_dejavu_and_never_helvetica(tmp_path: Path, labels: Labels) -> None:
    out = tmp_path / "sheet.pdf"
    pdf.render_attendance_sheet(out, None, labels, rows=3)
    fonts = {
        str(font["/BaseFont"])
        for page in PdfReader(out).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("DejaVuSans" in f for f in fonts)
    assert not any("Helvetica" in f for f in fonts)


def test_importing_the_public_module_does_not_load_reportlab() -> None:
    code = "import sys, focalpoint.reports.pdf; print('reportlab' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert result.stdout.strip() == "False"


# ----------------------------------------------------------------------------- attendance


def test_blank_sheet_has_numbered_rows_and_the_activity(tmp_path: Path, labels: Labels) -> None:
    out = tmp_path / "blank.pdf"
    record = activity_record([])
    pages = pdf.render_participant_list(out, ag.participant_list(record, blank_rows=40), labels)
    texts = page_texts(out)
    assert pages == len(texts) > 1
    assert "Liste de présence" in texts[0]
    assert "Formation des membres du CCS-C de Bandiagara" in squash(texts[0])
    assert "22–23 mai 2023" in texts[0]
    assert "Comités consultatifs de sécurité communaux (CCS-C)" in texts[0]
    assert "Bandiagara, Mopti" in texts[0]
    numbers = {line.strip() for text in texts for line in text.splitlines()}
    assert {str(n) for n in range(1, 41)} <= numbers
    assert "41" not in numbers
    for number, text in enumerate(texts, start=1):
        assert all(h in text for h in SHEET_HEADERS), f"header missing on page {number}"
        assert f"Page {number} / {pages}" in text


def test_blank_sheet_without_an_activity_leaves_the_heading_blank(
    tmp_path: Path, labels: Labels
) -> None:
    out = tmp_path / "blank.pdf"
    assert pdf.render_attendance_sheet(out, None, labels, rows=5) == 1
    text = page_texts(out)[0]
    assert "Activité" in text
    assert "Signature" in text


# ----------------------------------------------------------------------------- filled list


def test_participant_list_prints_totals_and_percentages(tmp_path: Path, labels: Labels) -> None:
    people = [
        {"nom": "Traoré", "prenom": "Aïssata", "sexe": "F", "age": 25, "handicap": True},
        {"nom": "Maïga", "prenom": "Hélène", "sexe": "F", "age": 40},
        {"nom": "Coulibaly", "prenom": "Mamadou", "sexe": "M", "age": 30},
        {"nom": "Dembélé", "prenom": "Ousmane", "sexe": "M", "age": 52},
        {"nom": "Kéïta", "prenom": "Sékou", "sexe": "M", "age": 61},
        {"nom": "Sangaré", "prenom": "Bintou", "sexe": "F", "age": 33},
        {"nom": "Diarra", "prenom": "Moussa", "sexe": "M", "age": 47},
        {"nom": "Touré", "prenom": "Fanta", "sexe": "M"},
    ]
    out = tmp_path / "list.pdf"
    listing = ag.participant_list(activity_record(people))
    assert listing.activity.participants == ag.ParticipantTotals(8, 3, 5, 3, 1)
    pdf.render_participant_list(out, listing, labels)
    text = page_texts(out)[0]
    for name in ("Aïssata", "Kéïta", "Sékou", "Dembélé", "Hélène"):
        assert name in text
    assert "Jeunes (18–35" in text
    assert "Personnes" in text
    for share in ("100,0", "37,5", "62,5", "12,5"):
        assert f"{share}{NNBSP}%" in text
    assert format_percent(3 / 8) == f"37,5{NNBSP}%"


def test_200_participants_span_pages_with_the_header_on_each(
    tmp_path: Path, labels: Labels
) -> None:
    out = tmp_path / "list.pdf"
    listing = ag.participant_list(activity_record(make_participants(200)))
    pages = pdf.render_participant_list(out, listing, labels)
    texts = page_texts(out)
    assert pages == len(texts) >= 5
    for number, text in enumerate(texts, start=1):
        assert all(h in text for h in SHEET_HEADERS), f"header missing on page {number}"
        assert f"Page {number} / {pages}" in text
    lines = [line.strip() for text in texts for line in text.splitlines()]
    assert "200" in lines
    assert f"{format_number(200)}" in squash(texts[-1])


def test_a_long_accented_name_wraps_inside_its_cell(tmp_path: Path, labels: Labels) -> None:
    people = make_participants(3)
    people[1] |= {"nom": LONG_NAME, "prenom": "Ousmane"}
    out = tmp_path / "list.pdf"
    pdf.render_participant_list(out, ag.participant_list(activity_record(people)), labels)
    page = PdfReader(out).pages[0]
    assert LONG_NAME in squash(page.extract_text())
    pieces: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            pieces.append((text.strip(), cm[4] + tm[4], cm[5] + tm[5]))

    page.extract_text(visitor_text=visit)
    first = next(i for i, p in enumerate(pieces) if LONG_NAME.startswith(p[0]))
    name_lines = []
    for piece in pieces[first:]:
        if piece[0] not in LONG_NAME:
            break
        name_lines.append(piece)
    assert len(name_lines) >= 3, "the long name should wrap over several lines"
    assert " ".join(p[0] for p in name_lines) == LONG_NAME
    from reportlab.pdfbase.pdfmetrics import stringWidth

    next_column = min(x for text, x, _ in pieces if text == "Ousmane")
    for text, x, _ in name_lines:
        assert x + stringWidth(text, "DejaVuSans", 8.5) < next_column, text


def test_a_1000_row_list_is_generated(tmp_path: Path, labels: Labels) -> None:
    out = tmp_path / "list.pdf"
    listing = ag.participant_list(activity_record(make_participants(1000)))
    pages = pdf.render_participant_list(out, listing, labels)
    assert pages == len(PdfReader(out).pages) > 20
    assert f"1{NNBSP}000" in page_texts(out)[-1]


# ----------------------------------------------------------------------------- activity report


def test_activity_report_lists_participants_and_attachments(tmp_path: Path, labels: Labels) -> None:
    files = [
        {"sha256": "a" * 64, "name": "liste_signée_Ségou.jpg", "size": 120_000},
        {"sha256": "b" * 64, "name": "photo_atelier.png", "size": 80_000},
    ]
    record = activity_record(
        make_participants(12), feuille_signee=files[:1], pieces_jointes=files[1:]
    )
    listing = ag.participant_list(record)
    out = tmp_path / "activity.pdf"
    pdf.render_activity_report(
        out, listing, labels, results="Les échanges ont été fructueux.", facilitators="A. Traoré"
    )
    text = squash(" ".join(page_texts(out)))
    totals = listing.activity.participants
    assert "Rapport d'activité" in text
    assert "Formation" in text
    assert "liste_signée_Ségou.jpg Feuille de présence signée" in text
    assert "photo_atelier.png Pièce jointe" in text
    assert "Les échanges ont été fructueux." in text
    assert "A. Traoré" in text
    assert f"Nombre {totals.total} {totals.women} {totals.men} {totals.youth}" in text


# ----------------------------------------------------------------------------- bulletins


@pytest.mark.parametrize(
    ("period", "title"),
    [
        ("2023-W22", "Rapport hebdomadaire NEWS"),
        ("2023-05", "Bulletin mensuel sur la sécurité humaine"),
    ],
)
def test_bulletin_text_equals_the_aggregation(
    tmp_path: Path, labels: Labels, records: list[dict[str, Any]], period: str, title: str
) -> None:
    report = ag.incident_report(records, ag.parse_period(period), include_unverified=False)
    out = tmp_path / "bulletin.pdf"
    pdf.render_incident_bulletin(out, report, labels)
    text = squash(" ".join(page_texts(out)))
    assert title in text
    assert squash(ag.summary_sentence(report)) in text
    assert squash(ag.verification_sentence(report)) in text
    assert "Seuls les incidents vérifiés par le secrétariat sont comptés" in text
    t = report.totals
    assert f"Total {t.incidents} 100,0{NNBSP}% {t.deaths} {t.injured}" in text
    for code, figures in report.by_domain:
        assert f"{labels.domain(code)} {figures.incidents} " in text
    for code, _ in report.by_region:
        assert labels.region(code) in text
    for major in report.major:
        assert major.day.strftime("%d/%m/%Y") in text
    assert "Évolution sur les périodes précédentes" in text


def test_a_large_bulletin_prints_thousands_with_a_narrow_space(
    tmp_path: Path, labels: Labels
) -> None:
    items = [incident("2023-05-10", n, dead=1, hurt=n % 2) for n in range(1234)]
    report = ag.incident_report(items, ag.parse_period("2023-05"))
    out = tmp_path / "bulletin.pdf"
    pdf.render_incident_bulletin(out, report, labels)
    text = " ".join(page_texts(out))
    assert f"1{NNBSP}234 incidents ont été rapportés" in squash(text)
    assert "1 234" not in text  # never a plain space (nor a black box: the glyph exists)


def test_a_region_bulletin_names_the_region_and_skips_the_region_table(
    tmp_path: Path, labels: Labels, records: list[dict[str, Any]]
) -> None:
    report = ag.incident_report(
        records, ag.parse_period("2023-05"), region="gao", include_unverified=False
    )
    out = tmp_path / "gao.pdf"
    pdf.render_incident_bulletin(out, report, labels)
    text = " ".join(page_texts(out))
    assert "région de Gao" in text
    assert "Incidents par région" not in text
    assert "Incidents par cercle" in text


def reviewed_week() -> list[dict[str, Any]]:
    """2023-W22: two verified incidents (one major), two unverified major ones, one rejected."""
    items = [
        incident("2023-05-29", 1, dead=6, hurt=2) | {"review_status": "verifie"},
        incident("2023-05-30", 2, dead=1) | {"review_status": "verifie"},
        incident("2023-05-30", 3, dead=4, hurt=4) | {"review_status": "en_verification"},
        incident("2023-05-31", 4, dead=9) | {"review_status": ""},
        incident("2023-06-01", 5, dead=0, hurt=1) | {"review_status": "rejete"},
    ]
    for item in items:
        item["data"]["titre"] = f"Incident témoin n°{item['id'][-1]}"
    return items


def test_a_verified_only_bulletin_leaves_the_others_out_and_says_so(
    tmp_path: Path, labels: Labels
) -> None:
    report = ag.incident_report(reviewed_week(), ag.parse_period("2023-W22"), **VERIFIED)
    out = tmp_path / "verified.pdf"
    pdf.render_incident_bulletin(out, report, labels)
    text = squash(" ".join(page_texts(out)))
    assert (
        "Seuls les incidents vérifiés par le secrétariat sont comptés ; 3 incidents non "
        "vérifiés de la période n'y figurent pas." in text
    )
    assert "2 incidents ont été rapportés, faisant 7 morts et 2 blessés" in text
    assert "Incident témoin n°1" in text
    assert "Incident témoin n°3" not in text
    assert "Incident témoin n°4" not in text
    assert "non vérifié (" not in text
    assert "Inclut" not in text


def test_included_unverified_incidents_are_announced_and_marked(
    tmp_path: Path, labels: Labels
) -> None:
    report = ag.incident_report(reviewed_week(), ag.parse_period("2023-W22"), **EVERY)
    out = tmp_path / "all.pdf"
    pdf.render_incident_bulletin(out, report, labels)
    pages = [squash(page) for page in page_texts(out)]
    text = " ".join(pages)
    first = pages[0]
    title_at = first.index("Rapport hebdomadaire NEWS Période")
    line_at = first.index(
        "Inclut 3 incidents non vérifiés par le secrétariat (« non vérifié » dans la liste des "
        "incidents majeurs)."
    )
    assert title_at < line_at < first.index("Entre le 29 mai 2023")  # under the title
    assert "5 incidents ont été rapportés, faisant 20 morts et 7 blessés" in text
    assert "Incident témoin n°1 Ansongo, Gao" in text  # verified: no mark
    assert "Incident témoin n°3 non vérifié (en vérification)" in text
    assert "Incident témoin n°4 non vérifié (reçu)" in text
    assert text.count("non vérifié (") == 2  # the rejected one is not major
    assert "Seuls les incidents vérifiés" not in text


def test_a_quarterly_bulletin_flags_unverified_incidents_twice(
    tmp_path: Path, labels: Labels
) -> None:
    items = [*reviewed_week(), activity_record(make_participants(4))]
    report = ag.quarterly_report(items, ag.parse_period("2023-Q2"), **EVERY)
    out = tmp_path / "quarter.pdf"
    pdf.render_quarterly_bulletin(out, report, labels)
    text = squash(" ".join(page_texts(out)))
    assert text.count("Inclut 3 incidents non vérifiés par le secrétariat") == 2
    assert "Incident témoin n°3 non vérifié (en vérification)" in text
    assert "tenu 1 activité" in text  # activities are never left out
    strict = ag.quarterly_report(items, ag.parse_period("2023-Q2"), **VERIFIED)
    pdf.render_quarterly_bulletin(out, strict, labels)
    text = squash(" ".join(page_texts(out)))
    assert "3 incidents non vérifiés de la période n'y figurent pas" in text
    assert "tenu 1 activité" in text
    assert "non vérifié (" not in text


def test_a_period_with_only_unverified_incidents_says_no_verified_one(
    tmp_path: Path, labels: Labels
) -> None:
    items = [incident("2023-05-30", 1, dead=3) | {"review_status": "besoin_informations"}]
    report = ag.incident_report(items, ag.parse_period("2023-W22"), **VERIFIED)
    out = tmp_path / "none.pdf"
    assert pdf.render_incident_bulletin(out, report, labels) == 1
    text = squash(page_texts(out)[0])
    assert "aucun incident vérifié n'a été rapporté" in text
    assert "Aucun incident vérifié sur cette période." in text
    assert "1 incident non vérifié de la période n'y figure pas" in text


def test_a_period_without_incidents_says_so(tmp_path: Path, labels: Labels) -> None:
    report = ag.incident_report([], ag.parse_period("2023-W22"))
    out = tmp_path / "empty.pdf"
    assert pdf.render_incident_bulletin(out, report, labels) == 1
    assert "Aucun incident n'a été rapporté" in squash(page_texts(out)[0])


def test_quarterly_bulletin_follows_the_aggregation(
    tmp_path: Path, labels: Labels, records: list[dict[str, Any]]
) -> None:
    forms = load_shipped_forms()
    order = ag.choice_order(forms["activite"], "programme")
    report = ag.quarterly_report(
        records, ag.parse_period("2023-Q2"), programme_order=order, include_unverified=False
    )
    out = tmp_path / "quarter.pdf"
    pdf.render_quarterly_bulletin(out, report, labels)
    text = squash(" ".join(page_texts(out)))
    p, t = report.participants, report.incidents.totals
    assert "Bulletin trimestriel — 2e trimestre 2023" in text
    assert f"tenu {report.sessions} activités" in text
    assert f"touchant {format_number(p.total)} participants dont {p.women} femmes" in text
    assert f"{report.weekly_reports} rapports hebdomadaires et 3 bulletins mensuels" in text
    assert f"bilan de {t.deaths} morts et {t.injured} blessés" in text
    assert text.count(squash(ag.verification_sentence(report.incidents))) == 2  # top, NEWS part
    for block in report.programmes:
        assert labels.programme(block.programme) in text
        count = len(block.activities)
        assert (
            f"Total {count} activité{'s' if count > 1 else ''} {block.participants.total}" in text
        )
        for activity in block.activities:
            assert squash(activity.title) in text


# ----------------------------------------------------------------------------- pages


def _documents(labels: Labels, records: list[dict[str, Any]]) -> dict[str, Callable[[Path], int]]:
    listing = ag.participant_list(activity_record(make_participants(30)))
    heading = ActivityHeading(title="Dialogue intercommunautaire à Ménaka")
    return {
        "blank": lambda out: pdf.render_attendance_sheet(out, heading, labels, rows=20),
        "list": lambda out: pdf.render_participant_list(out, listing, labels),
        "activity": lambda out: pdf.render_activity_report(out, listing, labels),
        "weekly": lambda out: pdf.render_incident_bulletin(
            out, ag.incident_report(records, ag.parse_period("2023-W22"), **VERIFIED), labels
        ),
        "monthly": lambda out: pdf.render_incident_bulletin(
            out, ag.incident_report(records, ag.parse_period("2023-05"), **VERIFIED), labels
        ),
        "monthly_all": lambda out: pdf.render_incident_bulletin(
            out, ag.incident_report(records, ag.parse_period("2023-05"), **EVERY), labels
        ),
        "quarterly": lambda out: pdf.render_quarterly_bulletin(
            out, ag.quarterly_report(records, ag.parse_period("2023-Q2"), **VERIFIED), labels
        ),
        "quarterly_all": lambda out: pdf.render_quarterly_bulletin(
            out, ag.quarterly_report(records, ag.parse_period("2023-Q2"), **EVERY), labels
        ),
    }


@pytest.mark.parametrize(
    "name",
    ["blank", "list", "activity", "weekly", "monthly", "monthly_all", "quarterly", "quarterly_all"],
)
def test_every_document_renders_to_non_blank_pages(
    tmp_path: Path, labels: Labels, records: list[dict[str, Any]], name: str
) -> None:
    out = tmp_path / f"{name}.pdf"
    pages = _documents(labels, records)[name](out)
    pngs = to_png(out, tmp_path)
    assert pages >= 1
    assert len(pngs) == pages == len(PdfReader(out).pages)
    blank = [png.name for png in pngs if is_blank(png)]
    assert not blank


def test_a_binary_file_target_receives_the_pdf(labels: Labels) -> None:
    buffer = io.BytesIO()
    assert pdf.render_attendance_sheet(buffer, None, labels, rows=3) == 1
    assert buffer.getvalue().startswith(b"%PDF")


def test_an_unwritable_target_raises_storage_error(tmp_path: Path, labels: Labels) -> None:
    with pytest.raises(StorageError):
        pdf.render_attendance_sheet(tmp_path / "missing" / "x.pdf", None, labels, rows=3)


# ----------------------------------------------------------------------------- chart


def test_trend_svg_has_no_clip_path_and_parses(records: list[dict[str, Any]]) -> None:
    report = ag.incident_report(records, ag.parse_period("2023-05"))
    svg = pdf.trend_svg(report.trend, title="Incidents par mois")
    assert "clipPath" not in svg
    assert "clip-path" not in svg
    root = ElementTree.fromstring(svg)  # noqa: S314 - our own output, not untrusted input
    assert root.tag.endswith("svg")
    assert "Blessés" in svg
    assert "Incidents par mois" in svg
