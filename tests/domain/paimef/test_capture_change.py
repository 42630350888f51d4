"""A capture in the history: what the variables were and became, and the result of each."""

from __future__ import annotations

import pytest

from ism_desktop.domain.paimef.capture_change import capture_change_text


@pytest.mark.parametrize(
    ("before", "after", "said"),
    [
        # Indicator 2 is a rate of change: 130 against 100 is 30 % more.
        (None, "130, 100", "Variables capturadas: «130; 100»; resultado 30.00%."),
        (
            "130, 100",
            "140, 100",
            "Variables: «130; 100» → «140; 100»; resultado 30.00% → 40.00%.",
        ),
        ("140, 100", "borrada", "Variables borradas: eran «140; 100» (resultado 40.00%)."),
        (None, "borrada", "Variables borradas."),
        # After a clearing, a first capture again.
        ("borrada", "150, 100", "Variables capturadas: «150; 100»; resultado 50.00%."),
        (
            "130, 100",
            "130, 100",
            "Variables capturadas de nuevo, sin cambios: «130; 100»; resultado 30.00%.",
        ),
        # A zero denominator (an older record): the variables are said all the same.
        (None, "130, 0", "Variables capturadas: «130; 0»."),
    ],
)
def test_a_capture_says_what_it_was_and_what_it_is(
    before: str | None, after: str, said: str
) -> None:
    assert capture_change_text(2, before, after) == said


def test_an_indicator_the_catalogue_lacks_still_lists_its_variables() -> None:
    assert capture_change_text(99, "1", "2") == "Variables: «1» → «2»."
