"""Tests of the Mali reference list (resources/locations/mali.json) and domain.locations."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from focalpoint.domain import locations as locations_module
from focalpoint.domain.locations import (
    Cercle,
    Commune,
    Locations,
    Region,
    default_locations,
    default_locations_path,
    load_locations,
    slugify,
)

REQUIRED_COMMUNE_REGIONS = ("gao", "tombouctou", "mopti")
EXPECTED_REGIONS = {
    "kayes",
    "koulikoro",
    "sikasso",
    "segou",
    "mopti",
    "tombouctou",
    "gao",
    "kidal",
    "menaka",
    "taoudenit",
    "bamako",
}


@pytest.fixture(scope="module")
def locs() -> Locations:
    return load_locations(default_locations_path())


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(default_locations_path().read_text(encoding="utf-8"))


# --- the JSON file -------------------------------------------------------------------------


def test_json_loads_with_source_and_version(raw: dict, locs: Locations) -> None:
    assert isinstance(raw["source"], str)
    assert "verify" in raw["source"]
    assert raw["version"]
    assert locs.source == raw["source"]
    assert {r.code for r in locs.regions} == EXPECTED_REGIONS


def test_default_path_points_at_the_repository_file() -> None:
    path = default_locations_path()
    assert path.parts[-3:] == ("resources", "locations", "mali.json")
    assert path.is_file()


def test_default_path_uses_the_pyinstaller_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert default_locations_path() == tmp_path / "resources" / "locations" / "mali.json"


def test_default_locations_is_cached() -> None:
    assert default_locations() is default_locations()
    assert default_locations().region("gao") is not None


def test_every_code_is_the_slug_of_its_name_and_unique(raw: dict) -> None:
    def check(items: list[dict], where: str) -> None:
        codes = [item["code"] for item in items]
        assert len(codes) == len(set(codes)), f"duplicate code under {where}"
        for item in items:
            assert item["code"] == slugify(item["name"]), f"{where}/{item['code']}"
            assert re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", item["code"])

    check(raw["regions"], "regions")
    for region in raw["regions"]:
        check(region["cercles"], region["code"])
        for cercle in region["cercles"]:
            check(cercle["communes"], f"{region['code']}/{cercle['code']}")


def test_names_keep_french_accents(locs: Locations) -> None:
    names = {r.name for r in locs.regions}
    assert {"Ségou", "Ménaka", "Taoudénit", "Tombouctou"} <= names
    tombouctou = locs.region("tombouctou")
    assert tombouctou is not None
    assert {"Diré", "Goundam", "Niafunké", "Gourma-Rharous"} <= {c.name for c in tombouctou.cercles}


@pytest.mark.parametrize("region_code", REQUIRED_COMMUNE_REGIONS)
def test_required_regions_have_communes_for_every_cercle(locs: Locations, region_code: str) -> None:
    region = locs.region(region_code)
    assert region is not None
    assert region.cercles
    for cercle in region.cercles:
        assert cercle.communes, f"{region_code}/{cercle.code} has no communes"


def test_counts(locs: Locations) -> None:
    assert len(locs.regions) >= 10
    assert sum(len(r.cercles) for r in locs.regions) >= 45


@pytest.mark.parametrize(
    ("region", "cercles"),
    [
        ("gao", {"ansongo", "bourem", "gao"}),
        ("tombouctou", {"dire", "goundam", "gourma_rharous", "niafunke", "tombouctou"}),
        (
            "mopti",
            {
                "bandiagara",
                "bankass",
                "djenne",
                "douentza",
                "koro",
                "mopti",
                "tenenkou",
                "youwarou",
            },
        ),
        ("menaka", {"menaka", "anderamboukane", "inekar", "tidermene"}),
        ("kidal", {"abeibara", "kidal", "tessalit", "tin_essako"}),
        (
            "taoudenit",
            {"achouratt", "al_ourche", "arawane", "boujbeha", "foum_alba", "taoudenit"},
        ),
        ("bamako", {f"commune_{n}" for n in ("i", "ii", "iii", "iv", "v", "vi")}),
    ],
)
def test_cercles_of_northern_regions_and_bamako(
    locs: Locations, region: str, cercles: set[str]
) -> None:
    found = locs.region(region)
    assert found is not None
    assert {c.code for c in found.cercles} == cercles


def test_known_communes(locs: Locations) -> None:
    assert locs.commune("gao", "ansongo", "ouattagouna") == Commune("ouattagouna", "Ouattagouna")
    assert locs.commune("gao", "gao", "n_tillit") is not None
    assert locs.commune("tombouctou", "tombouctou", "bourem_inaly") is not None
    assert locs.commune("mopti", "mopti", "ouro_modi") is not None


# --- lookups -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("GAO", "gao"),
        ("gao", "gao"),
        ("Ségou", "segou"),
        ("segou", "segou"),
        ("SEGOU", "segou"),
        ("  Ségou ", "segou"),
        ("Tombouctou", "tombouctou"),
        ("Timbuktu", "tombouctou"),
        ("Ménaka", "menaka"),
        ("menaka", "menaka"),
        ("Taoudéni", "taoudenit"),
        ("District de Bamako", "bamako"),
        ("Région de Mopti", "mopti"),
    ],
)
def test_find_region(locs: Locations, text: str, code: str) -> None:
    region = locs.find_region(text)
    assert region is not None
    assert region.code == code


def test_find_cercle_and_commune(locs: Locations) -> None:
    assert locs.find_cercle("tombouctou", "Niafounké") == locs.cercle("tombouctou", "niafunke")
    assert locs.find_cercle("tombouctou", "gourma rharous") == locs.cercle(
        "tombouctou", "gourma_rharous"
    )
    assert locs.find_cercle("mopti", "TENENKOU") == locs.cercle("mopti", "tenenkou")
    assert locs.find_cercle("bamako", "commune iii") == locs.cercle("bamako", "commune_iii")
    commune = locs.find_commune("gao", "ansongo", "Tin Hama")
    assert commune is not None
    assert commune.code == "tin_hama"
    assert locs.find_commune("gao", "ansongo", "tinhama") == commune
    assert locs.find_commune("gao", "gao", "N'Tillit") == locs.commune("gao", "gao", "n_tillit")
    soni = locs.find_commune("gao", "gao", "Soni Ali Ber")
    assert soni is not None
    assert soni.name == "Sony Aliber"


@pytest.mark.parametrize("text", ["", "   ", "Paris", "Bourem", None, 42])
def test_find_region_unknown(locs: Locations, text: object) -> None:
    assert locs.find_region(text) is None  # type: ignore[arg-type]


def test_unknown_codes_return_none(locs: Locations) -> None:
    assert locs.region("atlantis") is None
    assert locs.region("Gao") is None  # exact lookups take codes, not names
    assert locs.cercle("gao", "tombouctou") is None
    assert locs.cercle("atlantis", "gao") is None
    assert locs.commune("gao", "ansongo", "konna") is None
    assert locs.commune("gao", "nowhere", "gao") is None
    assert locs.find_cercle("atlantis", "Gao") is None
    assert locs.find_cercle("gao", "Djenné") is None
    assert locs.find_commune("gao", "nowhere", "Gao") is None
    assert locs.find_commune("gao", "ansongo", "Konna") is None


# --- label ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (
            {"region": "gao", "cercle": "ansongo", "commune": "ouattagouna"},
            "Ouattagouna, Ansongo, Gao",
        ),
        (
            {"region": "gao", "cercle": "ansongo", "commune": "ouattagouna", "localite": "Fafa"},
            "Fafa, Ouattagouna, Ansongo, Gao",
        ),
        ({"region": "segou"}, "Ségou"),
        ({"region": "mopti", "cercle": "djenne"}, "Djenné, Mopti"),
        (
            {"region": "bamako", "cercle": "commune_iii", "localite": "Badalabougou"},
            "Badalabougou, Commune III, Bamako",
        ),
        ({"region": "mopti", "localite": " Sévaré "}, "Sévaré, Mopti"),
        ({"region": "gao", "cercle": "gao", "commune": "gao"}, "Gao"),
        ({"region": "gao", "cercle": "ansongo", "commune": "", "localite": None}, "Ansongo, Gao"),
        ({"region": "gao", "cercle": "xyz"}, "xyz, Gao"),
        ({}, ""),
    ],
)
def test_label(locs: Locations, value: dict, text: str) -> None:
    assert locs.label(value) == text


# --- from_mapping --------------------------------------------------------------------------


def test_from_mapping_builds_dataclasses() -> None:
    data = {
        "source": "test",
        "version": "1",
        "regions": [
            {
                "code": "gao",
                "name": "Gao",
                "cercles": [
                    {
                        "code": "ansongo",
                        "name": "Ansongo",
                        "communes": [{"code": "bara", "name": "Bara"}],
                    }
                ],
            }
        ],
    }
    locs = Locations.from_mapping(data)
    assert locs.regions == (
        Region("gao", "Gao", (Cercle("ansongo", "Ansongo", (Commune("bara", "Bara"),)),)),
    )
    assert locs.version == "1"


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"regions": {}},
        {"regions": [{"code": "gao"}]},
        {"regions": [{"code": "gao", "name": "Gao"}, {"code": "gao", "name": "Gao"}]},
        {"regions": [{"code": "gao", "name": "Gao", "cercles": [{"code": "a", "name": 1}]}]},
        {
            "regions": [
                {
                    "code": "gao",
                    "name": "Gao",
                    "cercles": [
                        {
                            "code": "a",
                            "name": "A",
                            "communes": [{"code": "x", "name": "X"}, {"code": "x", "name": "Y"}],
                        }
                    ],
                }
            ]
        },
    ],
)
def test_from_mapping_rejects_bad_shapes(data: dict) -> None:
    with pytest.raises(ValueError, match=r"."):
        Locations.from_mapping(data)


def test_module_is_pure() -> None:
    source = Path(locations_module.__file__).read_text(encoding="utf-8")
    assert "print(" not in source
    assert "PySide6" not in source
    assert "sqlite" not in source


# --- slugify -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Ségou", "segou"),
        ("N'Tillit", "n_tillit"),
        ("Gourma-Rharous", "gourma_rharous"),
        ("Tin Aïcha", "tin_aicha"),
        ("Commune VI", "commune_vi"),
        ("Abeïbara", "abeibara"),
        ("Raz-El-Ma", "raz_el_ma"),
        ("  --Ménaka--  ", "menaka"),
        ("Cœur", "coeur"),
        ("", ""),
    ],
)
def test_slugify_examples(text: str, slug: str) -> None:
    assert slugify(text) == slug


@given(st.text())
def test_slugify_is_idempotent_and_ascii(text: str) -> None:
    slug = slugify(text)
    assert re.fullmatch(r"[a-z0-9_]*", slug)
    assert slugify(slug) == slug
    assert not slug.startswith("_")
    assert not slug.endswith("_")
    assert "__" not in slug
