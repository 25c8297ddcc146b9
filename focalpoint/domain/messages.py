"""The one table that turns problem and error codes into French or English sentences.

Problems (``domain.problems.CODES``) and errors (``FocalpointError.code``) are translated here and
nowhere else, so the app, the command line and reports say the same thing. French is the default.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from focalpoint.domain.errors import FocalpointError
from focalpoint.domain.forms import Form
from focalpoint.domain.problems import Problem

LANGUAGES: tuple[str, ...] = ("fr", "en")
DEFAULT_LANGUAGE = "fr"

MESSAGES: dict[str, dict[str, str]] = {
    # --- problems of a value
    "required": {"fr": "Ce champ est obligatoire.", "en": "This field is required."},
    "not_an_integer": {
        "fr": "Saisissez un nombre entier (sans lettres ni virgule).",
        "en": "Enter a whole number (no letters or decimals).",
    },
    "not_a_number": {"fr": "Saisissez un nombre.", "en": "Enter a number."},
    "not_text": {"fr": "Saisissez du texte.", "en": "Enter text."},
    "too_small": {
        "fr": "La valeur doit être au moins {min}.",
        "en": "The value must be at least {min}.",
    },
    "too_large": {
        "fr": "La valeur doit être au plus {max}.",
        "en": "The value must be at most {max}.",
    },
    "too_short": {
        "fr": "Saisissez au moins {min} caractères.",
        "en": "Enter at least {min} characters.",
    },
    "too_long": {
        "fr": "Saisissez au plus {max} caractères.",
        "en": "Enter at most {max} characters.",
    },
    "pattern_mismatch": {"fr": "Le format n'est pas valide.", "en": "The format is not valid."},
    "invalid_choice": {
        "fr": "« {value} » ne fait pas partie des choix possibles.",
        "en": "“{value}” is not one of the allowed choices.",
    },
    "invalid_date": {
        "fr": "Date non valide : utilisez le format jj/mm/aaaa (ex. 26/05/2023).",
        "en": "Invalid date: use dd/mm/yyyy (e.g. 26/05/2023).",
    },
    "invalid_time": {
        "fr": "Heure non valide : utilisez le format hh:mm (ex. 14:30).",
        "en": "Invalid time: use hh:mm (e.g. 14:30).",
    },
    "invalid_boolean": {"fr": "Répondez par oui ou non.", "en": "Answer yes or no."},
    "date_in_future": {
        "fr": "La date ne peut pas être dans le futur.",
        "en": "The date cannot be in the future.",
    },
    "date_before": {
        "fr": "La date de fin ne peut pas précéder la date de début.",
        "en": "The end date cannot be before the start date.",
    },
    "phone_invalid": {
        "fr": "Numéro de téléphone malien non valide (8 chiffres, ex. 76 12 34 56).",
        "en": "Invalid Malian phone number (8 digits, e.g. 76 12 34 56).",
    },
    "location_invalid": {"fr": "Lieu non valide.", "en": "Invalid place."},
    "location_unknown_region": {
        "fr": "Région inconnue : « {value} ».",
        "en": "Unknown region: “{value}”.",
    },
    "location_unknown_cercle": {
        "fr": "Ce cercle n'appartient pas à la région choisie : « {value} ».",
        "en": "This cercle is not in the chosen region: “{value}”.",
    },
    "location_unknown_commune": {
        "fr": "Cette commune n'appartient pas au cercle choisi : « {value} ».",
        "en": "This commune is not in the chosen cercle: “{value}”.",
    },
    "gps_invalid": {
        "fr": "Coordonnées GPS non valides : latitude entre -90 et 90, longitude entre -180 et 180.",
        "en": "Invalid GPS coordinates: latitude between -90 and 90, longitude between -180 and 180.",
    },
    "gps_outside_mali": {
        "fr": "Ces coordonnées GPS sont hors du Mali : vérifiez latitude et longitude.",
        "en": "These GPS coordinates are outside Mali: check latitude and longitude.",
    },
    "too_few_rows": {
        "fr": "Il faut au moins {min} ligne(s).",
        "en": "At least {min} row(s) are needed.",
    },
    "too_many_rows": {
        "fr": "Au plus {max} ligne(s) sont permises.",
        "en": "At most {max} row(s) are allowed.",
    },
    "not_a_list": {
        "fr": "Une liste de valeurs est attendue.",
        "en": "A list of values is expected.",
    },
    "not_an_object": {"fr": "Ligne mal formée.", "en": "Malformed row."},
    "attachment_invalid": {"fr": "Pièce jointe non valide.", "en": "Invalid attachment."},
    "unknown_field": {
        "fr": "Champ inconnu dans ce formulaire.",
        "en": "Unknown field in this form.",
    },
    "malformed_line": {"fr": "Ligne illisible : {reason}", "en": "Unreadable line: {reason}"},
    "region_missing": {
        "fr": "La région du lieu est obligatoire.",
        "en": "The region of the place is required.",
    },
    # --- errors (FocalpointError.code)
    "error": {
        "fr": "Une erreur inattendue s'est produite. Le détail est dans le journal.",
        "en": "An unexpected error occurred. Details are in the log.",
    },
    "usage_error": {"fr": "Commande incorrecte : {detail}", "en": "Wrong command: {detail}"},
    "validation_failed": {
        "fr": "L'enregistrement contient {count} erreur(s) :",
        "en": "The record has {count} error(s):",
    },
    "not_found": {"fr": "Introuvable : {detail}", "en": "Not found: {detail}"},
    "conflict": {
        "fr": "Conflit : l'enregistrement a été modifié ailleurs.",
        "en": "Conflict: the record was changed elsewhere.",
    },
    "storage_error": {
        "fr": "Impossible de lire ou d'écrire les données : {detail}",
        "en": "Cannot read or write the data: {detail}",
    },
    "disk_full": {
        "fr": "Le disque est plein : libérez de la place puis réessayez. Rien de ce qui était déjà enregistré n'est perdu.",
        "en": "The disk is full: free some space and try again. Nothing already saved is lost.",
    },
    "data_dir_not_writable": {
        "fr": "Le dossier de données « {path} » n'est pas accessible en écriture.",
        "en": "The data folder “{path}” is not writable.",
    },
    "database_corrupt": {
        "fr": "La base de données est endommagée ({detail}) : l'enregistrement est bloqué. Restaurez la dernière sauvegarde.",
        "en": "The database is damaged ({detail}): saving is blocked. Restore the last backup.",
    },
    "sync_error": {
        "fr": "La synchronisation a échoué ({kind}).",
        "en": "Synchronisation failed ({kind}).",
    },
    "import_file_error": {
        "fr": "Fichier « {path} » illisible : {reason}",
        "en": "Cannot read the file “{path}”: {reason}",
    },
    "cancelled": {"fr": "Opération annulée.", "en": "Operation cancelled."},
    # --- import reasons and command-line phrases
    "file_missing": {"fr": "le fichier n'existe pas", "en": "the file does not exist"},
    "not_json": {
        "fr": "JSON mal formé (ligne {line}, colonne {column})",
        "en": "malformed JSON (line {line}, column {column})",
    },
    "not_json_object": {"fr": "un objet JSON est attendu", "en": "a JSON object is expected"},
    "not_xlsx": {
        "fr": "ce n'est pas un classeur Excel (.xlsx) valide",
        "en": "this is not a valid Excel workbook (.xlsx)",
    },
    "bad_extension": {
        "fr": "format non pris en charge (utilisez .jsonl, .csv ou .xlsx)",
        "en": "unsupported format (use .jsonl, .csv or .xlsx)",
    },
    "no_header": {
        "fr": "la première ligne doit contenir les noms des colonnes",
        "en": "the first line must hold the column names",
    },
    "missing_columns": {
        "fr": "colonne(s) obligatoire(s) absente(s) : {columns}",
        "en": "required column(s) missing: {columns}",
    },
    "unknown_form": {
        "fr": "formulaire inconnu « {form} » (formulaires : {known})",
        "en": "unknown form “{form}” (forms: {known})",
    },
    "not_utf8": {
        "fr": "le fichier n'est pas encodé en UTF-8",
        "en": "the file is not UTF-8 encoded",
    },
    "line": {"fr": "ligne {line}", "en": "line {line}"},
    "row": {"fr": "ligne", "en": "row"},
    "imported": {
        "fr": "{count} enregistrement(s) importé(s), {rejected} ligne(s) rejetée(s).",
        "en": "{count} record(s) imported, {rejected} line(s) rejected.",
    },
    "nothing_imported": {
        "fr": "Aucun enregistrement importé : le fichier contient des erreurs (--all-or-nothing).",
        "en": "Nothing imported: the file has errors (--all-or-nothing).",
    },
    "demo_done": {
        "fr": "Données de démonstration créées : {activities} activités, {incidents} incidents, dans {path}.",
        "en": "Demo data created: {activities} activities, {incidents} incidents, in {path}.",
    },
    "demo_exists": {
        "fr": "Les données de démonstration sont déjà présentes ({count} enregistrements).",
        "en": "Demo data is already there ({count} records).",
    },
    "exported": {
        "fr": "{count} enregistrement(s) exporté(s) vers {path}.",
        "en": "{count} record(s) exported to {path}.",
    },
    "form_imported": {
        "fr": "Formulaire « {form} » version {version} écrit dans {path}.",
        "en": "Form “{form}” version {version} written to {path}.",
    },
    "unsupported_feature": {"fr": "Non pris en charge : {what}", "en": "Not supported: {what}"},
    "no_records": {"fr": "Aucun enregistrement.", "en": "No records."},
}


def message(code: str, lang: str = DEFAULT_LANGUAGE, **params: Any) -> str:
    """The sentence for ``code`` in ``lang`` (French if unknown), with ``params`` filled in.

    An unknown code gives the generic error sentence rather than raising: the user must always
    read something.
    """
    entry = MESSAGES.get(code) or MESSAGES["error"]
    text = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return re.sub(r"\{[a-z_]+\}", "…", text)


_INDEX = re.compile(r"^([a-z0-9_]+)\[(\d+)\]\.?(.*)$")


def describe_path(form: Form | None, path: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """Name a problem's path for a person: "participants[3].telephone" → "Liste des participants,
    ligne 4, Téléphone" (rows count from 1). Unknown parts are shown as they are."""
    if form is None:
        return path
    m = _INDEX.match(path)
    if m:
        field_id, index, rest = m.group(1), int(m.group(2)), m.group(3)
        parent = form.field(field_id)
        parent_label = _label(parent.label, lang) if parent else field_id
        row = f"{message('row', lang)} {index + 1}"
        if not rest:
            return f"{parent_label}, {row}"
        sub = parent.subfield(rest.split(".")[0]) if parent else None
        return f"{parent_label}, {row}, {_label(sub.label, lang) if sub else rest}"
    head, _, tail = path.partition(".")
    f = form.field(head)
    label = _label(f.label, lang) if f else head
    return f"{label} ({tail})" if tail else label


def _label(label: Mapping[str, str], lang: str) -> str:
    return label.get(lang) or label.get(DEFAULT_LANGUAGE) or next(iter(label.values()), "")


def problem_message(problem: Problem, lang: str = DEFAULT_LANGUAGE) -> str:
    """The sentence for one problem, without its path."""
    return message(problem.code, lang, **problem.params)


def describe_problem(form: Form | None, problem: Problem, lang: str = DEFAULT_LANGUAGE) -> str:
    """ "Where: what" for one problem, e.g. "Liste des participants, ligne 2, Téléphone : …"."""
    sep = " : " if lang == "fr" else ": "
    return f"{describe_path(form, problem.path, lang)}{sep}{problem_message(problem, lang)}"


def error_message(error: FocalpointError, lang: str = DEFAULT_LANGUAGE) -> str:
    """The sentence a person reads for ``error`` (the app's dialog, the CLI's stderr).

    Params named ``<key>_code`` are themselves translated first (an import's ``reason_code``
    becomes its ``reason`` sentence).
    """
    params: dict[str, Any] = {"detail": error.detail, "reason": error.detail}
    params.update(error.params)
    for key in ("reason", "detail"):
        code = params.get(f"{key}_code")
        if isinstance(code, str):
            params[key] = message(code, lang, **params)
    return message(error.code, lang, **params)
