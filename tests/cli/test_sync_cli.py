"""focalpoint server add-device / revoke-device / list-devices, enroll and sync, end to end."""

from __future__ import annotations

import json

from focalpoint.cli import EXIT_DATA, EXIT_OK, EXIT_SYNC, main
from tests.conftest import incident_data


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_sync_before_enrolment_says_what_to_do(capsys, tmp_path) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "fp"), "sync")
    assert code == EXIT_SYNC
    assert "n'est pas encore relié au serveur" in err


def test_enrol_add_sync_revoke(capsys, tmp_path, live_server) -> None:
    code, out, _ = run(
        capsys,
        "server",
        "add-device",
        "--db",
        live_server.db_url,
        "--name",
        "gao-1",
        "--role",
        "focal_point",
        "--region",
        "gao",
        "--url",
        live_server.url,
    )
    assert code == EXIT_OK
    lines = out.splitlines()
    assert lines[0] == "Appareil « gao-1 » ajouté. Jeton (affiché une seule fois) :"
    token = lines[1]
    assert len(token) >= 22  # ≥ 128 bits, url-safe base64
    home = str(tmp_path / "fp")
    code, out, _ = run(
        capsys, "--data-dir", home, "enroll", "--server", live_server.url, "--token", token
    )
    assert (code, out.strip()) == (
        EXIT_OK,
        f"Ordinateur « gao-1 » relié au serveur {live_server.url} (régions : gao).",
    )
    record = tmp_path / "r.json"
    record.write_text(json.dumps(incident_data()), encoding="utf-8")
    run(capsys, "--data-dir", home, "records", "add", "--form", "incident", "--file", str(record))
    code, out, _ = run(capsys, "--data-dir", home, "sync")
    assert (code, out.strip()) == (
        EXIT_OK,
        "Synchronisation terminée : 1 envoyé(s), 0 reçu(s), 0 conflit(s), 0 refusé(s).",
    )
    code, out, _ = run(capsys, "server", "list-devices", "--db", live_server.db_url)
    assert out.startswith("gao-1\tfocal_point")
    assert (
        run(capsys, "server", "revoke-device", "--db", live_server.db_url, "--name", "gao-1")[0]
        == EXIT_OK
    )
    code, _, err = run(capsys, "--data-dir", home, "sync")
    assert code == EXIT_SYNC
    assert "Le serveur refuse le jeton de cet ordinateur" in err


def test_enrolling_with_a_wrong_token_is_refused(capsys, tmp_path, live_server) -> None:
    code, _, err = run(
        capsys,
        "--data-dir",
        str(tmp_path / "fp"),
        "enroll",
        "--server",
        live_server.url,
        "--token",
        "x" * 43,
    )
    assert code == EXIT_SYNC
    assert "Le serveur refuse le jeton" in err


def test_enrolling_with_no_server_there(capsys, tmp_path) -> None:
    code, _, err = run(
        capsys,
        "--data-dir",
        str(tmp_path / "fp"),
        "enroll",
        "--server",
        "http://127.0.0.1:9",
        "--token",
        "t" * 43,
    )
    assert code == EXIT_SYNC
    assert "Pas de connexion avec le serveur" in err


def test_add_device_without_region_or_with_an_unknown_one(capsys, live_server) -> None:
    base = (
        "server",
        "add-device",
        "--db",
        live_server.db_url,
        "--name",
        "x",
        "--role",
        "focal_point",
    )
    code, _, err = run(capsys, *base)
    assert code == EXIT_DATA
    assert err.strip() == (
        "Commande incorrecte : un point focal a besoin d'au moins une région (--region gao …)"
    )
    code, _, err = run(capsys, *base, "--region", "Paris")
    assert (
        err.strip()
        == "Commande incorrecte : région inconnue « Paris » (ex. gao, mopti, tombouctou)"
    )
    assert run(capsys, *base, "--region", "Tombouctou")[0] == EXIT_OK
    code, _, err = run(capsys, *base, "--region", "gao")
    assert err.strip() == "Commande incorrecte : un appareil nommé « x » existe déjà"


def test_set_regions_reassigns_a_laptop_and_refuses_what_it_cannot(capsys, live_server) -> None:
    db = live_server.db_url
    live_server.add_device("gao-1", "focal_point", ["gao"])
    live_server.add_device("bamako", "secretariat", ["*"])
    code, out, _ = run(
        capsys, "server", "set-regions", "--db", db, "--name", "gao-1", "--region", "mopti", "gao"
    )
    assert code == EXIT_OK
    assert "régions mopti, gao" in out
    _, listing, _ = run(capsys, "server", "list-devices", "--db", db)
    assert "gao-1\tfocal_point\tmopti,gao\t-\t-" in listing
    code, _, err = run(
        capsys, "server", "set-regions", "--db", db, "--name", "bamako", "--region", "gao"
    )
    assert (code, "voit déjà toutes les régions" in err) == (EXIT_DATA, True)
    code, _, err = run(
        capsys, "server", "set-regions", "--db", db, "--name", "nobody", "--region", "gao"
    )
    assert code == EXIT_DATA
    assert "nobody" in err
