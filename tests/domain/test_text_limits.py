"""What counts as text: what an xlsx (XML) and SQLite can hold, in every path that checks it."""

from __future__ import annotations

import pytest

from ism_desktop.domain.limits import (
    as_typed_text,
    bad_character,
    field_text_problem,
    without_bad_characters,
)


@pytest.mark.parametrize("other", ["", "€ ", "中 "], ids=["latin1", "cp1252", "cjk"])
@pytest.mark.parametrize("odd", ["\ufffe", "\uffff"])
def test_the_two_noncharacters_xml_cannot_hold_are_not_text(other: str, odd: str) -> None:
    # An instancia ending in U+FFFF made an informe xlsx that no reader could open.
    text = f"{other}Instituto{odd}"

    assert bad_character(text) == (
        f"tiene un carácter que no es texto (U+{ord(odd):04X}, posición {len(other) + 10})"
    )
    assert without_bad_characters(text) == f"{other}Instituto"


def test_text_people_write_is_text() -> None:
    assert bad_character("Mujeres «atendidas» — 100 %\tT1\r\n€ ñ ü 中文 🎉") is None


def test_a_field_is_measured_as_stored() -> None:
    assert field_text_problem("x" * 20_000) is None
    assert field_text_problem("x" * 20_001) == "tiene 20\u00a0001 caracteres (máx. 20\u00a0000)"


@pytest.mark.parametrize(
    ("pasted", "kept"),
    [
        # Word's manual line break is U+000B; a page break U+000C; others use U+2028/2029.
        ("PRIMERA\x0bSEGUNDA", "PRIMERA\nSEGUNDA"),
        ("UNO\x0cDOS\u2028TRES\u2029CUATRO\r\nCINCO\rSEIS", "UNO\nDOS\nTRES\nCUATRO\nCINCO\nSEIS"),
        ("SIN\x00 NULOS\x07 NI\x1b[2K ESCAPES", "SIN NULOS NI[2K ESCAPES"),
        ("CON\tTABULADOR Y ACENTOS: ÁÉÍÓÚ Ñ ¿? ¡!", "CON\tTABULADOR Y ACENTOS: ÁÉÍÓÚ Ñ ¿? ¡!"),
    ],
)
def test_pasted_text_keeps_its_lines_and_drops_what_is_not_text(pasted: str, kept: str) -> None:
    assert as_typed_text(pasted) == kept
    assert bad_character(as_typed_text(pasted)) is None
