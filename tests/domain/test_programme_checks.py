"""What a programme may not hold, since once approved it could never be corrected."""

from __future__ import annotations

from decimal import Decimal

from ism_desktop.domain.codes import ActivityCode, ProgrammeCode, UnitCode
from ism_desktop.domain.figures import RowKind
from ism_desktop.domain.meta import MetaKey, MetaKind
from ism_desktop.domain.programme_checks import draft_problem, programme_problem
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.year_programme import MetaDraft
from tests.builders import meta, row


def test_a_clean_programme_meta_has_no_problem() -> None:
    assert programme_problem(meta(row([5, 5, 5, 5]), unit_of_measure="EVENTO")) is None
    assert programme_problem(meta(row([1, 1, 1, 1]), row([2, 2, 2, 2]))) is None


def test_a_figure_past_the_bound_is_named_even_when_it_is_an_annual() -> None:
    huge = meta(row([1, 1, 1, 999_999_999_999]))

    assert programme_problem(huge) == (
        RowKind.NUM,
        None,
        "el original anual (NUM) es demasiado grande (máx. 999\u00a0999\u00a0999\u00a0999)",
    )


def test_a_den_of_zero_under_a_num_is_a_problem() -> None:
    found = programme_problem(meta(row([5, 5, 5, 5]), row([0, 10, 10, 10])))

    assert found is not None
    assert found[:2] == (RowKind.DEN, Quarter.FIRST)
    assert found[2] == (
        "el original T1 (DEN) es 0 mientras el NUM es 5: el porcentaje no se puede calcular"
    )


def test_a_fraction_in_a_counting_unit_is_still_a_problem() -> None:
    found = programme_problem(meta(row([1, 1, 1, "1.5"]), unit_of_measure="CONVENIO"))

    assert found is not None
    assert found[:2] == (RowKind.NUM, Quarter.FOURTH)


def _draft(description: str, unit_of_measure: str) -> MetaDraft:
    key = MetaKey("30", UnitCode("004"), ProgrammeCode("E306E05"), ActivityCode("668"), description)
    four = (Decimal(1), Decimal(1), Decimal(1), Decimal(1))
    return MetaDraft(key, unit_of_measure, MetaKind.ABSOLUTE, True, four)


def test_texts_a_programa_base_could_not_carry_are_problems_of_the_typed_meta() -> None:
    # Stored longer, every programa base of the unit would be refused at the unit.
    assert draft_problem(_draft("APOYOS " * 300, "PERSONA")) == (
        "la descripción tiene 2\u00a0100 caracteres (máx. 2\u00a0000)"
    )
    assert draft_problem(_draft("APOYOS", "PERSONA " * 13)) == (
        "la unidad de medida tiene 104 caracteres (máx. 100)"
    )
    assert draft_problem(_draft("APOYOS", "PERSONA")) is None
