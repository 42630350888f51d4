"""Page headers repeat on every page: a repeated one changes nothing, a changed one is read."""

from __future__ import annotations

import pytest

from ism_desktop.exchange.etca.errors import EtcaFormatError
from ism_desktop.exchange.etca.text import parse_etca_text
from tests.exchange.etca_samples import ABSOLUTE, HEADER, OPENING, PERCENTAGE


def _refusal(text: str) -> EtcaFormatError:
    with pytest.raises(EtcaFormatError) as raised:
        parse_etca_text(text)
    return raised.value


def _line_of(text: str, needle: str, occurrence: int) -> int:
    numbers = [i for i, line in enumerate(text.splitlines(), start=1) if needle in line]
    return numbers[occurrence]


def test_repeated_headers_read_as_one_header_each() -> None:
    page = HEADER.format(quarter="PRIMERO")
    once = parse_etca_text(OPENING + ABSOLUTE + page + PERCENTAGE + page)
    twice = parse_etca_text(OPENING + ABSOLUTE + page + page + PERCENTAGE + page + page)

    assert [m.description for m in twice.report.metas] == [m.description for m in once.report.metas]
    assert twice.report == once.report
    assert twice.warnings == once.warnings == ()


def test_a_later_header_with_another_quarter_is_refused_naming_its_line() -> None:
    first, second = HEADER.format(quarter="PRIMERO"), HEADER.format(quarter="SEGUNDO")
    text = OPENING + ABSOLUTE + first + first + PERCENTAGE + second

    refused = _refusal(text)

    assert refused.line == _line_of(text, "TRIMESTRE:", 2)
    assert "el trimestre cambia de primero a segundo dentro del mismo informe" in str(refused)


def test_a_later_header_with_another_year_is_refused_naming_its_line() -> None:
    page = HEADER.format(quarter="PRIMERO")
    other_year = page.replace("PROGRAMÁTICO 2024", "PROGRAMÁTICO 2023")
    text = OPENING + ABSOLUTE + page + PERCENTAGE + page + other_year

    refused = _refusal(text)

    assert refused.line == _line_of(text, "PROGRAMÁTICO", 2)
    assert "el ejercicio cambia de 2024 a 2023 dentro del mismo informe" in str(refused)


def test_a_longer_header_that_begins_as_a_known_one_is_read_to_its_end() -> None:
    # A header cut short by the dependency line is known after its page: a later header that
    # begins with the same lines and goes on still has its quarter read.
    short = (
        "\nGOBIERNO DEL ESTADO DE SONORA\n\nINFORME DE AVANCE PROGRAMÁTICO 2024\n"
        "DEPENDENCIA / ENTIDAD    30 INSTITUTO SONORENSE DE LAS MUJERES\n"
    )
    first, second = HEADER.format(quarter="PRIMERO"), HEADER.format(quarter="SEGUNDO")
    text = OPENING + ABSOLUTE + first + short + PERCENTAGE + second

    refused = _refusal(text)

    assert refused.line == _line_of(text, "TRIMESTRE:", 1)
    assert "el trimestre cambia de primero a segundo dentro del mismo informe" in str(refused)
    assert parse_etca_text(OPENING + ABSOLUTE + first + short + PERCENTAGE + first).warnings == ()
