"""What a new meta brings, in one line: its original annual target and its quarters."""

from __future__ import annotations

from ism_desktop.domain.targets_in_one_line import targets_in_one_line
from tests.builders import meta, row


def test_an_absolute_meta_says_its_annual_target_and_quarters() -> None:
    brought = meta(row([500, 500, 400, 500], modified=[600, 600, 600, 600]))

    assert targets_in_one_line(brought) == "Meta anual 1900: T1 500, T2 500, T3 400, T4 500"


def test_a_percentage_meta_says_num_over_den() -> None:
    brought = meta(row([20, 25, 30, 20.5]), row([25, 25, 40, 25]))

    assert targets_in_one_line(brought) == (
        "Meta anual NUM/DEN 95.5/115: T1 20/25, T2 25/25, T3 30/40, T4 20.5/25"
    )
