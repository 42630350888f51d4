"""Codes, folios and names in a narrative («UNIDAD 004», «OFICIO 0123») are not quantities."""

from __future__ import annotations

from itertools import product

import pytest

from ism_desktop.domain.validation.narrative_facts import NarrativeFacts
from tests.domain.validation.validation_cases import counted, findings_of

# The words after which any number names something (the unit, a document), as written.
NAMING_WORDS = (
    "UNIDAD ADMINISTRATIVA",
    "Unidad Administrativa",
    "UA",
    "OFICIO",
    "FOLIO",
    "NÚMERO",
    "NÚM.",
    "NO.",
)
NAMES = ("004", "006", "0123", "4", "12", "150")
# After these a number may be a count («EN EL ÁREA 25 CONSTANCIAS»): only a code's leading
# zeros make it a name.
PLACE_WORDS = ("UNIDAD", "ÁREA", "área", "EXPEDIENTE")
# A number written with leading zeros, three digits or more, is a code or a folio, whatever
# word comes before it.
CODES = ("004", "006", "0123", "0001", "000")
SENTENCES = (
    "ACCIONES REALIZADAS POR LA {} {} EN EL TRIMESTRE.",
    "SE INFORMA LO REALIZADO ({} {}) CONFORME AL CALENDARIO.",
)


def figures(text: str) -> list[str]:
    return [figure.text for figure in NarrativeFacts(text).figures]


@pytest.mark.parametrize(
    "text",
    [
        sentence.format(word, name)
        for sentence, word, name in product(SENTENCES, NAMING_WORDS, NAMES)
    ],
)
def test_a_number_right_after_a_naming_word_is_a_name(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        sentence.format(word, code)
        for sentence, word, code in product(SENTENCES, PLACE_WORDS, CODES)
    ],
)
def test_a_code_after_a_place_word_is_a_name(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SE ENTREGARON EN EL ÁREA 25 CONSTANCIAS.", ["25"]),
        ("EN LA UNIDAD 999 MUJERES RECIBIERON ATENCIÓN.", ["999"]),
        ("SE VISITÓ A CADA ÁREA 3 VECES.", ["3"]),
        ("SE INTEGRARON AL EXPEDIENTE 25 DOCUMENTOS.", ["25"]),
        ("SE CAPACITÓ A LA UNIDAD 40 SERVIDORAS PÚBLICAS.", ["40"]),
        ("SE ATENDIERON 05 MUJERES DE LAS 25 PROGRAMADAS.", ["05", "25"]),
        ("SE ATENDIERON 09 MUJERES.", ["09"]),
    ],
)
def test_a_count_after_a_place_word_or_with_one_leading_zero_is_read(
    text: str, expected: list[str]
) -> None:
    # Dropped, «EN LA UNIDAD 999 MUJERES» with 25 achieved went unwarned, and «EN EL ÁREA 25
    # CONSTANCIAS, LA EVIDENCIA…» read as a text that only points to evidence.
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (sentence.format(code), expected)
        for (sentence, expected), code in product(
            (
                ("SE ATENDIERON {} MUJERES.", []),
                ("SE TURNÓ A {} LA SOLICITUD DE APOYO.", []),
                ("REPORTE {}, SIN CAMBIOS.", []),
                ("SE REALIZARON 386 APOYOS EN LAS UNIDADES 001 Y {}.", ["386"]),
            ),
            CODES,
        )
    ],
)
def test_a_number_with_leading_zeros_is_a_code(text: str, expected: list[str]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SE ATENDIERON 40 MUJERES.", ["40"]),
        ("SE IMPARTIERON 1,200 ASESORÍAS.", ["1,200"]),
        ("SE REGISTRARON 0 CASOS.", ["0"]),
        ("SE REPORTARON 0.5 TONELADAS.", ["0.5"]),
        ("SE REPORTARON 0.05 TONELADAS.", ["0.05"]),
        ("LA UNIDAD 004 REALIZÓ 40 PLÁTICAS.", ["40"]),
        ("SE REALIZARON 386 APOYOS EN LA UNIDAD 004 Y 006.", ["386"]),
        ("EN LA UNIDAD SE ATENDIERON 40 MUJERES.", ["40"]),
        ("SE ATENDIERON 40 MUJERES EN EL ÁREA 003.", ["40"]),
        ("EN LA UNIDAD, 40 MUJERES RECIBIERON ATENCIÓN.", ["40"]),
        ("SE ENVIÓ EL OFICIO 0123/2024 Y SE ATENDIERON 40 MUJERES.", ["40"]),
    ],
)
def test_quantities_beside_codes_are_still_read(text: str, expected: list[str]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("UN AVANCE DE 0.5 %.", ["0.5"]), ("UN AVANCE DE 0,5 %.", ["0,5"]), ("AL 100 %.", ["100"])],
)
def test_small_percentages_are_still_read(text: str, expected: list[str]) -> None:
    assert [percentage.text for percentage in NarrativeFacts(text).percentages] == expected


@pytest.mark.parametrize(
    "narrative",
    [
        f"SE REALIZARON 10 EVENTOS, ACCIONES REALIZADAS POR LA {word} {code} EN EL TRIMESTRE."
        for word, code in product(("UNIDAD", "UNIDAD ADMINISTRATIVA", "ÁREA"), ("004", "006"))
    ],
)
def test_a_unit_code_is_not_a_figure_missing_from_the_meta(narrative: str) -> None:
    subject = counted(narrative=narrative)

    assert findings_of("NARRATIVA_CIFRA", subject) == []
