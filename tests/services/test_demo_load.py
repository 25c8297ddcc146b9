"""`focalpoint demo` fills an empty data folder once, with records that pass their forms."""

from __future__ import annotations

from collections import Counter

from focalpoint import services


def test_demo_fills_an_empty_folder_once(ws) -> None:
    first = services.load_demo(ws)
    assert (first.activities, first.incidents, first.existing) == (150, 600, 0)
    again = services.load_demo(ws)
    assert (again.activities, again.incidents, again.existing) == (0, 0, 750)


def test_demo_records_are_located_dated_and_titled(ws) -> None:
    services.load_demo(ws)
    rows = list(services.list_records(ws))
    assert all(r.region and r.record_date.startswith("2023-") and r.title for r in rows)
    regions = Counter(r.region for r in rows)
    assert regions.most_common(1)[0][0] in {"gao", "mopti", "tombouctou"}


def test_demo_is_the_same_in_two_folders(tmp_path) -> None:
    from focalpoint.store.datadir import DataDir

    ids = []
    for name in ("a", "b"):
        ws = services.open_workspace(DataDir(tmp_path / name))
        services.load_demo(ws)
        ids.append(sorted(r.id for r in services.list_records(ws)))
        ws.close()
    assert ids[0] == ids[1]
