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
    "lock_error": {
        "fr": "Les données sont verrouillées.",
        "en": "The data is locked.",
    },
    "passphrase_required": {
        "fr": "Les données de cet ordinateur sont chiffrées : donnez la phrase secrète (ou la variable FOCALPOINT_PASSPHRASE).",
        "en": "This laptop's data is encrypted: give the passphrase (or the FOCALPOINT_PASSPHRASE variable).",
    },
    "passphrase_new_required": {
        "fr": "Choisissez une phrase secrète pour chiffrer les données de cet ordinateur (ou la variable FOCALPOINT_PASSPHRASE).",
        "en": "Choose a passphrase to encrypt this laptop's data (or the FOCALPOINT_PASSPHRASE variable).",
    },
    "wrong_passphrase": {
        "fr": "Phrase secrète incorrecte.",
        "en": "Wrong passphrase.",
    },
    "unlock_throttled": {
        "fr": "Trop d'essais : attendez {seconds} s avant de réessayer.",
        "en": "Too many attempts: wait {seconds} s before trying again.",
    },
    "weak_passphrase": {
        "fr": "{reason}",
        "en": "{reason}",
    },
    "passphrase_too_short": {
        "fr": "La phrase secrète doit compter au moins 8 caractères.",
        "en": "The passphrase must be at least 8 characters long.",
    },
    "passphrases_differ": {
        "fr": "Les deux phrases secrètes ne sont pas identiques.",
        "en": "The two passphrases are not the same.",
    },
    "key_file_damaged": {
        "fr": "Le fichier de clé (focalpoint.key) manque ou est endommagé : les données chiffrées ne peuvent pas être ouvertes. Restaurez-le depuis une copie, ou effacez les données et enrôlez de nouveau l'ordinateur.",
        "en": "The key file (focalpoint.key) is missing or damaged: the encrypted data cannot be opened. Restore it from a copy, or wipe the data and enrol the laptop again.",
    },
    "prompt_passphrase": {"fr": "Phrase secrète : ", "en": "Passphrase: "},
    "prompt_new_passphrase": {
        "fr": "Nouvelle phrase secrète (au moins 8 caractères) : ",
        "en": "New passphrase (at least 8 characters): ",
    },
    "prompt_confirm_passphrase": {
        "fr": "Retapez la phrase secrète : ",
        "en": "Type the passphrase again: ",
    },
    "passphrase_changed": {
        "fr": "Phrase secrète changée. L'ancienne n'ouvre plus les données.",
        "en": "Passphrase changed. The old one no longer opens the data.",
    },
    "not_encrypted": {
        "fr": "Ce dossier de données n'est pas chiffré (données de démonstration).",
        "en": "This data folder is not encrypted (demo data).",
    },
    "backup_done": {"fr": "Sauvegarde faite : {path}", "en": "Backup made: {path}"},
    "no_backup": {"fr": "Aucune sauvegarde.", "en": "No backup."},
    "ca_bundle_missing": {
        "fr": "le fichier de certificat « {path} » n'existe pas",
        "en": "the certificate file “{path}” does not exist",
    },
    "unencrypted_output": {
        "fr": "Attention : ce fichier n'est pas chiffré ; ne le gardez pas plus longtemps que nécessaire.",
        "en": "Warning: this file is not encrypted; do not keep it longer than needed.",
    },
    "backup_failed": {
        "fr": "Attention : la sauvegarde automatique n'a pas pu être faite. {reason}",
        "en": "Warning: the automatic backup could not be made. {reason}",
    },
    "database_healthy": {
        "fr": "la base n'est pas endommagée : la restaurer mettrait de côté ce qui a été enregistré depuis la sauvegarde (ajoutez --force pour le faire quand même)",
        "en": "the database is not damaged: restoring would set aside what was saved since the backup (add --force to do it anyway)",
    },
    "no_good_backup": {
        "fr": "aucune sauvegarde lisible dans le dossier « backups »",
        "en": "no readable backup in the “backups” folder",
    },
    "restored": {
        "fr": "Base restaurée depuis la sauvegarde du {made} ; {waiting} enregistrement(s) en attente d'envoi seront renvoyés à la prochaine synchronisation. La copie endommagée est gardée dans {aside}.",
        "en": "Database restored from the backup of {made}; {waiting} record(s) waiting to be sent will be sent at the next sync. The damaged copy is kept in {aside}.",
    },
    "wiped": {
        "fr": "Toutes les données de cet ordinateur sont effacées ({seconds} s).",
        "en": "All the data on this laptop is wiped ({seconds} s).",
    },
    "revoked_now": {
        "fr": "Le serveur a révoqué le jeton de cet ordinateur.",
        "en": "The server revoked this laptop's token.",
    },
    "revocation_pending": {
        "fr": "Le serveur sera prévenu à la prochaine connexion pour révoquer le jeton de cet ordinateur.",
        "en": "The server will be told to revoke this laptop's token at the next connection.",
    },
    "revocation_unknown": {
        "fr": "Le jeton n'a pas pu être lu : demandez au secrétariat de révoquer cet ordinateur.",
        "en": "The token could not be read: ask the secretariat to revoke this laptop.",
    },
    "sync_error": {
        "fr": "La synchronisation a échoué ({kind}).",
        "en": "Synchronisation failed ({kind}).",
    },
    "sync_auth": {
        "fr": "Le serveur refuse le jeton de cet ordinateur (révoqué ou inconnu) : demandez un nouveau jeton au secrétariat.",
        "en": "The server refuses this laptop's token (revoked or unknown): ask the secretariat for a new token.",
    },
    "sync_network": {
        "fr": "Pas de connexion avec le serveur : vérifiez le modem ou le réseau, puis réessayez. Rien n'est perdu.",
        "en": "No connection with the server: check the modem or the network, then try again. Nothing is lost.",
    },
    "sync_protocol": {
        "fr": "Le serveur ne répond pas comme prévu ({detail}) : il est peut-être d'une autre version.",
        "en": "The server did not answer as expected ({detail}): it may be another version.",
    },
    "sync_server": {
        "fr": "Le serveur a rencontré une erreur ({detail}) : réessayez plus tard. Rien n'est perdu.",
        "en": "The server had an error ({detail}): try again later. Nothing is lost.",
    },
    "sync_captive_portal": {
        "fr": "Le réseau affiche une page de connexion au lieu du serveur (portail captif) : connectez-vous au réseau puis réessayez.",
        "en": "The network shows a login page instead of the server (captive portal): log in to the network, then try again.",
    },
    "sync_tls": {
        "fr": "Connexion sécurisée refusée : le certificat du serveur n'est pas reconnu, la connexion est peut-être interceptée. N'insistez pas et prévenez le secrétariat.",
        "en": "Secure connection refused: the server's certificate is not recognised, the connection may be intercepted. Do not insist; tell the secretariat.",
    },
    "sync_tls_clock": {
        "fr": "Le certificat du serveur est refusé pour sa date : la date ou l'heure de cet ordinateur est sans doute fausse. Corrigez-les (date, heure et fuseau horaire), puis réessayez. Si elles sont justes, le certificat du serveur a expiré : prévenez le secrétariat.",
        "en": "The server's certificate is refused for its dates: this laptop's date or time is probably wrong. Correct them (date, time and time zone), then try again. If they are right, the server's certificate has expired: tell the secretariat.",
    },
    "sync_not_enrolled": {
        "fr": "Cet ordinateur n'est pas encore relié au serveur : lancez « focalpoint enroll --server URL --token JETON ».",
        "en": "This laptop is not linked to a server yet: run “focalpoint enroll --server URL --token TOKEN”.",
    },
    "sync_done": {
        "fr": "Synchronisation terminée : {pushed} envoyé(s), {pulled} reçu(s), {conflicts} conflit(s), {rejected} refusé(s).",
        "en": "Sync done: {pushed} sent, {pulled} received, {conflicts} conflict(s), {rejected} refused.",
    },
    "enrolled": {
        "fr": "Ordinateur « {device} » relié au serveur {server} (régions : {regions}).",
        "en": "Laptop “{device}” linked to server {server} (regions: {regions}).",
    },
    "device_added": {
        "fr": "Appareil « {name} » ajouté. Jeton (affiché une seule fois) :",
        "en": "Device “{name}” added. Token (shown only once):",
    },
    "device_revoked": {"fr": "Appareil « {name} » révoqué.", "en": "Device “{name}” revoked."},
    "gc_done": {
        "fr": "Nettoyage du serveur : {incomplete} envoi(s) abandonné(s), {unreferenced} pièce(s) jointe(s) sans enregistrement ({size} octets), {batches} réponse(s) d'envoi anciennes supprimé(s).",
        "en": "Server clean-up: {incomplete} abandoned upload(s), {unreferenced} attachment(s) no record uses ({size} bytes), {batches} old push answer(s) removed.",
    },
    "gc_days_invalid": {
        "fr": "le nombre de jours doit être 0 ou plus (reçu : {days})",
        "en": "the number of days must be 0 or more (got {days})",
    },
    "device_regions_set": {
        "fr": "Appareil « {name} » : régions {regions}. Il recevra tout ce périmètre à sa prochaine synchronisation.",
        "en": "Device “{name}”: regions {regions}. It receives that whole scope at its next sync.",
    },
    "import_file_error": {"fr": "Fichier « {path} » : {reason}", "en": "File “{path}”: {reason}"},
    "cancelled": {"fr": "Opération annulée.", "en": "Operation cancelled."},
    # --- import reasons and command-line phrases
    "file_missing": {"fr": "le fichier n'existe pas", "en": "the file does not exist"},
    "file_denied": {"fr": "accès refusé à ce fichier", "en": "access to this file is denied"},
    "file_is_folder": {
        "fr": "c'est un dossier, pas un fichier",
        "en": "this is a folder, not a file",
    },
    "csv_malformed": {"fr": "CSV mal formé ({detail})", "en": "malformed CSV ({detail})"},
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
    "device_exists": {
        "fr": "un appareil nommé « {name} » existe déjà",
        "en": "a device named “{name}” already exists",
    },
    "device_name_invalid": {
        "fr": "le nom d'un appareil a de 1 à {max} caractères",
        "en": "a device name has 1 to {max} characters",
    },
    "device_sees_all": {
        "fr": "« {name} » est un appareil du secrétariat : il voit déjà toutes les régions",
        "en": "“{name}” is a secretariat device: it already sees every region",
    },
    "device_role_invalid": {
        "fr": "rôle inconnu « {role} » (focal_point ou secretariat)",
        "en": "unknown role “{role}” (focal_point or secretariat)",
    },
    "device_needs_region": {
        "fr": "un point focal a besoin d'au moins une région (--region gao …)",
        "en": "a focal point needs at least one region (--region gao …)",
    },
    "region_code_invalid": {
        "fr": "région inconnue « {region} » (ex. gao, mopti, tombouctou)",
        "en": "unknown region “{region}” (e.g. gao, mopti, tombouctou)",
    },
    "workers_invalid": {
        "fr": "--workers : au moins 1 processus",
        "en": "--workers: at least 1 process",
    },
    "listen_failed": {
        "fr": "impossible d'écouter sur {address} ({reason}) : le port est-il déjà pris ?",
        "en": "cannot listen on {address} ({reason}): is the port already taken?",
    },
    "server_db_unreachable": {
        "fr": "la base du serveur ({db}) est injoignable : vérifiez l'adresse donnée à --db et "
        "que PostgreSQL est démarré",
        "en": "the server database ({db}) cannot be reached: check the address given to --db "
        "and that PostgreSQL is running",
    },
    "server_missing": {
        "fr": "le serveur n'est pas installé (pip install 'focalpoint[server]')",
        "en": "the server is not installed (pip install 'focalpoint[server]')",
    },
    "form_version_not_newer": {
        "fr": "le formulaire « {form} » est déjà publié en version {published} : la version à publier doit être plus grande (ce fichier est en version {version})",
        "en": "form “{form}” is already published at version {published}: the version to publish must be higher (this file is version {version})",
    },
    "form_version_too_large": {
        "fr": "numéro de version trop grand ({version})",
        "en": "version number too large ({version})",
    },
    "reference_unchanged": {
        "fr": "cette liste des lieux est déjà publiée (version {version}) : rien à publier",
        "en": "this list of places is already published (version {version}): nothing to publish",
    },
    "reference_invalid": {
        "fr": "liste des lieux non valide ({detail})",
        "en": "invalid list of places ({detail})",
    },
    "form_published": {
        "fr": "Formulaire « {form} » version {version} publié : les ordinateurs le recevront à leur prochaine synchronisation.",
        "en": "Form “{form}” version {version} published: laptops will receive it at their next sync.",
    },
    "reference_published": {
        "fr": "Liste des lieux publiée (version {version}) : les ordinateurs la recevront à leur prochaine synchronisation.",
        "en": "List of places published (version {version}): laptops will receive it at their next sync.",
    },
    "gui_missing": {
        "fr": "l'application de bureau n'est pas installée (pip install 'focalpoint[gui]', ou bash scripts/run)",
        "en": "the desktop app is not installed (pip install 'focalpoint[gui]', or bash scripts/run)",
    },
    "no_records": {"fr": "Aucun enregistrement.", "en": "No records."},
    # --- XLSForm import reasons (ImportFileError.reason_code of `focalpoint forms import`)
    "file_unreadable": {
        "fr": "le fichier ne peut pas être lu ({detail})",
        "en": "the file cannot be read ({detail})",
    },
    "xlsform_rejected": {
        "fr": "XLSForm refusé par pyxform : {detail}",
        "en": "XLSForm rejected by pyxform: {detail}",
    },
    "xlsform_unreadable": {
        "fr": "ce classeur ne peut pas être lu comme un XLSForm ({detail})",
        "en": "this workbook cannot be read as an XLSForm ({detail})",
    },
    "xlsform_schema_invalid": {
        "fr": "le formulaire obtenu par la conversion n'est pas valide ({detail})",
        "en": "the form produced by the conversion is not valid ({detail})",
    },
    "form_schema_unreadable": {
        "fr": "le schéma des formulaires (forms/form.schema.json) ne peut pas être lu ({detail})",
        "en": "the form schema (forms/form.schema.json) cannot be read ({detail})",
    },
    "invalid_form_id": {
        "fr": "l'identifiant de formulaire « {form} » n'est pas valide (a-z, 0-9 et _, 64 caractères au plus)",
        "en": "the form id “{form}” is not valid (a-z, 0-9 and _, at most 64 characters)",
    },
    "invalid_form_version": {
        "fr": "la version « {version} » n'est pas un nombre entier supérieur ou égal à 1",
        "en": "version “{version}” is not a whole number of at least 1",
    },
    "version_not_newer": {
        "fr": "le formulaire « {form} » existe déjà en version {existing} et la version importée ({version}) n'est pas plus récente : augmentez « version » dans la feuille settings du XLSForm pour le remplacer",
        "en": "form “{form}” already exists in version {existing} and the imported version ({version}) is not newer: raise “version” in the settings sheet of the XLSForm to replace it",
    },
    "existing_form_unreadable": {
        "fr": "ce formulaire existe déjà mais ne peut pas être lu : supprimez-le pour importer le nouveau",
        "en": "this form already exists but cannot be read: remove it to import the new one",
    },
    # --- XLSForm import notes (focalpoint.xlsform.Note codes, shown after "Non pris en charge :")
    "xlsform_setting_ignored": {
        "fr": "Paramètre « {setting} » (« {value} ») de la feuille settings non importé.",
        "en": "Setting “{setting}” (“{value}”) of the settings sheet not imported.",
    },
    "xlsform_default_language_unsupported": {
        "fr": "Langue par défaut « {language} » non prise en charge : seuls les textes en français et en anglais sont importés.",
        "en": "Default language “{language}” not supported: only French and English texts are imported.",
    },
    "xlsform_sheet_ignored": {
        "fr": "Feuille « {sheet} » non importée (seules les feuilles survey, choices et settings sont lues).",
        "en": "Sheet “{sheet}” not imported (only the survey, choices and settings sheets are read).",
    },
    "xlsform_form_id_changed": {
        "fr": "Identifiant du formulaire « {original} » remplacé par « {id} » (un identifiant ne contient que a-z, 0-9 et _).",
        "en": "Form id “{original}” changed to “{id}” (ids use only a-z, 0-9 and _).",
    },
    "xlsform_version_invalid": {
        "fr": "La version « {version} » n'est pas un nombre entier supérieur ou égal à 1 : la version 1 est utilisée.",
        "en": "Version “{version}” is not a whole number of at least 1: version 1 is used.",
    },
    "xlsform_version_missing": {
        "fr": "Pas de version dans la feuille settings : la version 1 est utilisée.",
        "en": "No version in the settings sheet: version 1 is used.",
    },
    "xlsform_title_missing": {
        "fr": "Pas de titre (form_title) dans la feuille settings : l'identifiant « {id} » sert de titre.",
        "en": "No title (form_title) in the settings sheet: the id “{id}” is used as the title.",
    },
    "xlsform_group_flattened": {
        "fr": "Groupe imbriqué « {group} » : ses questions sont placées directement dans « {parent} ».",
        "en": "Nested group “{group}”: its questions are placed directly in “{parent}”.",
    },
    "xlsform_group_column_ignored": {
        "fr": "Groupe « {group} » : la colonne « {column} » n'est pas importée.",
        "en": "Group “{group}”: column “{column}” not imported.",
    },
    "xlsform_section_empty": {
        "fr": "Groupe « {group} » : aucune question importable, section ignorée.",
        "en": "Group “{group}”: no importable question, section skipped.",
    },
    "xlsform_loop_skipped": {
        "fr": "Champ « {field} » : begin_loop n'est pas pris en charge (ignoré).",
        "en": "Field “{field}”: begin_loop is not supported (skipped).",
    },
    "xlsform_nested_repeat": {
        "fr": "Champ « {field} » : une répétition dans la répétition « {repeat} » n'est pas prise en charge ; elle est ignorée, avec {count} question(s).",
        "en": "Field “{field}”: a repeat inside the repeat “{repeat}” is not supported; it is skipped, with {count} question(s).",
    },
    "xlsform_repeat_empty": {
        "fr": "Champ « {field} » : répétition sans question importable (ignorée).",
        "en": "Field “{field}”: repeat without any importable question (skipped).",
    },
    "xlsform_name_changed": {
        "fr": "Champ « {field} » : nom remplacé par « {id} » (un identifiant ne contient que a-z, 0-9 et _).",
        "en": "Field “{field}”: name changed to “{id}” (ids use only a-z, 0-9 and _).",
    },
    "xlsform_choices_from_file": {
        "fr": "Champ « {field} » : les choix tirés du fichier « {file} » ne sont pas pris en charge (champ ignoré).",
        "en": "Field “{field}”: choices from the file “{file}” are not supported (field skipped).",
    },
    "xlsform_type_skipped": {
        "fr": "Champ « {field} » : le type « {type} » n'est pas pris en charge (ignoré).",
        "en": "Field “{field}”: type “{type}” is not supported (skipped).",
    },
    "xlsform_metadata_skipped": {
        "fr": "Champ « {field} » : la métadonnée « {type} » est ignorée.",
        "en": "Field “{field}”: metadata “{type}” skipped.",
    },
    "xlsform_display_only_skipped": {
        "fr": "Champ « {field} » : le type « {type} » (texte affiché seulement) est ignoré.",
        "en": "Field “{field}”: type “{type}” (display-only text) skipped.",
    },
    "xlsform_type_as_attachment": {
        "fr": "Champ « {field} » : le type « {type} » est importé comme pièce jointe.",
        "en": "Field “{field}”: type “{type}” imported as an attachment.",
    },
    "xlsform_type_as_boolean": {
        "fr": "Champ « {field} » : le type « {type} » est importé comme case oui/non.",
        "en": "Field “{field}”: type “{type}” imported as a yes/no box.",
    },
    "xlsform_range_as_integer": {
        "fr": "Champ « {field} » : le type « {type} » est importé comme nombre entier (sans curseur).",
        "en": "Field “{field}”: type “{type}” imported as a whole number (no slider).",
    },
    "xlsform_range_as_decimal": {
        "fr": "Champ « {field} » : le type « {type} » est importé comme nombre décimal (sans curseur).",
        "en": "Field “{field}”: type “{type}” imported as a decimal number (no slider).",
    },
    "xlsform_datetime_as_date": {
        "fr": "Champ « {field} » : le type « {type} » est importé comme date (l'heure est perdue).",
        "en": "Field “{field}”: type “{type}” imported as a date (the time of day is dropped).",
    },
    "xlsform_barcode_as_text": {
        "fr": "Champ « {field} » : le type « {type} » est importé comme texte (sans lecture de code-barres).",
        "en": "Field “{field}”: type “{type}” imported as text (no barcode scanning).",
    },
    "xlsform_calculate_unsupported": {
        "fr": "Champ « {field} » : le calcul « {expression} » n'est pas pris en charge (seul if(${{x}} >= n and ${{x}} <= m, 1, 0) l'est) ; champ ignoré.",
        "en": "Field “{field}”: calculation “{expression}” is not supported (only if(${{x}} >= n and ${{x}} <= m, 1, 0) is); field skipped.",
    },
    "xlsform_calculation_ignored": {
        "fr": "Champ « {field} » : le calcul « {expression} » n'est pas pris en charge (la valeur sera saisie).",
        "en": "Field “{field}”: calculation “{expression}” is not supported (the value will be typed in).",
    },
    "xlsform_required_conditional": {
        "fr": "Champ « {field} » : l'obligation conditionnelle « {expression} » n'est pas prise en charge (champ facultatif).",
        "en": "Field “{field}”: conditional required “{expression}” is not supported (field optional).",
    },
    "xlsform_constraint_unsupported": {
        "fr": "Champ « {field} » : la contrainte « {expression} » n'est pas prise en charge (seules . >= n, . <= n, regex(), string-length(), . <= today() et . >= ${{date}} le sont).",
        "en": "Field “{field}”: constraint “{expression}” is not supported (only . >= n, . <= n, regex(), string-length(), . <= today() and . >= ${{date}} are).",
    },
    "xlsform_relevant_unsupported": {
        "fr": "Champ « {field} » : la condition d'affichage « {expression} » n'est pas prise en charge (champ toujours affiché).",
        "en": "Field “{field}”: relevant “{expression}” is not supported (field always shown).",
    },
    "xlsform_group_relevant_unsupported": {
        "fr": "Champ « {field} » : la condition d'affichage « {expression} » du groupe « {group} » n'est pas prise en charge (champ toujours affiché).",
        "en": "Field “{field}”: relevant “{expression}” of group “{group}” is not supported (field always shown).",
    },
    "xlsform_group_relevant_dropped": {
        "fr": "Champ « {field} » : la condition d'affichage « {expression} » du groupe « {group} » n'est pas appliquée (une seule condition par champ).",
        "en": "Field “{field}”: relevant “{expression}” of group “{group}” is not applied (one condition per field).",
    },
    "xlsform_choice_filter_ignored": {
        "fr": "Champ « {field} » : le filtre de choix « {expression} » n'est pas pris en charge (tous les choix sont proposés).",
        "en": "Field “{field}”: choice filter “{expression}” is not supported (all choices are offered).",
    },
    "xlsform_parameters_ignored": {
        "fr": "Champ « {field} » : les paramètres « {parameters} » ne sont pas importés.",
        "en": "Field “{field}”: parameters “{parameters}” not imported.",
    },
    "xlsform_repeat_count_max": {
        "fr": "Champ « {field} » : repeat_count {count} est importé comme nombre maximal de lignes.",
        "en": "Field “{field}”: repeat_count {count} imported as the maximum number of rows.",
    },
    "xlsform_repeat_count_unsupported": {
        "fr": "Champ « {field} » : repeat_count « {expression} » n'est pas pris en charge (nombre de lignes libre).",
        "en": "Field “{field}”: repeat_count “{expression}” is not supported (any number of rows).",
    },
    "xlsform_appearance_ignored": {
        "fr": "Champ « {field} » : l'apparence « {appearance} » est ignorée.",
        "en": "Field “{field}”: appearance “{appearance}” ignored.",
    },
    "xlsform_column_ignored": {
        "fr": "Champ « {field} » : la colonne « {column} » n'est pas importée.",
        "en": "Field “{field}”: column “{column}” not imported.",
    },
    "xlsform_label_missing": {
        "fr": "Champ « {field} » : pas de libellé, « {label} » est utilisé.",
        "en": "Field “{field}”: no label, “{label}” is used.",
    },
    "xlsform_choice_value_changed": {
        "fr": "Liste « {list} » : le choix « {choice} » est enregistré sous la valeur « {value} ».",
        "en": "List “{list}”: choice “{choice}” is stored as “{value}”.",
    },
    "xlsform_choice_label_missing": {
        "fr": "Liste « {list} » : le choix « {choice} » n'a pas de libellé, son nom est utilisé.",
        "en": "List “{list}”: choice “{choice}” has no label, its name is used.",
    },
    "xlsform_choice_column_ignored": {
        "fr": "Liste « {list} » : la colonne « {column} » n'est pas importée.",
        "en": "List “{list}”: column “{column}” not imported.",
    },
    "xlsform_text_reference": {
        "fr": "Texte « {text} » : les références à d'autres réponses (${{…}}) sont affichées telles quelles.",
        "en": "Text “{text}”: references to other answers (${{…}}) are shown as written.",
    },
    "xlsform_english_missing": {
        "fr": "{count} texte(s) sans version anglaise ({texts}) : le texte français est repris en anglais.",
        "en": "{count} text(s) without English ({texts}): the French text is used for English.",
    },
    "xlsform_french_missing": {
        "fr": "{count} texte(s) sans version française ({texts}) : le texte anglais est repris en français.",
        "en": "{count} text(s) without French ({texts}): the English text is used for French.",
    },
    "xlsform_other_language_used": {
        "fr": "{count} texte(s) ni en français ni en anglais ({texts}) : le texte de l'autre langue est repris dans les deux.",
        "en": "{count} text(s) in neither French nor English ({texts}): the text in the other language is used for both.",
    },
    "xlsform_language_column_missing": {
        "fr": "{count} texte(s) sans colonne de langue ({texts}) : le même texte sert en français et en anglais.",
        "en": "{count} text(s) without a language column ({texts}): the same text is used in French and English.",
    },
    "xlsform_language_ignored": {
        "fr": "Langue « {language} » non importée (seuls le français et l'anglais le sont).",
        "en": "Language “{language}” not imported (French and English only).",
    },
    "xlsform_title_field_added": {
        "fr": "Aucune question texte pour le titre de l'enregistrement : un champ texte obligatoire « {field} » (Titre) a été ajouté en tête de la première section.",
        "en": "No text question for the record's title: a required text field “{field}” (Title) was added at the top of the first section.",
    },
    "xlsform_date_field_added": {
        "fr": "Aucune question de date : un champ date obligatoire « {field} » (Date) a été ajouté en tête de la première section ; il donne la date de l'enregistrement.",
        "en": "No date question: a required date field “{field}” (Date) was added at the top of the first section; it gives the record's date.",
    },
    "xlsform_location_added": {
        "fr": "Aucun champ de lieu dans le XLSForm : un champ obligatoire « {field} » (Lieu) a été ajouté en tête de la première section ; il donne la région de l'enregistrement.",
        "en": "No place field in the XLSForm: a required field “{field}” (Place) was added at the top of the first section; it gives the record's region.",
    },
    # --- reports (`focalpoint report …`, the Rapports page)
    "week_invalid": {
        "fr": "semaine « {value} » non valide : écrivez AAAA-Wss, par exemple 2023-W22 (semaine ISO de 1 à 52, ou 53 certaines années)",
        "en": "invalid week “{value}”: write YYYY-Www, e.g. 2023-W22 (ISO week 1 to 52, or 53 in some years)",
    },
    "month_invalid": {
        "fr": "mois « {value} » non valide : écrivez AAAA-MM, par exemple 2023-05",
        "en": "invalid month “{value}”: write YYYY-MM, e.g. 2023-05",
    },
    "quarter_invalid": {
        "fr": "trimestre « {value} » non valide : écrivez AAAA-Qn (ou AAAA-Tn), par exemple 2023-Q2",
        "en": "invalid quarter “{value}”: write YYYY-Qn, e.g. 2023-Q2",
    },
    "period_invalid": {
        "fr": "période « {value} » non valide : écrivez 2023-W22 (semaine), 2023-05 (mois) ou 2023-Q2 (trimestre)",
        "en": "invalid period “{value}”: write 2023-W22 (week), 2023-05 (month) or 2023-Q2 (quarter)",
    },
    "report_format_invalid": {
        "fr": "format de sortie non pris en charge pour « {path} » : terminez le nom par {formats}",
        "en": "unsupported output format for “{path}”: end the name with {formats}",
    },
    "report_rows_invalid": {
        "fr": "--rows : le nombre de lignes doit être entre 1 et {max} (reçu : {rows})",
        "en": "--rows: the number of rows must be between 1 and {max} (got {rows})",
    },
    "report_not_activity": {
        "fr": "aucune activité avec l'identifiant « {id} »",
        "en": "no activity with the id “{id}”",
    },
    "report_output_unwritable": {
        "fr": "impossible d'écrire le rapport dans « {path} » ({reason}) : choisissez un autre dossier ou fermez le fichier s'il est ouvert",
        "en": "cannot write the report to “{path}” ({reason}): choose another folder, or close the file if it is open",
    },
    "folder_missing": {
        "fr": "le dossier n'existe pas",
        "en": "the folder does not exist",
    },
    "report_pdf_missing": {
        "fr": "la version PDF de ce rapport n'est pas encore disponible : choisissez .csv, .xlsx ou .json",
        "en": "the PDF version of this report is not available yet: choose .csv, .xlsx or .json",
    },
    "report_written": {
        "fr": "Rapport écrit dans {path}.",
        "en": "Report written to {path}.",
    },
    "report_written_pages": {
        "fr": "Rapport écrit dans {path} ({pages} page(s)).",
        "en": "Report written to {path} ({pages} page(s)).",
    },
    "report_no_data": {
        "fr": "Aucune donnée pour la période {period} : le rapport l'indique.",
        "en": "No data for the period {period}: the report says so.",
    },
    "report_no_participants": {
        "fr": "Cette activité n'a encore aucun participant : la liste est vide.",
        "en": "This activity has no participants yet: the list is empty.",
    },
    "report_unverified_left_out": {
        "fr": "{count} incident(s) non vérifié(s) de la période ne sont pas comptés ; --include-unverified les inclut (marqués).",
        "en": "{count} unverified incident(s) of the period are not counted; --include-unverified includes them (marked).",
    },
    "report_unverified_included": {
        "fr": "Le rapport inclut {count} incident(s) non vérifié(s), marqués comme tels.",
        "en": "The report includes {count} unverified incident(s), marked as such.",
    },
    # --- the secretariat's desk on the laptop (focalpoint/desk.py, sync client)
    "sync_forbidden": {
        "fr": "Le serveur refuse cette opération à cet ordinateur : seul un ordinateur du secrétariat peut la faire.",
        "en": "The server refuses this operation to this laptop: only a secretariat laptop may do it.",
    },
    "secretariat_only": {
        "fr": "réservé au secrétariat",
        "en": "for the secretariat only",
    },
    "review_forbidden": {
        "fr": "seul le secrétariat peut changer le statut de vérification d'un incident ; vous pouvez ajouter un commentaire",
        "en": "only the secretariat may change an incident's review status; you may add a comment",
    },
    "review_status_unknown": {
        "fr": "statut de vérification inconnu « {status} » (recu, en_verification, verifie, rejete, besoin_informations)",
        "en": "unknown review status “{status}” (recu, en_verification, verifie, rejete, besoin_informations)",
    },
    "review_empty": {
        "fr": "choisissez un statut ou écrivez un commentaire",
        "en": "choose a status or write a comment",
    },
    "comment_too_long": {
        "fr": "le commentaire dépasse {max} caractères ({length})",
        "en": "the comment is longer than {max} characters ({length})",
    },
    "record_not_found": {
        "fr": "cet enregistrement est introuvable sur le serveur ou hors des régions de cet ordinateur",
        "en": "this record is not on the server or outside this laptop's regions",
    },
    "conflict_not_found": {
        "fr": "ce conflit est introuvable (déjà supprimé ou hors des régions de cet ordinateur)",
        "en": "this conflict cannot be found (removed, or outside this laptop's regions)",
    },
    "conflict_already_resolved": {
        "fr": "ce conflit est déjà résolu : rien n'a été modifié",
        "en": "this conflict is already resolved: nothing was changed",
    },
    "conflict_choice_invalid": {
        "fr": "choix inconnu « {choice} » pour le champ « {field} » (current ou other)",
        "en": "unknown choice “{choice}” for field “{field}” (current or other)",
    },
    "device_not_found": {
        "fr": "aucun appareil nommé « {name} »",
        "en": "no device named “{name}”",
    },
    "form_version_not_newer_remote": {
        "fr": "le serveur a déjà une version égale ou plus récente du formulaire « {form} » : la version à publier ({version}) doit être plus grande",
        "en": "the server already has an equal or newer version of form “{form}”: the version to publish ({version}) must be higher",
    },
    "invalid_request": {
        "fr": "le serveur juge cette demande non valide",
        "en": "the server finds this request invalid",
    },
    "invalid_for_sync": {
        "fr": "cette entrée ne peut pas être envoyée au serveur telle quelle",
        "en": "this entry cannot be sent to the server as it is",
    },
    "review_id_taken": {
        "fr": "le serveur a déjà une autre entrée sous cet identifiant : celle-ci n'a pas été envoyée",
        "en": "the server already has another entry under this id: this one was not sent",
    },
    "review_added": {
        "fr": "Enregistré : sera envoyé à la prochaine synchronisation (statut actuel : {status}).",
        "en": "Saved: it will be sent at the next sync (current status: {status}).",
    },
    "review_none": {"fr": "Aucun statut ni commentaire.", "en": "No status or comment yet."},
    "review_pending": {"fr": "en attente d'envoi", "en": "waiting to be sent"},
    "review_refused": {
        "fr": "refusé par le serveur : {reason}",
        "en": "refused by the server: {reason}",
    },
    "history_version": {
        "fr": "Version {version} — {changed_at}, ordinateur « {device} », {author}",
        "en": "Version {version} — {changed_at}, laptop “{device}”, {author}",
    },
    "history_conflict": {
        "fr": "Copie perdante ({cause}) — {changed_at}, ordinateur « {device} », {author}",
        "en": "Losing copy ({cause}) — {changed_at}, laptop “{device}”, {author}",
    },
    "history_deleted": {"fr": "supprimé", "en": "deleted"},
    "device_enrolled": {
        "fr": "Appareil « {name} » enrôlé ({role}, régions : {regions}). Jeton (affiché une seule fois) :",
        "en": "Device “{name}” enrolled ({role}, regions: {regions}). Token (shown only once):",
    },
    "device_qr_written": {
        "fr": "Code QR (adresse du serveur et jeton) écrit dans {path}.",
        "en": "QR code (server address and token) written to {path}.",
    },
    "device_never": {"fr": "jamais", "en": "never"},
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
    return message(error.code, lang, **_error_params(error, lang))


def error_detail(error: FocalpointError, lang: str = DEFAULT_LANGUAGE) -> str | None:
    """The precise sentence of an error raised with a ``detail_code`` (None otherwise): what
    the app shows, without the command line's lead-in ("Commande incorrecte : …")."""
    if not isinstance(error.params.get("detail_code"), str):
        return None
    return str(_error_params(error, lang)["detail"])


def _error_params(error: FocalpointError, lang: str) -> dict[str, Any]:
    params: dict[str, Any] = {"detail": error.detail, "reason": error.detail}
    params.update(error.params)
    for key in ("reason", "detail"):
        code = params.get(f"{key}_code")
        if isinstance(code, str):
            params[key] = message(code, lang, **params)
    return params
