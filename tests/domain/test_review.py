"""The review rules: status in force, field differences, conflict merge."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from focalpoint.domain import review


def test_the_last_status_set_is_in_force_and_comments_set_none() -> None:
    assert review.current_status([]) == review.RECEIVED
    assert review.current_status([], default="") == ""
    assert review.current_status(["en_verification", None, "verifie", None]) == "verifie"
    assert review.current_status(["verifie", "besoin_informations"]) == "besoin_informations"


def test_every_status_has_a_french_and_an_english_label() -> None:
    for status in review.REVIEW_STATUSES:
        assert review.status_label(status, "fr") != status
        assert review.status_label(status, "en") != status
    assert review.status_label("verifie") == "Vérifié"
    assert review.status_label("besoin_informations", "en") == "Needs information"
    assert review.status_label("inconnu") == "inconnu"
    assert review.is_review_status("rejete")
    assert not review.is_review_status("valide")
    assert not review.is_review_status(None)


def test_diff_lists_changed_added_and_removed_fields() -> None:
    before = {"titre": "A", "morts": 1, "lieu": {"region": "gao"}, "retire": "x"}
    after = {"titre": "A", "morts": 2, "lieu": {"region": "mopti"}, "ajoute": True}
    changes = review.diff_data(before, after)
    assert [(c.field, c.before, c.after) for c in changes] == [
        ("morts", 1, 2),
        ("lieu", {"region": "gao"}, {"region": "mopti"}),
        ("ajoute", None, True),
        ("retire", "x", None),
    ]
    assert review.diff_data(after, after) == []


def test_merge_takes_each_field_from_the_chosen_copy_then_the_edits() -> None:
    current = {"titre": "Actuel", "morts": 1, "seulement_actuel": 1}
    other = {"titre": "Autre", "morts": 3, "seulement_autre": 2}
    merged = review.merge_choice(
        current,
        other,
        {"morts": "other", "seulement_actuel": "other", "seulement_autre": "other"},
        {"titre": "Saisi"},
    )
    assert merged == {"titre": "Saisi", "morts": 3, "seulement_autre": 2}
    assert review.merge_choice(current, other, {}) == current
    with pytest.raises(ValueError, match="unknown choice"):
        review.merge_choice(current, other, {"titre": "both"})


@given(
    st.dictionaries(st.sampled_from("abcde"), st.integers(0, 3)),
    st.dictionaries(st.sampled_from("abcde"), st.integers(0, 3)),
)
def test_choosing_other_everywhere_gives_the_other_copy(current: dict, other: dict) -> None:
    choices = {key: review.CHOOSE_OTHER for key in {*current, *other}}
    assert review.merge_choice(current, other, choices) == other
    changed = {c.field for c in review.diff_data(current, other)}
    assert changed == {k for k in {*current, *other} if current.get(k) != other.get(k)}
