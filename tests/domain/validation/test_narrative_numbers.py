"""The shortcuts of reading a narrative's numbers answer as the full reading does."""

from __future__ import annotations

from itertools import product

from ism_desktop.domain.validation import narrative_patterns as p
from ism_desktop.domain.validation.narrative_clauses import not_a_quantity
from ism_desktop.domain.validation.narrative_facts import narrative_facts
from ism_desktop.domain.validation.narrative_numbers import (
    _NEITHER_FIRST,
    _by_word_before,
    number_runs,
)

# Words before a number: plain ones, and every kind ``not_a_quantity`` looks at further.
WORDS = (
    "REALIZARON", "ACCIONES", "EL", "LA", "UA", "(UA", "UNIDAD ADMINISTRATIVA", "ARTICULO",
    "ART.", "Y", "A", "-", ",", "XIV", "MIX", "DE", "TRIMESTRE", "ANO", "CON", "2024",
    "REALIZARON,", "(", "/", "MAS", "A" * 70, "NUMERO",
)  # fmt: skip
NUMBERS = ("48", "1", "4", "12", "34", "5", "004", "05", "2024", "1990", "1234", "12.5", "1,709")
AFTER = (" TALLERES", " ", "", ".", ",", "-A", "/B", ")", " TRIMESTRE", "-", " DE MARZO")


def test_the_word_before_settles_a_number_as_the_full_reading_does() -> None:
    settled: list[bool] = []
    for word, number, after in product(WORDS, NUMBERS, AFTER):
        for lead in ("", "SE ", "X " * 40):
            folded = f"{lead}{word} {number}{after}"
            start = len(folded) - len(number) - len(after)
            end = start + len(number)
            before = folded[start - 60 if start > 60 else 0 : start]
            quantity = _by_word_before(folded, start, end, number, folded[end : end + 1])
            if quantity is not None:
                settled.append(quantity)
                full = not_a_quantity(number, before, folded[end : end + 40])
                assert quantity == (not full), folded
    # Both answers are taken, and only where the full reading gives the same.
    assert settled.count(True) > 100
    assert settled.count(False) > 10


def test_a_number_followed_by_a_point_or_comma_is_neither_a_percentage_nor_a_day() -> None:
    for first in _NEITHER_FIRST:
        for rest in ("", " %", " DE MARZO", "%", "MARZO", " POR CIENTO"):
            folded = f"SE REALIZARON 12{first}{rest}"
            if first == "":
                folded = "SE REALIZARON 12"
            assert p.PERCENT_OR_MONTH_AFTER.match(folded, 16, 16 + 40) is None, folded


def test_numbers_read_with_the_shortcuts_keep_their_kind() -> None:
    facts = narrative_facts(
        "SE REALIZARON 48 TALLERES, EL 6 PARLAMENTO, ART. 5, UA 6 Y 114 MENOS QUE LA META, "
        "EL 27 DE MARZO DE 2024 AL 99.44 %. 2024."
    )
    assert [figure.text for figure in facts.figures] == ["48"]
    assert [difference.text for difference in facts.differences] == ["114 MENOS"]
    assert [percentage.text for percentage in facts.percentages] == ["99.44"]
    assert [(date.day, date.month, date.year) for date in facts.dates] == [(27, 3, 2024)]
    assert number_runs(facts.folded)


def test_a_text_with_a_difference_word_elsewhere_reads_its_figures_and_gaps() -> None:
    # "PROGRAMAS" holds MAS: the text may state a difference, though no excess word nor
    # «DIFERENCIA»; only MÁS or MENOS after a number makes it one.
    facts = narrative_facts(
        "EN LOS PROGRAMAS SE REALIZARON 48 TALLERES, CON 5 MAS DE LO PROGRAMADO Y CON 3 "
        "ASESORIAS MENOS; ATENDIERON 12 MUJERES MASCULLANDO Y 7 DEMAS."
    )
    assert [figure.text for figure in facts.figures] == ["48", "12", "7"]
    assert [(d.text, d.direction.name) for d in facts.differences] == [
        ("5 MAS", "ABOVE"),
        ("3 ASESORIAS MENOS", "BELOW"),
    ]
