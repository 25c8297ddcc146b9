"""Participant totals: the one aggregation behind live totals, reports and exports."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from focalpoint.domain.indicators import ParticipantTotals, participant_totals


def test_totals_of_a_small_list() -> None:
    rows = [
        {"sexe": "F", "jeune": True},
        {"sexe": "M", "jeune": False, "handicap": True},
        {"sexe": "F", "jeune": True, "handicap": False},
        {"nom": "sans sexe"},
    ]
    assert participant_totals(rows) == ParticipantTotals(
        total=4, women=2, men=1, youth=2, disabled=1
    )


def test_share_is_zero_without_participants() -> None:
    assert participant_totals([]).share(0) == 0.0


rows_strategy = st.lists(
    st.fixed_dictionaries(
        {},
        optional={
            "sexe": st.sampled_from(["F", "M", "X", None]),
            "jeune": st.sampled_from([True, False, None, "oui"]),
            "handicap": st.sampled_from([True, False, None]),
        },
    ),
    max_size=60,
)


@given(rows_strategy, rows_strategy)
def test_totals_add_up_over_lists(a: list, b: list) -> None:
    assert participant_totals(a) + participant_totals(b) == participant_totals(a + b)


@given(rows_strategy)
def test_women_and_men_never_exceed_the_total(rows: list) -> None:
    totals = participant_totals(rows)
    assert totals.women + totals.men <= totals.total
    assert max(totals.youth, totals.disabled) <= totals.total
