"""The report reads the same whatever ends its lines, and wherever a dependency's line stands."""

from __future__ import annotations

import pytest

from ism_desktop.exchange.etca.text import EtcaImport, parse_etca_text
from tests.exchange.etca_samples import ABSOLUTE, HEADER, OPENING, PERCENTAGE

_PAGE = HEADER.format(quarter="PRIMERO")
_TEXT = OPENING + ABSOLUTE + _PAGE + PERCENTAGE + _PAGE
_OTHER = "DEPENDENCIA / ENTIDAD    31 OTRA DEPENDENCIA DEL ESTADO"
# The other dependency's first page: its line, then its unit, programme and activity.
_OTHER_OPENING = OPENING.replace(
    "DEPENDENCIA / ENTIDAD    30 INSTITUTO SONORENSE DE LAS MUJERES", _OTHER
)


def _read(text: str) -> EtcaImport:
    return parse_etca_text(text)


@pytest.mark.parametrize(
    "separator", ["\r\n", "\r", "\u2028", "\u2029"], ids=["crlf", "cr", "u2028", "u2029"]
)
def test_lines_ended_otherwise_read_as_lines_ended_by_newlines(separator: str) -> None:
    assert _read(_TEXT.replace("\n", separator)) == _read(_TEXT)


def test_a_lone_carriage_return_among_newlines_ends_a_line_as_one() -> None:
    mixed = _TEXT.replace("\n", "\r", 3)

    assert _read(mixed) == _read(_TEXT)


def test_an_indented_dependency_line_opens_its_dependency() -> None:
    plain = _read(OPENING + ABSOLUTE + _PAGE + _OTHER_OPENING + PERCENTAGE + _PAGE)
    shifted = _OTHER_OPENING.replace(_OTHER, "   \t" + _OTHER + "  ")
    indented = _read(OPENING + ABSOLUTE + _PAGE + shifted + PERCENTAGE + _PAGE)

    assert indented == plain
    assert [meta.key.entity for meta in plain.report.metas] == ["30", "31"]


def test_a_dependency_line_after_a_lone_carriage_return_opens_its_dependency() -> None:
    lines = OPENING + ABSOLUTE + _PAGE + _OTHER_OPENING + PERCENTAGE + _PAGE
    carried = lines.replace("\n" + _OTHER, "\r" + _OTHER)

    assert _read(carried) == _read(lines)
    assert [meta.key.entity for meta in _read(carried).report.metas] == ["30", "31"]


def test_the_word_dependencia_inside_a_narrative_is_only_text() -> None:
    narrative = ABSOLUTE.replace(
        "EN EL TRIMESTRE.", "EN EL TRIMESTRE, DEPENDENCIA / ENTIDAD    31 OTRA, DEPENDENCIA."
    )

    read = _read(OPENING + narrative + _PAGE)

    evaluation = next(iter(read.report.metas[0].evaluations.values()))
    assert "DEPENDENCIA / ENTIDAD 31 OTRA" in evaluation
    assert set(read.report.catalogue.entities) == {"30"}


def test_blank_lines_in_runs_read_as_one() -> None:
    spread = _TEXT.replace("\n\n", "\n\n  \n\n\t\n")

    assert _read(spread) == _read(_TEXT)
