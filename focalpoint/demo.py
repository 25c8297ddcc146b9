"""Generate a deterministic, realistic demo data set of 2023 activities and incidents.

Pure: a seeded ``random.Random``, no clock, no file or database. Records follow the shipped
``activite`` and ``incident`` forms; places come from the ``Locations`` given (regions found by
name, no hard-coded codes). Figures follow WANEP-Mali's 2023 Q2 bulletin: ~150 incidents, ~150
deaths and ~240 injured a quarter; participants ~24 % women and ~36 % youth (78 and 117 of 325).
~85 % of the records are in Gao, Tombouctou and Mopti (two focal points each); the secretariat in
Bamako runs national activities and reports the other regions' incidents. ``author`` is a display
name with the role: ``"Aminata Maïga (PF Gao)"``, ``"Mariam Traoré (Secrétariat national)"``.
Computed fields (``jeune``) are left out; ``date_fin`` is empty for a one-day activity.

``demo_reviews`` adds the secretariat's review threads of the final incidents, as the server
would send them down (``store.reviews.apply_server_reviews``): most verified, some being
checked, a few waiting for information from the focal point (with a French comment) or
answered and then verified, two rejected, and those of the last week not reviewed yet.
"""

from __future__ import annotations

import logging
import random
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from focalpoint.domain.locations import Locations, Region, slugify

logger = logging.getLogger(__name__)

YEAR = 2023
FOCAL_REGIONS: tuple[str, ...] = ("Gao", "Tombouctou", "Mopti")
SECRETARIAT_REGION = "Bamako"
SECRETARIAT = "Secrétariat national"


def _split(text: str, sep: str = "|") -> tuple[str, ...]:
    return tuple(text.split(sep))


_F_NAMES = _split(
    "Aminata Fatoumata Oumou Hawa Mariam Kadidia Aïssata Assétou Djénéba Salimata Rokia Fanta "
    "Nana Aïcha Zeinabou Safiatou Halimatou Fadimata Lalla Mama Ramatou Bintou Kadiatou", " "
)  # fmt: skip
_M_NAMES = _split(
    "Moussa Amadou Ibrahim Abdoulaye Mohamed Sidi Oumar Boubacar Souleymane Mamadou Hamadoun "
    "Alhousseini Issa Seydou Bakary Yacouba Adama Hamidou Aboubacar Alassane Modibo Youssouf "
    "Ousmane Baba Mahamane Almoustapha Abdramane Hamma Attaher Idrissa", " "
)  # fmt: skip
# Surnames of Songhaï, Peul, Bambara/Malinké and Dogon families; Tamasheq/Arab patronyms take
# "Ag" (son of) or "Walet" (daughter of).
_SURNAMES = tuple(_split(group, " ") for group in (
    "Maïga Touré Cissé Haïdara Yattara Tandina Baby Koïna Arby",
    "Diallo Dicko Barry Bah Sangaré Sidibé Diakité Tall Cissé",
    "Traoré Coulibaly Keïta Diarra Konaté Sanogo Dembélé Koné Doumbia Togola",
    "Guindo Dolo Kassogué Togo Ongoïba Sagara Tembély Poudiougou",
    "Mohamed Alhassane Intallah Attaher Ahmed Alhousseini Elmehdi Almoubarack",
))  # fmt: skip
_GROUP_WEIGHTS = {"gao": (55, 10, 8, 2, 25), "tombouctou": (45, 10, 8, 2, 35),
                  "mopti": (12, 40, 15, 28, 5), "bamako": (15, 20, 50, 10, 5)}  # fmt: skip
_DEFAULT_GROUPS = (15, 25, 40, 8, 12)
# Rough centre (lat, lon) and spread in degrees of the usual regions; others: centre of Mali.
_CENTRES = {
    "gao": (16.3, 0.0, 0.7), "tombouctou": (16.6, -3.3, 0.8), "mopti": (14.5, -3.6, 0.6),
    "kidal": (19.0, 1.2, 0.8), "menaka": (15.9, 2.4, 0.5), "taoudenit": (21.5, -4.0, 1.0),
    "segou": (13.6, -5.9, 0.6), "sikasso": (11.6, -6.5, 0.6), "kayes": (14.0, -10.5, 0.7),
    "koulikoro": (13.6, -7.5, 0.6), "bamako": (12.64, -8.0, 0.04),
}  # fmt: skip
_MALI_BOX = ((10.2, 25.0), (-12.2, 4.2))
_ELISION = re.compile(r"\b([dD])e (?=[AEIOUÂÉÈÊÎÔÛ])")

_PROGRAMMES = {"news": 22, "fps": 20, "jps": 15, "ccs_c": 18, "just_future": 12,
               "renforcement": 8, "autre": 5}  # fmt: skip
# "programme|type|title" ("autre:Precision" sets type_autre): regional, then national ones.
_TITLES = (
    "news|formation|Formation des moniteurs NEWS sur la collecte des incidents",
    "news|atelier|Analyse des tendances sécuritaires dans le cercle de {cercle}",
    "news|reunion|Réunion mensuelle du comité régional d'alerte précoce de {region}",
    "news|formation|Formation des relais communautaires de {commune} au rapportage",
    "fps|sensibilisation|Session de sensibilisation sur la résolution 1325 à {commune}",
    "fps|sensibilisation|Causerie-débat sur les violences basées sur le genre à {commune}",
    "fps|formation|Formation des femmes leaders de {cercle} en médiation",
    "fps|dialogue|Dialogue femmes leaders et autorités sur la participation politique",
    "jps|formation|Jeunes leaders de {cercle} et prévention de l'extrémisme violent",
    "jps|sensibilisation|Sensibilisation des jeunes de {commune} sur la cohésion sociale",
    "jps|dialogue|Dialogue intergénérationnel sur la gouvernance locale à {commune}",
    "jps|atelier|Atelier sur les réseaux sociaux et les discours de haine",
    "ccs_c|formation|Formation du CCS-C de {commune} sur la police de proximité",
    "ccs_c|formation|Formation du CCS-C de {commune} sur l'évaluation sécuritaire",
    "ccs_c|atelier|Appui à l'élaboration du plan d'action du CCS-C de {commune}",
    "ccs_c|reunion|Réunion trimestrielle du CCS-C de {commune}",
    "just_future|dialogue|Dialogue sur l'accès à la justice et à la sécurité à {commune}",
    "just_future|sensibilisation|Droits des personnes handicapées (CDPH) à {commune}",
    "just_future|reunion|Plaidoyer auprès des autorités de {cercle} pour les exclus",
    "renforcement|formation|Gestion axée sur les résultats pour les membres de {region}",
    "renforcement|atelier|Renforcement des organisations membres en suivi-évaluation",
    "autre|dialogue|Dialogue intercommunautaire sur les ressources naturelles à {commune}",
    "autre|autre:Table ronde|Table ronde sur les conflits fonciers dans le cercle de {cercle}",
    "autre|autre:Caravane|Caravane de la paix et de la cohésion sociale à {commune}",
    "autre|autre:Émission radio|Émission radio interactive sur le vivre-ensemble",
)
_NATIONAL = (
    "fps|atelier|Atelier de haut niveau sur le Plan d'action national de la résolution 1325",
    "fps|reunion|Restitution de la réunion consultative d'Accra aux membres de la CNF",
    "fps|autre:Webinaire|Gender Talk : la nouvelle Constitution et l'agenda FPS",
    "fps|sensibilisation|Causerie-débat sur l'excision et les mariages précoces",
    "jps|reunion|Réunion de planification du programme Y-TEaM",
    "jps|autre:Webinaire|La technologie au service de l'agenda Jeunesse, paix et sécurité",
    "just_future|reunion|Rencontre de coordination de l'alliance Just Future au Mali",
    "just_future|atelier|Mise à jour de la stratégie de plaidoyer de Just Future",
    "just_future|dialogue|Lobbying auprès de la Commission Défense du CNT",
    "news|atelier|Atelier national de validation du bulletin trimestriel NEWS",
    "news|formation|Formation des moniteurs NEWS à la vérification des incidents",
    "ccs_c|reunion|Réunion de coordination du projet CCS-C avec le CRSS et le PNUD",
    "renforcement|atelier|Atelier d'auto-évaluation institutionnelle (WODI) du réseau",
    "renforcement|reunion|Assemblée générale annuelle des organisations membres",
    "autre|atelier|Mobilisation de la société civile pour des élections apaisées",
)
_PARTNERS = {
    "news": ("CEDEAO (ECOWARN)", "Interpeace"), "jps": ("WANEP Régional", "ONU Femmes"),
    "fps": ("ONU Femmes", "DRC (Conseil danois pour les réfugiés)", "CECI"),
    "ccs_c": ("PNUD / PROSMED", "CRSS / PNUD"), "renforcement": ("WANEP Régional", "USIP"),
    "just_future": ("Consortium Just Future (Cordaid, SFCG, ASSN)", "Cordaid", "SFCG"),
    "autre": ("USIP", "GPPAC", "CEDEAO", "PNUD Mali"),
}  # fmt: skip
_VENUES = _split("Salle de conférence de la mairie de {commune}|Maison des jeunes de {commune}|"
                 "Maison de la femme de {commune}|Salle du conseil de cercle de {cercle}|"
                 "Salle de réunion du gouvernorat de {region}")  # fmt: skip
_NATIONAL_VENUES = _split("Secrétariat national de WANEP-Mali|Case ronde du CNDIFE|"
                          "CICB, Bamako|En ligne (webinaire)")  # fmt: skip
_OUTCOMES = _split(
    "Un plan d'action a été adopté par les participants.|Les participants ont formulé des "
    "recommandations à l'endroit des autorités locales.|Un comité de suivi de cinq membres a été "
    "mis en place.|Les participants se sont engagés à restituer les acquis dans leurs "
    "communautés.|Les échanges ont permis d'identifier les principaux facteurs de tension."
)  # fmt: skip
_ORGS = _split("Mairie de {commune}|Association des femmes de {commune}|Conseil communal de la "
               "jeunesse|Radio communautaire|Chefferie traditionnelle|Gendarmerie nationale|"
               "Police nationale|CAFO|Association des éleveurs|Association des pêcheurs|"
               "Association des personnes handicapées|Préfecture de {cercle}|ONG locale|"
               "Haut Conseil islamique")  # fmt: skip
# Functions as (man, woman) pairs, indexed by ``female``.
_FUNCTIONS = tuple(_split(pair, "/") for pair in _split(
    "Président/Présidente|Membre/Membre|Conseiller communal/Conseillère communale|Secrétaire "
    "général/Secrétaire générale|Animateur/Animatrice|Enseignant/Enseignante|Chef de village/"
    "Trésorière|Journaliste/Journaliste|Étudiant/Étudiante|Imam/Ménagère|Commerçant/Commerçante"
))  # fmt: skip

_MONTH_INCIDENTS = (10, 9, 10, 9, 10, 10, 10, 12, 13, 11, 9, 8)
_MONTH_ACTIVITIES = (8, 10, 11, 10, 12, 11, 9, 6, 9, 11, 12, 10)
_DOMAINS = {  # domain: (weight, {type: weight})
    "crime_extremisme": (42, {"attaque_armee": 30, "engin_explosif": 14, "enlevement": 16,
                              "assassinat": 12, "braquage": 16, "vol_betail": 8,
                              "destruction_biens": 4}),
    "democratie_gouvernance": (12, {"manifestation": 40, "arrestation": 30, "menace": 30}),
    "femme_paix_securite": (9, {"vbg": 85, "menace": 15}),
    "securite_environnementale": (10, {"catastrophe": 50, "conflit_foncier": 50}),
    "conflits_communautaires": (16, {"conflit_communautaire": 60, "conflit_foncier": 25,
                                     "vol_betail": 15}),
    "sante_publique": (6, {"epidemie": 80, "intoxication": 20}),
    "autre": (5, {"noyade": 60, "destruction_biens": 40}),
}  # fmt: skip
# type: "title|description"; types outside the form's (last two) become "autre" + type_autre.
_INCIDENTS = {
    "attaque_armee": "Attaque armée à {commune}|Des hommes armés ont attaqué un poste des FDS.",
    "engin_explosif": "Engin explosif sur l'axe {axe}|Un véhicule a sauté sur une mine artisanale.",
    "enlevement": "Enlèvement de civils près de {commune}|Des hommes armés ont enlevé des civils.",
    "assassinat": "Assassinat d'un notable à {commune}|Un notable a été abattu devant chez lui.",
    "braquage": "Braquage sur l'axe {axe}|Des bandits armés ont dépouillé les passagers d'un car.",
    "vol_betail": "Vol de bétail à {commune}|Des hommes armés ont emporté un troupeau de bovins.",
    "destruction_biens": "Incendie de biens à {commune}|Des boutiques et des greniers ont brûlé.",
    "manifestation": "Manifestation de jeunes à {commune}|Des jeunes ont dénoncé l'insécurité.",
    "arrestation": "Arrestations à {commune}|Les FDS ont interpellé plusieurs personnes suspectes.",
    "menace": "Menaces contre les habitants de {commune}|Un village a été sommé de partir.",
    "vbg": "Cas de violence basée sur le genre à {commune}|Une femme a été victime de violences.",
    "conflit_communautaire": "Affrontement à {commune}|Un différend entre villages a dégénéré.",
    "conflit_foncier": "Conflit foncier à {commune}|Un champ a opposé agriculteurs et éleveurs.",
    "catastrophe": "Inondations à {commune}|De fortes pluies ont détruit de nombreuses maisons.",
    "epidemie": "Cas de rougeole à {commune}|Le centre de santé signale plusieurs cas de rougeole.",
    "intoxication": "Intoxication alimentaire à {commune}|Des convives d'un baptême ont été admis.",
    "noyade": "Chavirement d'une pirogue près de {commune}|Une pirogue chargée a chaviré.",
}
_MAJOR = (("conflits_communautaires", "conflit_communautaire"),
          ("crime_extremisme", "attaque_armee"))  # fmt: skip
_TYPE_AUTRE = {"intoxication": "Intoxication alimentaire", "noyade": "Accident fluvial"}
# type: (actor options "a+b", (p_dead, mean_dead, p_hurt, mean_hurt, p_displaced))
_TOLLS = {
    "attaque_armee": ("groupe_arme groupe_arme+fds", (0.7, 3.6, 0.7, 4.5, 0.15)),
    "engin_explosif": ("groupe_arme inconnu", (0.5, 3.0, 0.75, 4.0, 0.0)),
    "enlevement": ("groupe_arme inconnu bandits", (0.1, 1.0, 0.2, 1.5, 0.0)),
    "assassinat": ("inconnu groupe_arme", (1.0, 1.3, 0.25, 1.2, 0.0)),
    "braquage": ("bandits", (0.2, 1.2, 0.5, 2.5, 0.0)),
    "vol_betail": ("bandits groupe_arme", (0.25, 1.5, 0.35, 1.8, 0.05)),
    "destruction_biens": ("inconnu groupe_arme", (0.05, 1.0, 0.2, 1.5, 0.1)),
    "manifestation": ("communaute+autorites communaute+fds", (0.03, 1.0, 0.35, 3.0, 0.0)),
    "arrestation": ("fds", (0.0, 1.0, 0.05, 1.0, 0.0)),
    "menace": ("groupe_arme inconnu", (0.0, 1.0, 0.0, 1.0, 0.2)),
    "vbg": ("communaute inconnu", (0.03, 1.0, 0.45, 1.0, 0.0)),
    "conflit_communautaire": ("communaute communaute+milice", (0.5, 3.5, 0.65, 4.5, 0.3)),
    "conflit_foncier": ("communaute communaute+autorites", (0.25, 1.5, 0.6, 3.5, 0.1)),
    "catastrophe": ("", (0.3, 2.0, 0.5, 3.5, 0.7)),
    "epidemie": ("", (0.4, 2.5, 0.0, 1.0, 0.0)),
    "intoxication": ("", (0.1, 1.5, 0.85, 8.0, 0.0)),
    "noyade": ("", (0.6, 3.0, 0.4, 2.0, 0.0)),
}
_FOLLOW_UPS = _split(
    "La situation reste tendue dans la zone.|Une enquête a été ouverte par les autorités.|Les "
    "populations craignent de nouveaux incidents.|Des leaders communautaires ont appelé au calme."
)  # fmt: skip
_SOURCES = {"temoin": 30, "victime": 12, "autorite": 22, "fds": 10, "media": 12,
            "reseaux_sociaux": 8, "ong": 5, "autre": 1}  # fmt: skip


@dataclass(frozen=True)
class DemoRecord:
    """One generated record: the form's data plus the metadata of a saved record.

    ``id`` is a UUID4 derived from the seed; ``author`` a display name with the role;
    ``created_at`` an ISO 8601 UTC timestamp on or after the record's date, within 2023.
    """

    id: str
    form_id: str
    region: str
    author: str
    status: str
    created_at: str
    data: dict[str, Any]


@dataclass(frozen=True)
class _Place:
    value: dict[str, str]  # the location value; the names below are for texts
    region: str
    cercle: str
    commune: str


def generate_demo(
    locations: Locations, *, seed: int = 2023, activities: int = 150, incidents: int = 600
) -> list[DemoRecord]:
    """Return ``activities`` + ``incidents`` records of 2023, sorted by ``created_at``.

    The same seed and ``locations`` always give the same records, ids included. Incidents fall
    in every ISO week of the year (when there are at least 53 of them).
    """
    rng = random.Random(seed)
    regions = list(locations.regions)
    if not regions:
        raise ValueError("generate_demo needs at least one region")
    focal = [r for n in FOCAL_REGIONS for r in regions if slugify(r.name) == slugify(n)]
    focal = focal or regions[:3]
    national = next(
        (r for r in regions if slugify(r.name) == slugify(SECRETARIAT_REGION)), regions[-1]
    )
    others = [r for r in regions if r not in focal and r is not national] or focal
    staff: dict[str, list[str]] = {}
    for region in [*focal, national]:
        role = SECRETARIAT if region is national else f"PF {region.name}"
        for female in (rng.random() < 0.4, rng.random() < 0.3):
            surname, first = _person(rng, region.name, female)
            staff.setdefault(region.code, []).append(f"{first} {surname} ({role})")
    records = [_activity(rng, focal, national, staff) for _ in range(activities)]
    days = _weekly_days(rng)[:incidents]
    days += [_day(rng, _MONTH_INCIDENTS) for _ in range(incidents - len(days))]
    by_month = [[i for i, d in enumerate(days) if d.month == m] for m in range(1, 13)]
    majors = {rng.choice(indexes) for indexes in by_month if indexes}  # one per month
    args = (focal, national, others, staff)
    records += [_incident(rng, day, i in majors, *args) for i, day in enumerate(days)]
    records.sort(key=lambda r: (r.created_at, r.id))
    logger.debug("Generated %d demo records (seed %d)", len(records), seed)
    return records


def _pick(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(tuple(weights), weights=tuple(weights.values()))[0]


def _person(rng: random.Random, region_name: str, female: bool) -> tuple[str, str]:
    """A (surname, first name) pair typical of the region."""
    weights = _GROUP_WEIGHTS.get(slugify(region_name), _DEFAULT_GROUPS)
    group = rng.choices(range(len(_SURNAMES)), weights=weights)[0]
    surname = rng.choice(_SURNAMES[group])
    if group == len(_SURNAMES) - 1:
        surname = f"{'Walet' if female else 'Ag'} {surname}"
    return surname, rng.choice(_F_NAMES if female else _M_NAMES)


def _phone(rng: random.Random) -> str:
    """A Malian mobile number in E.164 (Orange 7x/82-83, Malitel 6x/9x)."""
    prefix = rng.choices(("7", "6", "9", "8"), weights=(55, 25, 15, 5))[0]
    second = rng.choice("23") if prefix == "8" else str(rng.randrange(10))
    return f"+223{prefix}{second}{rng.randrange(10**6):06d}"


def _place(rng: random.Random, region: Region, *, urban: float) -> _Place:
    """A place in ``region``; with probability ``urban`` its main town (same name as above)."""
    value = {"region": region.code}
    cercle_name = commune_name = region.name
    if region.cercles:
        main = [c for c in region.cercles if slugify(c.name) == slugify(region.name)]
        cercle = main[0] if main and rng.random() < urban else rng.choice(region.cercles)
        value["cercle"], cercle_name = cercle.code, cercle.name
        commune_name = cercle.name
        if cercle.communes:
            town = [m for m in cercle.communes if slugify(m.name) == slugify(cercle.name)]
            commune = town[0] if town and rng.random() < urban else rng.choice(cercle.communes)
            value["commune"], commune_name = commune.code, commune.name
    return _Place(value, region.name, cercle_name, commune_name)


def _fill(template: str, place: _Place, axe: str = "") -> str:
    """Put the place's names in ``template``, eliding "de" before a vowel (d'Ansongo)."""
    text = template.format(region=place.region, cercle=place.cercle, commune=place.commune, axe=axe)
    return _ELISION.sub(r"\1'", text)


def _day(rng: random.Random, month_weights: tuple[int, ...]) -> date:
    month = rng.choices(range(1, 13), weights=month_weights)[0]
    last = (date(YEAR + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(YEAR, month, rng.randint(1, last))


def _weekly_days(rng: random.Random) -> list[date]:
    """One day in each ISO week touching the year, so that no weekly report is empty."""
    monday = date(YEAR, 1, 1) - timedelta(days=date(YEAR, 1, 1).weekday())
    out = []
    while monday.year <= YEAR:
        out.append(rng.choice([d for i in range(7) if (d := monday + timedelta(i)).year == YEAR]))
        monday += timedelta(days=7)
    return out


def _stamp(rng: random.Random, day: date, earliest: time, delay_hours: float) -> str:
    moment = datetime.combine(day, earliest, tzinfo=UTC)
    moment += timedelta(minutes=rng.randrange(int(delay_hours * 60) + 1))
    return min(moment, datetime(YEAR, 12, 31, 23, 59, tzinfo=UTC)).isoformat()


def _count(rng: random.Random, probability: float, mean: float) -> int:
    """0, or with ``probability`` a count of at least 1 averaging ``mean`` (exponential tail)."""
    if rng.random() >= probability:
        return 0
    return 1 + (int(rng.expovariate(1 / (mean - 1))) if mean > 1 else 0)


def _record(
    rng: random.Random, form_id: str, place: _Place, author: str, stamp: str, data: dict[str, Any]
) -> DemoRecord:
    status = "draft" if rng.random() < 0.03 else "final"
    ident = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return DemoRecord(ident, form_id, place.value["region"], author, status, stamp, data)


def _activity(
    rng: random.Random, focal: list[Region], national: Region, staff: dict[str, list[str]]
) -> DemoRecord:
    if rng.random() < 0.2:  # a national activity of the secretariat
        region, place = national, _place(rng, national, urban=1.0)
        programme, kind, template = rng.choice(_NATIONAL).split("|")
        venue = rng.choice(_NATIONAL_VENUES)
    else:
        region = rng.choice(focal)
        place = _place(rng, region, urban=0.6)
        programme = _pick(rng, _PROGRAMMES)
        titles = [t for t in _TITLES if t.startswith(f"{programme}|")]
        _, kind, template = rng.choice(titles).split("|")
        venue = _fill(rng.choice(_VENUES), place)
    start = _day(rng, _MONTH_ACTIVITIES)
    if start.weekday() == 6:  # no workshop on Sundays (1 Jan and 31 Dec 2023 are Sundays)
        start += timedelta(days=1 if start.month == 1 else -1)
    length = min(rng.choices((1, 2, 3), weights=(50, 30, 20))[0], 32 - start.day)
    end = start + timedelta(days=length - 1)
    author = rng.choice(staff[region.code])
    data: dict[str, Any] = {"programme": programme, "type_activite": kind.split(":")[0]}
    if ":" in kind:
        data["type_autre"] = kind.split(":")[1]
    data |= {"titre": _fill(template, place), "date_debut": start.isoformat()}
    if end > start:
        data["date_fin"] = end.isoformat()
    data["lieu"] = dict(place.value)
    if rng.random() < 0.15:
        data["lieu"]["localite"] = rng.choice(("Centre-ville", "Quartier administratif"))
    helper = " ".join(reversed(_person(rng, region.name, rng.random() < 0.3)))
    data["salle"], data["facilitateurs"] = venue, f"{author.split(' (')[0]}, {helper}"
    data["partenaire"] = rng.choice(_PARTNERS[programme])
    women, youth = {"fps": 0.6, "jps": 0.3}.get(programme, 0.12), (0.3, 0.72)[programme == "jps"]
    size = int(rng.triangular(10, 60, 20))
    people = data["participants"] = [_participant(rng, place, women, youth) for _ in range(size)]
    n_f = sum(p["sexe"] == "F" for p in people)
    n_y = sum(18 <= p.get("age", 0) <= 35 for p in people)
    data["resultats"] = (
        f"L'activité a réuni {size} participants, dont {n_f} femmes et {n_y} jeunes. "
        + rng.choice(_OUTCOMES)
    )
    stamp = _stamp(rng, end, time(15, 0), 24 * rng.choice((0.2, 1, 2, 4)))
    return _record(rng, "activite", place, author, stamp, data)


def _participant(rng: random.Random, place: _Place, women: float, youth: float) -> dict[str, Any]:
    female = rng.random() < women
    surname, first = _person(rng, place.region, female)
    row: dict[str, Any] = {"nom": surname, "prenom": first, "sexe": "F" if female else "M"}
    roll = rng.random()
    if roll < youth:
        row["age"] = rng.randint(18, 35)
    elif roll < youth + 0.02:
        row["age"] = rng.randint(16, 17)
    elif roll < 0.98:  # else the age was not given
        row["age"] = int(rng.triangular(36, 70, 45))
    row["handicap"] = rng.random() < 0.03
    row["organisation"] = rng.choice(_ORGS).format(commune=place.commune, cercle=place.cercle)
    row["fonction"], row["localite"] = rng.choice(_FUNCTIONS)[female], place.commune
    if rng.random() < 0.8:
        row["telephone"] = _phone(rng)
    return row


def _incident(
    rng: random.Random,
    day: date,
    major: bool,
    focal: list[Region],
    national: Region,
    others: list[Region],
    staff: dict[str, list[str]],
) -> DemoRecord:
    if rng.random() < 0.86:
        region = rng.choices(focal, weights=(33, 27, 40)[: len(focal)])[0]
        author = rng.choice(staff[region.code])
    else:  # the secretariat's NEWS officer reports the other regions
        region, author = rng.choice(others), staff[national.code][0]
    place = _place(rng, region, urban=0.3)
    domain = _pick(rng, {d: w for d, (w, _) in _DOMAINS.items()})
    kind = _pick(rng, _DOMAINS[domain][1])
    if major:  # the month's deadliest incident, as the bulletins list them
        domain, kind = _MAJOR[rng.random() < 0.75]
    title, text = _INCIDENTS[kind].split("|")
    actors, (p_dead, m_dead, p_hurt, m_hurt, p_moved) = _TOLLS[kind]
    ends = [c.name for c in region.cercles if c.name != place.cercle] or [
        m.name for c in region.cercles for m in c.communes if m.name != place.cercle
    ]
    axe = f"{place.cercle}–{rng.choice(ends)}" if ends else place.cercle
    dead, hurt = _count(rng, p_dead, m_dead), _count(rng, p_hurt, m_hurt)
    if major:
        dead, hurt = dead + rng.randint(6, 20), hurt + rng.randint(5, 25)
    data: dict[str, Any] = {"titre": _fill(title, place, axe), "date_incident": day.isoformat()}
    hour = rng.randint(5, 22) if rng.random() < 0.85 else rng.randint(0, 23)
    if rng.random() < 0.75:
        data["heure"] = f"{hour:02d}:{rng.randrange(0, 60, 5):02d}"
    data["lieu"] = dict(place.value)
    if rng.random() < 0.25:
        spots = ("Axe {axe}", "Foire de {commune}", f"À {rng.randint(3, 40)} km de {{commune}}")
        data["lieu"]["localite"] = _fill(rng.choice(spots), place, axe)
    if rng.random() < 0.6:
        data["gps"] = _gps(rng, region)
    data |= {"domaine": domain, "type_incident": kind}
    if kind in _TYPE_AUTRE:
        data["type_incident"], data["type_autre"] = "autre", _TYPE_AUTRE[kind]
    parts = [f"{n} {w}{'s' * (n > 1)}" for n, w in ((dead, "mort"), (hurt, "blessé")) if n]
    toll = f" Le bilan fait état de {' et '.join(parts)}." if parts else ""
    follow = f" {rng.choice(_FOLLOW_UPS)}" if rng.random() < 0.6 else ""
    data["description"] = _fill(text, place, axe) + toll + follow
    moved = int(rng.triangular(20, 4000, 150)) if rng.random() < p_moved else 0
    data |= {"morts": dead, "blesses": hurt, "deplaces": moved}
    if dead or hurt:
        data["victimes_femmes"] = kind == "vbg" or rng.random() < 0.3
        data["victimes_enfants"] = rng.random() < 0.2
    if actors:
        data["acteurs"] = rng.choice(actors.split()).split("+")
    sources = rng.choices(tuple(_SOURCES), tuple(_SOURCES.values()), k=rng.choice((1, 1, 2, 3)))
    data["sources"] = sorted(set(sources), key=tuple(_SOURCES).index)
    several = len(data["sources"]) > 1
    data["fiabilite"] = "confirmee" if several else rng.choice(("probable", "non_confirmee"))
    if rng.random() < 0.2:
        data["contact_source"] = _phone(rng)
    earliest = time(int(data.get("heure", "08:00")[:2]))
    stamp = _stamp(rng, day, earliest, rng.choice((3, 12, 48)))
    return _record(rng, "incident", place, author, stamp, data)


def _gps(rng: random.Random, region: Region) -> dict[str, float]:
    """A point near the region's rough centre, inside Mali's bounding box."""
    lat, lon, spread = _CENTRES.get(slugify(region.name), (17.0, -4.0, 2.0))
    (lat_lo, lat_hi), (lon_lo, lon_hi) = _MALI_BOX
    return {
        "lat": round(min(max(lat + rng.uniform(-spread, spread), lat_lo), lat_hi), 5),
        "lon": round(min(max(lon + rng.uniform(-spread, spread), lon_lo), lon_hi), 5),
    }


# --------------------------------------------------------------------------- review threads

REVIEWER_ROLE = "secretariat"
FOCAL_ROLE = "focal_point"
UNREVIEWED_DAYS = 7  # incidents of the data's last week wait for the secretariat
IN_PROGRESS_DAYS = 28  # the weeks before it: the secretariat is still checking part of them
REJECTED_COUNT = 2
_CHECKING = _split(
    "Vérification en cours auprès des sources.|Appel au point focal prévu demain.|"
    "Recoupement en cours avec la radio locale."
)  # fmt: skip
_VERIFIED = _split(
    "Recoupé avec le rapport de la gendarmerie.|Confirmé par deux sources indépendantes.|"
    "Bilan confirmé par le centre de santé de référence."
)  # fmt: skip
_NEEDS_INFO = _split(
    "Merci de préciser le bilan (morts et blessés) et la source de ce bilan.|La localité n'est "
    "pas assez précise : pouvez-vous indiquer le village ou l'axe concerné ?|Pouvez-vous "
    "confirmer l'information auprès d'une deuxième source ?|La date donnée par la radio locale "
    "diffère de la vôtre : merci de vérifier le jour de l'incident."
)  # fmt: skip
_ANSWERS = _split(
    "Confirmé par le chef de village, joint par téléphone ce matin.|La source est un témoin "
    "direct ; la gendarmerie confirme aussi.|J'ai précisé la localité dans la description."
)  # fmt: skip
_REJECTIONS = _split(
    "Doublon d'un incident déjà saisi pour la même date et la même commune.|Information "
    "démentie par les autorités locales et par deux témoins : incident rejeté."
)  # fmt: skip


@dataclass(frozen=True)
class DemoReview:
    """One entry of a demo review thread, with the fields of the server's ``ServerReview``
    (``status`` None for a comment alone; ``seq`` increases with ``created_at``)."""

    id: str
    record_id: str
    status: str | None
    comment: str
    author: str
    role: str
    created_at: str
    seq: int


def demo_reviews(records: Iterable[DemoRecord], *, seed: int = 2023) -> list[DemoReview]:
    """The secretariat's review threads of the final incidents of ``records``, oldest first.

    Deterministic (a generator of its own, seeded from ``seed``: the records do not change).
    Each thread starts after the incident was saved, during office hours. Incidents of the
    data's last ``UNREVIEWED_DAYS`` days have none; those of the ``IN_PROGRESS_DAYS`` before
    are verified for about half, the others being checked or waiting for information; older
    ones are verified for the most part (sometimes after the focal point answered a request
    for information), a few still being checked or waiting, ``REJECTED_COUNT`` rejected. The
    first incident of each ISO week before the last one is verified, so that no weekly report
    of the demo is empty.
    """
    rng = random.Random(f"reviews-{seed}")
    incidents = sorted(
        (r for r in records if r.form_id == "incident" and r.status == "final"),
        key=lambda r: (r.created_at, r.id),
    )
    if not incidents:
        return []
    last = max(_incident_day(r) for r in incidents)
    unreviewed = last - timedelta(days=UNREVIEWED_DAYS - 1)
    in_progress = unreviewed - timedelta(days=IN_PROGRESS_DAYS)
    first_of_week: dict[tuple[int, int], DemoRecord] = {}
    for record in sorted(incidents, key=lambda r: (_incident_day(r), r.id)):
        first_of_week.setdefault(_incident_day(record).isocalendar()[:2], record)
    anchors = {r.id for r in first_of_week.values()}
    old = [
        r
        for r in incidents
        if _incident_day(r) < in_progress
        and r.id not in anchors
        and r.data.get("morts", 0) + r.data.get("blesses", 0) < 5
    ]
    rejected = {r.id for r in rng.sample(old, min(REJECTED_COUNT, len(old)))}
    entries: list[tuple[datetime, str | None, str, str, str, str]] = []
    for record in incidents:
        day = _incident_day(record)
        if day >= unreviewed:
            continue
        if record.id in anchors or (day < in_progress and record.id not in rejected):
            roll = 0.0 if record.id in anchors else rng.random()
            plan = (
                "verified" if roll < 0.88 else
                "answered" if roll < 0.93 else
                "checking" if roll < 0.985 else
                "needs_info"
            )  # fmt: skip
        elif record.id in rejected:
            plan = "rejected"
        else:
            roll = rng.random()
            plan = "verified" if roll < 0.5 else "checking" if roll < 0.9 else "needs_info"
        entries += _thread(rng, record, plan)
    entries.sort(key=lambda e: (e[0], e[1] or "", e[2]))
    return [
        DemoReview(
            id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            record_id=record_id,
            status=status,
            comment=comment,
            author=author,
            role=role,
            created_at=moment.isoformat(timespec="milliseconds"),
            seq=seq,
        )
        for seq, (moment, status, record_id, comment, author, role) in enumerate(entries, 1)
    ]


def _incident_day(record: DemoRecord) -> date:
    return date.fromisoformat(record.data["date_incident"])


def _office_time(rng: random.Random, after: datetime, hours: tuple[float, float]) -> datetime:
    """A moment ``hours`` (min, max) after ``after``, moved into the secretariat's office
    hours (Monday to Friday, 8 h to 17 h, Bamako time = UTC)."""
    moment = after + timedelta(minutes=rng.randint(int(hours[0] * 60), int(hours[1] * 60)))
    if moment.hour >= 17:
        moment += timedelta(days=1)
    if not 8 <= moment.hour < 17:
        moment = moment.replace(hour=8, minute=0) + timedelta(minutes=rng.randrange(120))
    while moment.weekday() >= 5:
        moment += timedelta(days=1)
    return moment.replace(second=rng.randrange(60), microsecond=0)


def _thread(
    rng: random.Random, record: DemoRecord, plan: str
) -> list[tuple[datetime, str | None, str, str, str, str]]:
    """The entries of one incident's thread: (time, status, record id, comment, author, role)."""
    out = []
    moment = datetime.fromisoformat(record.created_at)

    def add(status: str | None, comment: str = "", hours: tuple[float, float] = (2, 30)) -> None:
        nonlocal moment
        moment = _office_time(rng, moment, hours)
        by_focal = status is None
        author = record.author if by_focal else SECRETARIAT
        role = FOCAL_ROLE if by_focal else REVIEWER_ROLE
        out.append((moment, status, record.id, comment, author, role))

    checking = rng.choice(_CHECKING) if rng.random() < 0.3 else ""
    add("en_verification", checking)
    if plan == "checking":
        return out
    if plan in ("needs_info", "answered"):
        add("besoin_informations", rng.choice(_NEEDS_INFO), (4, 48))
        if plan == "needs_info":
            return out
        if record.author.endswith(f"({SECRETARIAT})"):  # its own NEWS officer found out
            add("verifie", "Précisions obtenues par téléphone auprès de la mairie.", (24, 72))
        else:  # the focal point answers
            add(None, rng.choice(_ANSWERS), (3, 40))
            add("verifie", "Merci pour ces précisions.", (2, 30))
    elif plan == "rejected":
        add("rejete", rng.choice(_REJECTIONS), (24, 96))
    else:
        add("verifie", rng.choice(_VERIFIED) if rng.random() < 0.15 else "", (4, 72))
    return out
