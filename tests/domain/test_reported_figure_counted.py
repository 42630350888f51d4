"""An achieved figure of a unit that counts whole things is refused as typed when a fraction."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ism_desktop.domain.number_input import FigureInputError, parse_reported_figure


@pytest.mark.parametrize(("typed", "read"), [("3", Decimal(3)), ("3.00", Decimal(3)), ("", None)])
def test_a_whole_figure_of_a_counted_unit_is_read(typed: str, read: Decimal | None) -> None:
    assert parse_reported_figure(typed, "PERSONA") == read


def test_a_fraction_of_a_counted_unit_is_refused_naming_the_unit() -> None:
    with pytest.raises(FigureInputError) as refused:
        parse_reported_figure("2.5", "PERSONA")

    assert str(refused.value) == (
        "«2.5»: la unidad de medida PERSONA cuenta piezas enteras; escriba la cifra sin decimales."
    )


def test_a_fraction_of_a_unit_that_does_not_count_is_read() -> None:
    assert parse_reported_figure("84.55") == Decimal("84.55")
