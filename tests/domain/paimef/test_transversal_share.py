"""The transversal activities' share (3.5.1) as the informe and the window say it."""

from __future__ import annotations

from decimal import Decimal

from ism_desktop.domain.paimef.transversal import TransversalShare


def test_a_programme_without_amounts_says_the_ceiling_not_zero_percent_of_zero() -> None:
    share = TransversalShare(Decimal("0.00"), Decimal("0.00"))

    assert not share.over
    assert share.text == (
        "Actividades transversales (coordinación, monitoreo y seguimiento; numeral 3.5.1): "
        "pueden tomar hasta el 5% de lo programado; el Programa Anual aún no tiene montos."
    )


def test_a_share_just_below_the_ceiling_rounds_half_up_and_is_allowed() -> None:
    # 4 999.99 of 100 000 = 4.99999 % → «5.00%», within the ceiling.
    share = TransversalShare(Decimal("4999.99"), Decimal("100000.00"))

    assert not share.over
    assert share.text.endswith(
        "$4,999.99, el 5.00% de $100,000.00 programados; el máximo es 5% ($5,000.00)."
    )
