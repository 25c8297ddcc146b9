"""Every problem and error code has a French and an English sentence with the same placeholders."""

from __future__ import annotations

import re
import string

import pytest

from focalpoint.domain import errors
from focalpoint.domain.errors import FocalpointError, ImportFileError, UsageError
from focalpoint.domain.messages import MESSAGES, describe_path, error_message, message
from focalpoint.domain.problems import CODES, Problem
from focalpoint.store.forms import load_shipped_forms

ERROR_CODES = {
    cls.code
    for cls in vars(errors).values()
    if isinstance(cls, type) and issubclass(cls, FocalpointError)
} | {f"sync_{kind}" for kind in errors.SYNC_KINDS}


@pytest.mark.parametrize("code", sorted(CODES | ERROR_CODES))
def test_code_has_french_and_english(code: str) -> None:
    assert MESSAGES[code]["fr"].strip()
    assert MESSAGES[code]["en"].strip()


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_french_and_english_use_the_same_placeholders(code: str) -> None:
    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    assert fields(MESSAGES[code]["fr"]) == fields(MESSAGES[code]["en"])


def test_message_fills_parameters_and_survives_missing_ones() -> None:
    assert message("too_large", max=110) == "La valeur doit être au plus 110."
    assert "{" not in message("too_large")


def test_unknown_code_gives_the_generic_sentence() -> None:
    assert message("no_such_code") == MESSAGES["error"]["fr"]


def test_path_of_a_participant_cell_is_named_for_a_person() -> None:
    form = load_shipped_forms()["activite"]
    assert (
        describe_path(form, "participants[3].telephone")
        == "Liste des participants, ligne 4, Téléphone"
    )
    assert (
        describe_path(form, "participants[3].telephone", "en")
        == "List of participants, row 4, Phone"
    )
    assert describe_path(form, "lieu.region") == "Lieu (region)"


def test_error_message_translates_reason_codes() -> None:
    exc = ImportFileError("x", path="f.csv", reason_code="missing_columns", columns="titre")
    assert error_message(exc) == "Fichier « f.csv » : colonne(s) obligatoire(s) absente(s) : titre"
    assert "required column(s) missing: titre" in error_message(exc, "en")


def test_error_message_has_no_english_in_french() -> None:
    text = error_message(UsageError("x", detail_code="unknown_form", form="z", known="a, b"))
    assert text == "Commande incorrecte : formulaire inconnu « z » (formulaires : a, b)"


def test_problem_str_is_path_and_code() -> None:
    assert (
        str(Problem("participants[3].telephone", "phone_invalid"))
        == "participants[3].telephone: phone_invalid"
    )
    assert re.fullmatch(r"[a-z_]+", "phone_invalid")
