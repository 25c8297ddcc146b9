"""French date ranges and months through Babel (used by report headings and period titles)."""

from __future__ import annotations

from datetime import date

import pytest

from focalpoint.domain.formatting import format_date_range, format_month


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2023-05-22", None, "22 mai 2023"),
        ("2023-05-22", "2023-05-22", "22 mai 2023"),
        ("2023-01-02", "2023-01-03", "2–3 janvier 2023"),
        ("2023-05-29", "2023-06-02", "29 mai – 2 juin 2023"),
        (date(2022, 12, 29), date(2023, 1, 2), "29 décembre 2022 – 2 janvier 2023"),
        (None, None, ""),
    ],
)
def test_format_date_range_in_french(start: object, end: object, expected: str) -> None:
    assert format_date_range(start, end) == expected  # type: ignore[arg-type]


def test_format_month_in_french_and_english() -> None:
    assert format_month("2023-05-01") == "mai 2023"
    assert format_month(date(2023, 5, 1), "en") == "May 2023"


def test_the_first_of_the_month_is_written_1er_in_french() -> None:
    from focalpoint.domain.formatting import format_long_date

    assert format_long_date("2023-04-01") == "1er avril 2023"
    assert format_long_date("2023-04-02") == "2 avril 2023"
    assert format_long_date("2023-04-01", "en") == "1 April 2023"
