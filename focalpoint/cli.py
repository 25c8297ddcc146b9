"""The ``focalpoint`` command line (DESIGN §8): one parser, one error handler, one output helper.

Exit codes: 0 success; 2 bad usage or bad data (wrong flag, unknown form or record, invalid
record, unreadable file, rejected import lines); 3 storage (disk full, folder not writable,
damaged database); 4 sync; 1 anything unexpected (logged with its traceback, never shown).
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import logging
import logging.handlers
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from focalpoint import __version__, protection, services
from focalpoint.domain.errors import (
    FocalpointError,
    ImportFileError,
    LockError,
    NotFound,
    PassphraseRequired,
    StorageError,
    SyncError,
    UsageError,
    ValidationFailed,
)
from focalpoint.domain.formatting import format_date, format_datetime, format_number
from focalpoint.domain.messages import describe_problem, error_message, message
from focalpoint.store.datadir import DataDir, resolve_data_dir

logger = logging.getLogger("focalpoint.cli")

EXIT_OK, EXIT_UNEXPECTED, EXIT_DATA, EXIT_STORAGE, EXIT_SYNC = 0, 1, 2, 3, 4


def out(text: str = "") -> None:
    """Write one line to standard output (the CLI's only printing helper)."""
    sys.stdout.write(text + "\n")


def err(text: str) -> None:
    """Write one line to standard error."""
    sys.stderr.write(text + "\n")


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors go through the project's error handler."""

    def error(self, message_text: str) -> NoReturn:
        raise UsageError(message_text)


def build_parser() -> argparse.ArgumentParser:
    """The full command-line grammar."""
    parser = _Parser(prog="focalpoint", description="focalpoint — WANEP-Mali")
    parser.add_argument("--version", action="version", version=f"focalpoint {__version__}")
    parser.add_argument(
        "--data-dir",
        help="dossier des données (défaut : FOCALPOINT_HOME ou le dossier utilisateur)",
    )
    parser.add_argument("--lang", choices=("fr", "en"), default="fr", help="langue des messages")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    gui = sub.add_parser("gui", help="ouvrir l'application de bureau (par défaut)")
    gui.add_argument(
        "--demo", action="store_true", help="créer d'abord les données de démonstration"
    )
    gui.add_argument(
        "--check",
        action="store_true",
        help="vérifier que l'application s'ouvre : quitter dès la première liste affichée",
    )
    sub.add_parser("demo", help="remplir le dossier avec des données de démonstration")

    rec = sub.add_parser("records", help="enregistrements").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    add = rec.add_parser("add", help="ajouter un enregistrement depuis un fichier JSON")
    add.add_argument("--form", required=True)
    add.add_argument("--file", required=True, type=Path)
    add.add_argument("--draft", action="store_true", help="enregistrer comme brouillon")
    lst = rec.add_parser("list", help="lister les enregistrements")
    lst.add_argument("--form")
    lst.add_argument("--status", choices=("draft", "final"))
    lst.add_argument("--json", action="store_true", help="sortie JSON complète")
    imp = rec.add_parser("import", help="importer un fichier .jsonl, .json, .csv ou .xlsx")
    imp.add_argument("file", type=Path)
    imp.add_argument("--form", help="formulaire des lignes qui n'en indiquent pas")
    imp.add_argument("--all-or-nothing", action="store_true", help="tout ou rien")
    show = rec.add_parser("show", help="afficher un enregistrement (JSON)")
    show.add_argument("id")
    delete = rec.add_parser("delete", help="supprimer un enregistrement")
    delete.add_argument("id")

    frm = sub.add_parser("forms", help="formulaires").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    fimp = frm.add_parser("import", help="convertir un XLSForm (.xlsx) en formulaire JSON")
    fimp.add_argument("file", type=Path)
    fimp.add_argument("--forms-dir", type=Path, help="dossier de sortie (défaut : forms/)")
    frm.add_parser("list", help="lister les formulaires")
    fpub = frm.add_parser(
        "publish", help="publier une version de formulaire sur le serveur (secrétariat)"
    )
    fpub.add_argument("file", type=Path, help="formulaire .json ou XLSForm .xlsx")

    enroll = sub.add_parser("enroll", help="relier cet ordinateur au serveur du secrétariat")
    enroll.add_argument("--server", required=True, help="adresse du serveur (https://…)")
    enroll.add_argument("--token", required=True, help="jeton remis par le secrétariat")
    enroll.add_argument(
        "--ca-bundle",
        type=Path,
        help="certificat (PEM) de l'autorité du serveur, si elle n'est pas reconnue",
    )
    sub.add_parser("sync", help="synchroniser avec le serveur (envoyer puis recevoir)")

    serve = sub.add_parser("serve", help="lancer le serveur du secrétariat")
    serve.add_argument(
        "--db", required=True, help="base du serveur : chemin SQLite ou URL postgresql://…"
    )
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument(
        "--workers", type=int, default=1, help="processus (un par cœur ; défaut : 1)"
    )
    srv = sub.add_parser("server", help="administration du serveur").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    add_device = srv.add_parser(
        "add-device", help="enrôler un ordinateur (affiche son jeton une fois)"
    )
    add_device.add_argument("--db", required=True)
    add_device.add_argument("--name", required=True)
    add_device.add_argument("--role", required=True, choices=("focal_point", "secretariat"))
    add_device.add_argument("--region", nargs="+", default=[], help="code(s) de région, ex. gao")
    add_device.add_argument("--url", help="adresse du serveur, pour le QR code d'enrôlement")
    revoke = srv.add_parser("revoke-device", help="révoquer le jeton d'un ordinateur")
    revoke.add_argument("--db", required=True)
    revoke.add_argument("--name", required=True)
    regions = srv.add_parser(
        "set-regions", help="changer les régions d'un ordinateur (il reçoit tout ce périmètre)"
    )
    regions.add_argument("--db", required=True)
    regions.add_argument("--name", required=True)
    regions.add_argument("--region", nargs="+", required=True, help="code(s) de région, ex. gao")
    devices = srv.add_parser("list-devices", help="lister les ordinateurs enrôlés")
    devices.add_argument("--db", required=True)
    audit = srv.add_parser(
        "audit", help="journal d'audit : qui a lu ou fait quoi, quand (le plus ancien d'abord)"
    )
    audit.add_argument("--db", required=True)
    audit.add_argument("--since", type=int, default=0, help="après la ligne numéro N")
    audit.add_argument("--record", help="seulement cet enregistrement (identifiant)")
    audit.add_argument("--device", help="seulement cet ordinateur (nom)")
    audit.add_argument("--json", action="store_true", help="une ligne JSON par entrée")
    gc = srv.add_parser(
        "gc", help="supprimer les envois abandonnés et les pièces jointes sans enregistrement"
    )
    gc.add_argument("--db", required=True)
    gc.add_argument("--days", type=int, default=7, help="âge minimum en jours (défaut : 7)")
    pub_form = srv.add_parser(
        "publish-form", help="publier une version de formulaire (.json ou XLSForm .xlsx)"
    )
    pub_form.add_argument("--db", required=True)
    pub_form.add_argument("file", type=Path)
    pub_form.add_argument("--by", default="", help="qui publie (gardé dans l'historique)")
    pub_ref = srv.add_parser(
        "publish-reference", help="publier la liste des lieux (format de mali.json)"
    )
    pub_ref.add_argument("--db", required=True)
    pub_ref.add_argument("file", type=Path)
    pub_ref.add_argument("--by", default="", help="qui publie (gardé dans l'historique)")

    rep = sub.add_parser("report", help="rapports (PDF, CSV, XLSX, JSON)").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    parts = rep.add_parser("participants", help="liste de présence ou des participants")
    parts.add_argument("--activity", required=True, help="identifiant de l'activité")
    parts.add_argument("--blank", action="store_true", help="liste de présence vierge")
    parts.add_argument("--rows", type=int, default=25, help="lignes de la liste vierge (25)")
    for action, flag, example, text in (
        ("weekly", "--week", "2023-W22", "rapport hebdomadaire NEWS (semaine ISO)"),
        ("monthly", "--month", "2023-05", "bulletin mensuel de sécurité humaine"),
        ("quarterly", "--quarter", "2023-Q2", "bulletin trimestriel"),
    ):
        period = rep.add_parser(action, help=text)
        period.add_argument(flag, required=True, dest="period", help=f"ex. {example}")
        period.add_argument("--region", help="une seule région (ex. gao)")
        period.add_argument(
            "--threshold",
            type=int,
            help="incident majeur : au moins ce nombre de morts et blessés (défaut : 5)",
        )
        period.add_argument(
            "--include-unverified",
            action="store_true",
            help="compter aussi les incidents non vérifiés par le secrétariat (marqués)",
        )
    for action_parser in (parts, *(rep.choices[a] for a in ("weekly", "monthly", "quarterly"))):
        action_parser.add_argument(
            "-o", "--output", required=True, type=Path, help="fichier .pdf, .csv, .xlsx ou .json"
        )

    sub.add_parser("backup", help="faire une sauvegarde chiffrée maintenant")
    sub.add_parser("backups", help="lister les sauvegardes")
    restore = sub.add_parser(
        "restore", help="remplacer une base endommagée par la dernière sauvegarde saine"
    )
    restore.add_argument(
        "--force", action="store_true", help="même si la base n'est pas endommagée"
    )
    sub.add_parser("passphrase", help="changer la phrase secrète (la base n'est pas rechiffrée)")
    wipe = sub.add_parser(
        "wipe", help="effacer définitivement toutes les données de cet ordinateur (urgence)"
    )
    wipe.add_argument("--yes", action="store_true", required=True, help="confirmer l'effacement")

    exp = sub.add_parser("export", help="exporter les enregistrements")
    exp.add_argument("--format", required=True, choices=("csv", "xlsx", "json"))
    exp.add_argument("-o", "--output", required=True, type=Path)
    exp.add_argument("--form")
    _add_desk_commands(sub)
    return parser


def _add_desk_commands(sub: Any) -> None:
    """The secretariat's desk: review threads, history, laptops (through the server)."""
    rev = sub.add_parser("review", help="vérification des incidents").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    rset = rev.add_parser("set", help="changer le statut de vérification (secrétariat)")
    rset.add_argument("id")
    rset.add_argument(
        "--status",
        required=True,
        help="recu, en_verification, verifie, rejete ou besoin_informations",
    )
    rset.add_argument("--comment", default="", help="commentaire joint")
    rcom = rev.add_parser("comment", help="ajouter un commentaire à un enregistrement")
    rcom.add_argument("id")
    rcom.add_argument("text")
    rshow = rev.add_parser("show", help="afficher le statut et les commentaires")
    rshow.add_argument("id")
    rshow.add_argument("--json", action="store_true", help="sortie JSON")
    hist = sub.add_parser("history", help="historique d'un enregistrement (depuis le serveur)")
    hist.add_argument("id")
    hist.add_argument("--json", action="store_true", help="sortie JSON")
    dev = sub.add_parser("devices", help="ordinateurs enrôlés (secrétariat)").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    dlist = dev.add_parser("list", help="lister les ordinateurs")
    dlist.add_argument("--json", action="store_true", help="sortie JSON")
    enrol = dev.add_parser("enrol", help="enrôler un ordinateur (affiche son jeton une fois)")
    enrol.add_argument("name")
    enrol.add_argument("--role", required=True, choices=("focal_point", "secretariat"))
    enrol.add_argument("--region", nargs="+", default=[], help="région(s), ex. gao mopti")
    enrol.add_argument("--qr", type=Path, help="écrire le code QR d'enrôlement (PNG)")
    drev = dev.add_parser("revoke", help="révoquer le jeton d'un ordinateur")
    drev.add_argument("name")
    dreg = dev.add_parser("regions", help="changer les régions d'un ordinateur")
    dreg.add_argument("name")
    dreg.add_argument("--region", nargs="+", required=True, help="région(s), ex. gao mopti")


def _setup_logging(data_dir: DataDir | None) -> None:
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    logging.raiseExceptions = False  # a log file on a full disk must not print on the console
    if data_dir is None:
        return
    try:
        data_dir.root.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            data_dir.log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return  # an unwritable folder is reported by open_database, in the user's language
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (the console script exits with it)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not logging.getLogger().handlers:
        logging.getLogger().addHandler(logging.NullHandler())  # never a traceback on stderr
    lang = "en" if _lang_flag(args_list) == "en" else "fr"
    try:
        args = build_parser().parse_args(args_list)
        data_dir = resolve_data_dir(args.data_dir)
        _setup_logging(data_dir)
        if args.command in (None, "gui"):
            return _gui(args, data_dir, _lang_flag(args_list))
        return _dispatch(args, data_dir)
    except FocalpointError as exc:
        return _report_error(exc, lang)
    except KeyboardInterrupt:
        err(message("cancelled", lang))
        return EXIT_UNEXPECTED
    except BrokenPipeError:  # the reader (e.g. `| head`) has gone: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception:  # the one place where the unexpected is caught: logged, never shown raw
        logger.exception("unexpected error")
        err(message("error", lang))
        return EXIT_UNEXPECTED


def _lang_flag(argv: Sequence[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _report_error(exc: FocalpointError, lang: str) -> int:
    logger.info("command failed: %s", exc.code)
    err(error_message(exc, lang))
    if isinstance(exc, ValidationFailed):
        form = exc.params.get("form")
        for problem in exc.problems:
            err(f"  - {describe_problem(form, problem, lang)}")
    if isinstance(exc, StorageError):
        return EXIT_STORAGE
    if isinstance(exc, SyncError):
        return EXIT_SYNC
    if isinstance(exc, UsageError | ValidationFailed | ImportFileError | NotFound | LockError):
        return EXIT_DATA
    return EXIT_UNEXPECTED


def _dispatch(args: argparse.Namespace, data_dir: DataDir) -> int:
    if args.command == "forms" and args.action == "import":
        return _forms_import(args)
    if args.command in ("serve", "server"):
        return _server(args)
    if args.command in _FOLDER_COMMANDS:
        return _FOLDER_COMMANDS[args.command](data_dir, args)
    ws = _open(data_dir, demo=args.command == "demo")
    try:
        handler = _HANDLERS[(args.command, getattr(args, "action", None))]
        code = handler(ws, args)
        _auto_backup(ws, args.lang)
        return code
    finally:
        ws.close()


def _auto_backup(ws: services.Workspace, lang: str) -> None:
    """A backup when the last is old enough; its failure is said, never fails the command."""
    try:
        protection.backup_if_due(ws)
    except StorageError as exc:
        logger.warning("automatic backup failed: %s", exc.code)
        err(message("backup_failed", lang, reason=error_message(exc, lang)))


ENV_PASSPHRASE = "FOCALPOINT_PASSPHRASE"  # noqa: S105 - a variable's name, not a secret
ENV_NEW_PASSPHRASE = "FOCALPOINT_NEW_PASSPHRASE"  # noqa: S105 - as above


def _ask(prompt: str) -> str | None:
    """A passphrase typed at the terminal (never echoed); None without a terminal."""
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(prompt)


def _passphrase(data_dir: DataDir, lang: str = "fr") -> str | None:
    """``$FOCALPOINT_PASSPHRASE``, else typed at the terminal (twice for a new folder)."""
    if ENV_PASSPHRASE in os.environ:
        return os.environ[ENV_PASSPHRASE]
    if protection.folder_state(data_dir) == protection.ENCRYPTED:
        return _ask(message("prompt_passphrase", lang))
    if protection.folder_state(data_dir) != protection.NEW:
        return None
    first = _ask(message("prompt_new_passphrase", lang))
    if first is None:
        return None
    protection.check_new_passphrase(first, _ask(message("prompt_confirm_passphrase", lang)))
    return first


def _open(data_dir: DataDir, *, demo: bool = False, lang: str = "fr") -> services.Workspace:
    """Open the data folder: unlock it, or create it encrypted (plain only for the demo)."""
    state = protection.folder_state(data_dir)
    passphrase = None if demo and state == protection.NEW else _passphrase(data_dir, lang)
    if demo and state == protection.NEW and ENV_PASSPHRASE in os.environ:
        passphrase = os.environ[ENV_PASSPHRASE]
    return protection.open_for(data_dir, passphrase, allow_plain=demo)


def _backup(data_dir: DataDir, args: argparse.Namespace) -> int:
    ws = _open(data_dir, lang=args.lang)
    try:
        made = protection.backup_now(ws)
    finally:
        ws.close()
    out(message("backup_done", args.lang, path=made.path))
    return EXIT_OK


def _backups(data_dir: DataDir, args: argparse.Namespace) -> int:
    found = protection.list_backups(data_dir)
    for backup in found:
        out(f"{backup.path.name}\t{format_datetime(backup.made, args.lang)}\t{backup.size}")
    if not found:
        out(message("no_backup", args.lang))
    return EXIT_OK


def _restore(data_dir: DataDir, args: argparse.Namespace) -> int:
    key = None
    if protection.folder_state(data_dir) == protection.ENCRYPTED:
        passphrase = _passphrase(data_dir, args.lang)
        if passphrase is None:
            raise PassphraseRequired("encrypted folder")
        key = protection.unlock(data_dir, passphrase)
    restored = protection.restore_newest_backup(data_dir, key, force=args.force)
    out(
        message(
            "restored",
            args.lang,
            made=format_datetime(restored.made, args.lang),
            waiting=restored.waiting,
            aside=restored.damaged_copy,
        )
    )
    return EXIT_OK


def _change_passphrase(data_dir: DataDir, args: argparse.Namespace) -> int:
    if protection.folder_state(data_dir) != protection.ENCRYPTED:
        raise UsageError("not encrypted", detail_code="not_encrypted")
    old = _passphrase(data_dir, args.lang)
    new = os.environ.get(ENV_NEW_PASSPHRASE)
    confirmation = None
    if new is None:
        new = _ask(message("prompt_new_passphrase", args.lang))
        confirmation = _ask(message("prompt_confirm_passphrase", args.lang))
    if old is None or new is None:
        raise PassphraseRequired("no terminal")
    protection.change_passphrase(data_dir, old, new, confirmation)
    out(message("passphrase_changed", args.lang))
    return EXIT_OK


def _wipe(data_dir: DataDir, args: argparse.Namespace) -> int:
    ws = None
    passphrase = os.environ.get(ENV_PASSPHRASE)
    state = protection.folder_state(data_dir)
    try:  # with the data unlocked, the server can be told to revoke the token
        if state == protection.PLAIN or (state == protection.ENCRYPTED and passphrase):
            ws = protection.open_for(data_dir, passphrase)
    except FocalpointError as exc:
        logger.warning("wipe without reading the token (%s)", exc.code)
    _close_log_file()
    report = protection.wipe_data(data_dir, ws)
    out(message("wiped", args.lang, seconds=format_number(report.seconds, args.lang, decimals=2)))
    if report.revocation_pending:
        sent = protection.send_pending_revocation(data_dir, timeout=3.0)
        out(message("revoked_now" if sent else "revocation_pending", args.lang))
    else:
        out(message("revocation_unknown", args.lang))
    return EXIT_OK


def _close_log_file() -> None:
    """Close the data folder's log file before the folder is wiped."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.FileHandler):
            root.removeHandler(handler)
            handler.close()


_FOLDER_COMMANDS = {
    "backup": _backup,
    "backups": _backups,
    "restore": _restore,
    "passphrase": _change_passphrase,
    "wipe": _wipe,
}


def _gui(args: argparse.Namespace, data_dir: DataDir, lang: str | None) -> int:
    if getattr(args, "demo", False):
        ws = _open(data_dir, demo=True)
        try:
            services.load_demo(ws)
        finally:
            ws.close()
    try:
        from focalpoint.ui.app import run_gui
    except ImportError as exc:  # PySide6 is the "gui" extra
        raise UsageError(str(exc), detail_code="gui_missing") from exc
    return run_gui(data_dir, lang=lang, check=getattr(args, "check", False))


def _demo(ws: services.Workspace, args: argparse.Namespace) -> int:
    report = services.load_demo(ws)
    if report.existing:
        out(message("demo_exists", args.lang, count=report.existing))
    else:
        out(
            message(
                "demo_done",
                args.lang,
                activities=report.activities,
                incidents=report.incidents,
                path=ws.data_dir.root,
            )
        )
    return _print_list(ws, services.list_records(ws), args.lang, limit=20)


def _read_json_file(path: Path) -> dict[str, Any]:
    from focalpoint.server.publish import read_json_object  # stdlib only: no server extras

    doc = read_json_object(path)
    data = doc.get("data", doc)
    if not isinstance(data, dict):
        raise ImportFileError("not an object", path=str(path), reason_code="not_json_object")
    return data


def _records_add(ws: services.Workspace, args: argparse.Namespace) -> int:
    form = services.get_form(ws, args.form)
    data = _read_json_file(args.file)
    try:
        result = services.save_record(ws, form.id, data, final=not args.draft)
    except ValidationFailed as exc:
        exc.params = {**exc.params, "form": form}
        raise
    out(result.record.id)
    return EXIT_OK


def _print_list(
    ws: services.Workspace, rows: Iterable[services.Record], lang: str, limit: int | None = None
) -> int:
    shown = 0
    for record in rows:
        if limit is not None and shown >= limit:
            out("…")
            break
        region = ws.locations.region(record.region)
        out(
            "\t".join(
                (
                    record.id,
                    record.form_id,
                    format_date(record.record_date, lang),
                    region.name if region else record.region,
                    record.status,
                    record.title,
                )
            )
        )
        shown += 1
    if shown == 0:
        out(message("no_records", lang))
    return EXIT_OK


def _records_list(ws: services.Workspace, args: argparse.Namespace) -> int:
    rows = services.list_records(ws, form_id=args.form, status=args.status)
    if not args.json:
        return _print_list(ws, rows, args.lang)
    sys.stdout.write("[")
    for i, record in enumerate(rows):
        sys.stdout.write(
            ("," if i else "") + "\n" + json.dumps(services.record_dict(record), ensure_ascii=False)
        )
    sys.stdout.write("\n]\n")
    return EXIT_OK


def _records_show(ws: services.Workspace, args: argparse.Namespace) -> int:
    out(
        json.dumps(
            services.record_dict(services.get_record(ws, args.id)), ensure_ascii=False, indent=2
        )
    )
    return EXIT_OK


def _records_delete(ws: services.Workspace, args: argparse.Namespace) -> int:
    services.delete_record(ws, args.id)
    return EXIT_OK


def _records_import(ws: services.Workspace, args: argparse.Namespace) -> int:
    report = services.import_records(
        ws, args.file, form_id=args.form, all_or_nothing=args.all_or_nothing
    )
    for row in report.rejected:
        where = message("line", args.lang, line=row.line)
        if row.sheet:
            where = f"{row.sheet}, {where}"
        form = ws.forms.get(row.form_id or "")
        for problem in row.problems:
            err(f"{args.file.name}, {where} : {describe_problem(form, problem, args.lang)}")
    if args.all_or_nothing and report.rejected:
        err(message("nothing_imported", args.lang))
    out(message("imported", args.lang, count=len(report.imported), rejected=len(report.rejected)))
    return EXIT_DATA if report.rejected else EXIT_OK


def _forms_list(ws: services.Workspace, args: argparse.Namespace) -> int:
    for form in ws.forms.values():
        out(f"{form.id}\tv{form.version}\t{form.title.get(args.lang, form.title['fr'])}")
    return EXIT_OK


def _forms_import(args: argparse.Namespace) -> int:
    from focalpoint.store.forms import default_forms_dir
    from focalpoint.xlsform import write_form, xlsform_to_form

    result = xlsform_to_form(args.file)
    for note in result.unsupported:
        what = message(note.code, args.lang, **note.params)
        err(message("unsupported_feature", args.lang, what=what))
    path = write_form(result.definition, args.forms_dir or default_forms_dir())
    out(
        message(
            "form_imported",
            args.lang,
            form=result.definition["id"],
            version=result.definition["version"],
            path=path,
        )
    )
    return EXIT_OK


def _export(ws: services.Workspace, args: argparse.Namespace) -> int:
    count = services.export_records(ws, args.format, args.output, form_id=args.form)
    out(message("exported", args.lang, count=count, path=args.output))
    err(message("unencrypted_output", args.lang))
    return EXIT_OK


def _report(ws: services.Workspace, args: argparse.Namespace) -> int:
    threshold = getattr(args, "threshold", None)
    if threshold is not None and threshold < 0:
        raise UsageError(f"bad threshold {threshold}", detail="--threshold")
    result = services.write_report(
        ws,
        args.action,
        args.output,
        period=getattr(args, "period", None),
        region=getattr(args, "region", None),
        activity_id=getattr(args, "activity", None),
        blank=getattr(args, "blank", False),
        rows=getattr(args, "rows", 25),
        major_threshold=threshold,
        lang=args.lang,
        include_unverified=getattr(args, "include_unverified", False),
    )
    if result.unverified:
        code = (
            "report_unverified_included"
            if result.include_unverified
            else "report_unverified_left_out"
        )
        err(message(code, args.lang, count=result.unverified))
    if result.empty:
        if args.action == "participants":
            err(message("report_no_participants", args.lang))
        else:
            err(message("report_no_data", args.lang, period=args.period))
    if result.pages is not None:
        out(message("report_written_pages", args.lang, path=result.path, pages=result.pages))
    else:
        out(message("report_written", args.lang, path=result.path))
    err(message("unencrypted_output", args.lang))
    return EXIT_OK


def _enroll(ws: services.Workspace, args: argparse.Namespace) -> int:
    device = services.enroll(ws, args.server, args.token, ca_bundle=args.ca_bundle)
    regions = ", ".join(device.get("regions", []))
    out(
        message(
            "enrolled",
            args.lang,
            device=device.get("device", "?"),
            server=args.server,
            regions=regions,
        )
    )
    return EXIT_OK


def _sync(ws: services.Workspace, args: argparse.Namespace) -> int:
    report = services.run_sync(ws)
    out(
        message(
            "sync_done",
            args.lang,
            pushed=report.pushed,
            pulled=report.pulled,
            conflicts=report.conflicts,
            rejected=report.rejected,
        )
    )
    return EXIT_OK


def _region_codes(names: list[str]) -> list[str]:
    """Region names or codes as typed ("Gao", "Tombouctou") → codes ("gao", "tombouctou")."""
    from focalpoint.domain.locations import default_locations

    codes = []
    for name in names:
        region = default_locations().find_region(name)
        if region is None:
            raise UsageError(
                f"unknown region {name}", detail_code="region_code_invalid", region=name
            )
        codes.append(region.code)
    return codes


def _server(args: argparse.Namespace) -> int:
    try:
        from focalpoint.server import admin
    except ImportError as exc:
        raise UsageError(str(exc), detail_code="server_missing") from exc
    if args.command == "serve":
        admin.serve(args.db, args.host, args.port, args.workers)
        return EXIT_OK
    if args.action == "add-device":
        token = admin.add_device(args.db, args.name, args.role, _region_codes(args.region))
        out(message("device_added", args.lang, name=args.name))
        out(token)
        if args.url:
            import segno

            segno.make(f"{args.url.rstrip('/')}#token={token}", error="m").terminal(compact=True)
        return EXIT_OK
    if args.action == "revoke-device":
        admin.revoke_device(args.db, args.name)
        out(message("device_revoked", args.lang, name=args.name))
        return EXIT_OK
    if args.action == "gc":
        return _server_gc(admin, args)
    if args.action == "audit":
        return _server_audit(admin, args)
    if args.action in ("publish-form", "publish-reference"):
        return _publish(admin, args)
    if args.action == "set-regions":
        codes = admin.set_regions(args.db, args.name, _region_codes(args.region))
        out(message("device_regions_set", args.lang, name=args.name, regions=", ".join(codes)))
        return EXIT_OK
    for device in admin.list_devices(args.db):
        regions = ",".join(device["regions"])
        times = (device["revoked_at"] or "-", device["last_seen_at"] or "-")
        out("\t".join((device["name"], device["role"], regions, *times)))
    return EXIT_OK


def _publish(admin: Any, args: argparse.Namespace) -> int:
    try:
        by = args.by or getpass.getuser()
    except (KeyError, OSError):  # no user name known to the system
        by = ""
    if args.action == "publish-reference":
        published = admin.publish_reference(args.db, args.file, by)
        out(message("reference_published", args.lang, version=published.version))
        return EXIT_OK
    published, notes = admin.publish_form(args.db, args.file, by)
    for code, params in notes:
        err(message("unsupported_feature", args.lang, what=message(code, args.lang, **params)))
    out(message("form_published", args.lang, form=published.key, version=published.version))
    return EXIT_OK


def _server_audit(admin: Any, args: argparse.Namespace) -> int:
    """Print the audit log: id, time, device, action, record, detail (tab-separated)."""
    rows = admin.audit_log(args.db, since=args.since, record_id=args.record, device=args.device)
    for row in rows:
        if args.json:
            out(json.dumps(dataclasses.asdict(row), ensure_ascii=False))
        else:
            fields = (str(row.id), row.at, row.device, row.action, row.record_id or "-")
            out("\t".join((*fields, row.detail)))
    return EXIT_OK


def _server_gc(admin: Any, args: argparse.Namespace) -> int:
    removed = admin.collect_garbage(args.db, args.days)
    for sha in removed["incomplete"]:
        out(f"incomplete\t{sha}")
    for sha in removed["unreferenced"]:
        out(f"unreferenced\t{sha}")
    out(
        message(
            "gc_done",
            args.lang,
            incomplete=len(removed["incomplete"]),
            unreferenced=len(removed["unreferenced"]),
            size=removed["freed_bytes"],
            batches=removed["batches"],
        )
    )
    return EXIT_OK


# ----------------------------------------------------------------------------- desk


def _when(text: str | None, lang: str) -> str:
    """An ISO timestamp from the server or this laptop as a person reads it ('' for none)."""
    from datetime import datetime

    if not text:
        return ""
    try:
        return format_datetime(datetime.fromisoformat(text.replace("Z", "+00:00")), lang)
    except ValueError:
        return text


def _review_add(ws: services.Workspace, args: argparse.Namespace) -> int:
    from focalpoint import desk
    from focalpoint.domain.review import status_label

    if args.action == "set":
        desk.add_review(ws, args.id, status=args.status, comment=args.comment)
    else:
        desk.add_review(ws, args.id, comment=args.text)
    current = services.get_record(ws, args.id).review_status
    label = status_label(current, args.lang) if current else "-"
    out(message("review_added", args.lang, status=label))
    return EXIT_OK


def _review_line(entry: Any, lang: str) -> str:
    from focalpoint.domain.review import status_label

    state = ""
    if entry.error:
        state = message("review_refused", lang, reason=message(entry.error, lang))
    elif entry.pending:
        state = message("review_pending", lang)
    parts = (
        _when(entry.created_at, lang),
        f"{entry.author} ({entry.role})" if entry.role else entry.author,
        status_label(entry.status, lang) if entry.status else "",
        entry.comment,
        state,
    )
    return "\t".join(parts).rstrip("\t")


def _review_show(ws: services.Workspace, args: argparse.Namespace) -> int:
    import dataclasses

    from focalpoint import desk
    from focalpoint.domain.review import status_label

    record = services.get_record(ws, args.id)
    thread = desk.review_thread(ws, args.id)
    if args.json:
        doc = {
            "record_id": record.id,
            "review_status": record.review_status,
            "thread": [dataclasses.asdict(e) for e in thread],
        }
        out(json.dumps(doc, ensure_ascii=False, indent=2))
        return EXIT_OK
    status = record.review_status
    out(f"{record.title or record.id}\t{status_label(status, args.lang) if status else '-'}")
    for entry in thread:
        out(_review_line(entry, args.lang))
    if not thread:
        out(message("review_none", args.lang))
    return EXIT_OK


def _history(ws: services.Workspace, args: argparse.Namespace) -> int:
    import dataclasses

    from focalpoint import desk

    versions, thread = desk.record_history(ws, args.id)
    if args.json:
        doc = {
            "record_id": args.id,
            "versions": [dataclasses.asdict(v) for v in versions],
            "reviews": [dataclasses.asdict(e) for e in thread],
        }
        out(json.dumps(doc, ensure_ascii=False, indent=2, default=str))
        return EXIT_OK
    for view in versions:
        code = "history_conflict" if view.kind == "conflict" else "history_version"
        when = _when(view.changed_at, args.lang) or "?"
        line = message(
            code,
            args.lang,
            version=view.version,
            cause=view.code,
            changed_at=when,
            device=view.device,
            author=view.author or "-",
        )
        out(line + (f" ({message('history_deleted', args.lang)})" if view.deleted else ""))
        for change in view.changes:
            before = json.dumps(change.before, ensure_ascii=False)
            after = json.dumps(change.after, ensure_ascii=False)
            out(f"  {change.field}: {before} → {after}")
    for entry in thread:
        out(_review_line(entry, args.lang))
    return EXIT_OK


def _device_line(device: Any, lang: str) -> str:
    never = message("device_never", lang)
    return "\t".join(
        (
            device.name,
            device.role,
            ",".join(device.regions),
            _when(device.last_sync_at, lang) or never,
            "-" if device.waiting is None else str(device.waiting),
            device.app_version or "-",
            device.revoked_at or "-",
        )
    )


def _devices_list(ws: services.Workspace, args: argparse.Namespace) -> int:
    import dataclasses

    from focalpoint import desk

    devices = desk.list_devices(ws)
    if args.json:
        out(json.dumps([dataclasses.asdict(d) for d in devices], ensure_ascii=False, indent=2))
        return EXIT_OK
    for device in devices:
        out(_device_line(device, args.lang))
    return EXIT_OK


def _devices_change(ws: services.Workspace, args: argparse.Namespace) -> int:
    from focalpoint import desk

    if args.action == "revoke":
        desk.revoke_device(ws, args.name)
        out(message("device_revoked", args.lang, name=args.name))
        return EXIT_OK
    if args.action == "regions":
        device = desk.reassign_device(ws, args.name, args.region)
        regions = ", ".join(device.regions)
        out(message("device_regions_set", args.lang, name=device.name, regions=regions))
        return EXIT_OK
    enrolment = desk.enrol_device(ws, args.name, args.role, args.region)
    device = enrolment.device
    out(
        message(
            "device_enrolled",
            args.lang,
            name=device.name,
            role=device.role,
            regions=", ".join(device.regions) or "*",
        )
    )
    out(enrolment.token)
    if args.qr is not None:
        args.qr.write_bytes(enrolment.qr_png)
        out(message("device_qr_written", args.lang, path=args.qr))
    return EXIT_OK


def _forms_publish(ws: services.Workspace, args: argparse.Namespace) -> int:
    from focalpoint import desk

    version, form_id, notes = desk.publish_form(ws, args.file)
    for code, params in notes:
        err(message("unsupported_feature", args.lang, what=message(code, args.lang, **params)))
    out(message("form_published", args.lang, form=form_id, version=version))
    return EXIT_OK


_HANDLERS = {
    ("report", "participants"): _report,
    ("report", "weekly"): _report,
    ("report", "monthly"): _report,
    ("report", "quarterly"): _report,
    ("enroll", None): _enroll,
    ("sync", None): _sync,
    ("demo", None): _demo,
    ("records", "add"): _records_add,
    ("records", "list"): _records_list,
    ("records", "import"): _records_import,
    ("records", "show"): _records_show,
    ("records", "delete"): _records_delete,
    ("forms", "list"): _forms_list,
    ("forms", "publish"): _forms_publish,
    ("review", "set"): _review_add,
    ("review", "comment"): _review_add,
    ("review", "show"): _review_show,
    ("history", None): _history,
    ("devices", "list"): _devices_list,
    ("devices", "enrol"): _devices_change,
    ("devices", "revoke"): _devices_change,
    ("devices", "regions"): _devices_change,
    ("export", None): _export,
}


if __name__ == "__main__":
    sys.exit(main())
