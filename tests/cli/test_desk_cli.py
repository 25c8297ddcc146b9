"""focalpoint review / history / devices / forms publish: the secretariat's desk on the command
line, offline rules first, then through the real server."""

from __future__ import annotations

import json
import socket

from focalpoint.cli import EXIT_DATA, EXIT_OK, EXIT_STORAGE, EXIT_SYNC, main
from tests.conftest import incident_data
from tests.server.test_definitions import incident_form


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def add_incident(capsys, home: str, tmp_path, **overrides) -> str:
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(incident_data(**overrides)), encoding="utf-8")
    code, out, _ = run(
        capsys, "--data-dir", home, "records", "add", "--form", "incident", "--file", str(path)
    )
    assert code == EXIT_OK
    return out.strip()


def test_a_comment_is_kept_and_a_status_needs_the_secretariat(capsys, tmp_path) -> None:
    home = str(tmp_path / "fp")
    record_id = add_incident(capsys, home, tmp_path)
    code, out, _ = run(capsys, "--data-dir", home, "review", "comment", record_id, "Vu au marché.")
    assert (code, out.strip()) == (
        EXIT_OK,
        "Enregistré : sera envoyé à la prochaine synchronisation (statut actuel : -).",
    )
    code, _, err = run(
        capsys, "--data-dir", home, "review", "set", record_id, "--status", "verifie"
    )
    assert code == EXIT_DATA
    assert "seul le secrétariat peut changer le statut" in err
    code, _, err = run(capsys, "--data-dir", home, "review", "comment", record_id, "  ")
    assert code == EXIT_DATA
    assert "choisissez un statut ou écrivez un commentaire" in err
    code, out, _ = run(capsys, "--data-dir", home, "review", "show", record_id, "--json")
    doc = json.loads(out)
    assert [(e["comment"], e["pending"]) for e in doc["thread"]] == [("Vu au marché.", True)]
    code, out, _ = run(capsys, "--data-dir", home, "review", "show", record_id)
    assert "Vu au marché.\ten attente d'envoi" in out
    code, _, err = run(capsys, "--data-dir", home, "review", "show", "nope")
    assert code == EXIT_DATA


def test_the_secretariat_runs_the_desk_from_the_command_line(capsys, tmp_path, live_server) -> None:
    bamako = str(tmp_path / "bamako")
    token = live_server.add_device("secretariat", "secretariat", ["*"])
    assert (
        run(capsys, "--data-dir", bamako, "enroll", "--server", live_server.url, "--token", token)[
            0
        ]
        == EXIT_OK
    )

    qr = tmp_path / "pf-gao.png"
    code, out, _ = run(
        capsys,
        "--data-dir",
        bamako,
        "devices",
        "enrol",
        "pf-gao",
        "--role",
        "focal_point",
        "--region",
        "Gao",
        "--qr",
        str(qr),
    )
    assert code == EXIT_OK
    lines = out.splitlines()
    assert lines[0] == (
        "Appareil « pf-gao » enrôlé (focal_point, régions : gao). Jeton (affiché une seule fois) :"
    )
    gao_token = lines[1]
    assert qr.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    code, _, err = run(
        capsys,
        "--data-dir",
        bamako,
        "devices",
        "enrol",
        "pf-gao",
        "--role",
        "focal_point",
        "--region",
        "gao",
    )
    assert code == EXIT_DATA
    assert "existe déjà" in err

    gao = str(tmp_path / "gao")
    run(capsys, "--data-dir", gao, "enroll", "--server", live_server.url, "--token", gao_token)
    record_id = add_incident(capsys, gao, tmp_path)
    assert run(capsys, "--data-dir", gao, "sync")[0] == EXIT_OK
    assert run(capsys, "--data-dir", bamako, "sync")[0] == EXIT_OK

    code, out, _ = run(
        capsys,
        "--data-dir",
        bamako,
        "review",
        "set",
        record_id,
        "--status",
        "besoin_informations",
        "--comment",
        "Quelle source ?",
    )
    assert (code, out.strip()) == (
        EXIT_OK,
        "Enregistré : sera envoyé à la prochaine synchronisation "
        "(statut actuel : Besoin d'informations).",
    )
    run(capsys, "--data-dir", bamako, "sync")
    run(capsys, "--data-dir", gao, "sync")
    code, out, _ = run(capsys, "--data-dir", gao, "review", "show", record_id)
    assert out.splitlines()[0].endswith("\tBesoin d'informations")
    assert "secretariat (secretariat)\tBesoin d'informations\tQuelle source ?" in out

    code, out, _ = run(capsys, "--data-dir", bamako, "history", record_id)
    assert code == EXIT_OK
    assert "Version 1 — " in out
    assert "ordinateur « pf-gao »" in out
    code, out, _ = run(capsys, "--data-dir", bamako, "history", record_id, "--json")
    doc = json.loads(out)
    assert [v["device"] for v in doc["versions"]] == ["pf-gao"]
    assert doc["reviews"][0]["status"] == "besoin_informations"

    code, out, _ = run(capsys, "--data-dir", bamako, "devices", "list")
    rows = {line.split("\t")[0]: line.split("\t") for line in out.splitlines()}
    assert rows["pf-gao"][1:3] == ["focal_point", "gao"]
    assert rows["pf-gao"][5] == "0.1.0"
    code, out, _ = run(capsys, "--data-dir", bamako, "devices", "list", "--json")
    assert {d["name"] for d in json.loads(out)} == {"secretariat", "pf-gao"}

    code, out, _ = run(
        capsys, "--data-dir", bamako, "devices", "regions", "pf-gao", "--region", "mopti"
    )
    assert (code, out.strip()) == (
        EXIT_OK,
        "Appareil « pf-gao » : régions mopti. Il recevra tout ce périmètre à sa prochaine "
        "synchronisation.",
    )

    form = tmp_path / "incident-v2.json"
    form.write_text(json.dumps(incident_form(2)), encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", gao, "forms", "publish", str(form))
    assert code == EXIT_SYNC
    assert "seul un ordinateur du secrétariat" in err
    code, out, _ = run(capsys, "--data-dir", bamako, "forms", "publish", str(form))
    assert code == EXIT_OK
    assert out.startswith("Formulaire « incident » version 2 publié")
    code, _, err = run(capsys, "--data-dir", bamako, "forms", "publish", str(form))
    assert code == EXIT_DATA
    assert "version égale ou plus récente" in err

    code, out, _ = run(capsys, "--data-dir", bamako, "devices", "revoke", "pf-gao")
    assert (code, out.strip()) == (EXIT_OK, "Appareil « pf-gao » révoqué.")
    code, _, err = run(capsys, "--data-dir", gao, "sync")
    assert code == EXIT_SYNC
    code, _, err = run(capsys, "--data-dir", bamako, "devices", "revoke", "personne")
    assert code == EXIT_DATA
    assert "aucun appareil nommé « personne »" in err

    # The audit log, printed by the admin command: who read or did what; never a token.
    code, out, _ = run(capsys, "server", "audit", "--db", live_server.db_url)
    assert code == EXIT_OK
    rows = [line.split("\t") for line in out.splitlines()]
    assert [int(row[0]) for row in rows] == sorted(int(row[0]) for row in rows)
    seen = {(row[2], row[3], row[4]) for row in rows}
    assert ("secretariat", "read", record_id) in seen  # the secretariat's pull sent it
    assert ("secretariat", "review", record_id) in seen
    assert {("secretariat", "enrol", "-"), ("secretariat", "revoke", "-")} <= seen
    assert token not in out
    assert gao_token not in out
    code, out, _ = run(
        capsys, "server", "audit", "--db", live_server.db_url, "--record", record_id, "--json"
    )
    entries = [json.loads(line) for line in out.splitlines()]
    assert entries
    assert {e["record_id"] for e in entries} == {record_id}
    assert {"history", "pull"} <= {e["detail"] for e in entries if e["action"] == "read"}
    last = entries[-1]["id"]
    code, out, _ = run(capsys, "server", "audit", "--db", live_server.db_url, "--since", str(last))
    assert all(int(line.split("\t")[0]) > last for line in out.splitlines())
    # pf-gao only ever pulled its own record back (not a read); the secretariat did it all.
    code, out, _ = run(capsys, "server", "audit", "--db", live_server.db_url, "--device", "pf-gao")
    assert (code, out) == (EXIT_OK, "")
    code, out, _ = run(
        capsys, "server", "audit", "--db", live_server.db_url, "--device", "secretariat"
    )
    assert len(out.splitlines()) == len(rows)


def test_an_unreachable_server_database_is_said_in_french_without_its_password(capsys) -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"postgresql://focal:motdepasse@127.0.0.1:{port}/serveur"
    code, out, err = run(capsys, "server", "audit", "--db", url)
    assert (code, out) == (EXIT_STORAGE, "")
    assert "la base du serveur" in err
    assert "est injoignable" in err
    assert "motdepasse" not in err
    assert "Traceback" not in err
