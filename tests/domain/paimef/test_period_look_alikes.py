"""An indicator's period («2026-T1») read by its letters: look-alikes refused, fullwidth read.

«٢٠٢٦-T1» (Arabic-Indic digits) passed ``str.isdigit`` and was read as 2026, where a year typed
so is refused everywhere else; «２０２６-Ｔ１», the same characters at full width, was refused.
The refusal quoted the text whole, an escape sequence in it reaching the terminal.
"""

from __future__ import annotations

import pytest

from ism_desktop.domain.paimef.frequency import Period, period_from_code
from tests.hostile.generators import echoed_values, fullwidth, look_alike_keys

# «ſ» (a long s) is no look-alike by its form, but upper case it is «S».
LOOK_ALIKES = dict(look_alike_keys("2026-T1")) | {"s-larga": "2026-\u017f1"}
ECHOED = dict(echoed_values())


@pytest.mark.parametrize("case", LOOK_ALIKES)
def test_a_period_that_reads_as_another_is_refused(case: str) -> None:
    with pytest.raises(ValueError, match="no es un periodo"):
        period_from_code(LOOK_ALIKES[case])


@pytest.mark.parametrize("period", ["2026-T1", "2026-S2", "2026"])
def test_a_period_at_full_width_is_read_as_its_characters(period: str) -> None:
    assert period_from_code(fullwidth(period)) == period_from_code(period)
    assert period_from_code(fullwidth(period)).code == period


def test_the_plain_period_is_still_read() -> None:
    assert period_from_code(" 2026-t3 ") == Period(2026, "T3")


@pytest.mark.parametrize("case", ECHOED)
def test_a_refused_period_is_quoted_short_and_printable(case: str) -> None:
    with pytest.raises(ValueError, match="no es un periodo") as refused:
        period_from_code(f"2026-T1{ECHOED[case]}")

    message = str(refused.value)
    assert message.isprintable()
    assert len(message) < 120
