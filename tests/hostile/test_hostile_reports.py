"""Hostile report texts for ``import-etca``: refused naming the line, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.exchange.etca.errors import EtcaFormatError
from ism_desktop.exchange.etca.report_import import load_etca_file
from ism_desktop.exchange.etca.text import parse_etca_text
from tests.exchange.etca_samples import ABSOLUTE, OPENING, report
from tests.hostile.generators import (
    control_characters,
    huge_numbers,
    look_alike_characters,
    mid_line_cuts,
    non_ascii_digits,
)

NARRATIVE = "SE REALIZARON 761 ESTUDIOS  SOCIOECONÓMICOS"


def _refusal(text: str) -> EtcaFormatError:
    with pytest.raises(EtcaFormatError) as caught:
        parse_etca_text(text)
    return caught.value


@pytest.mark.parametrize(("case", "bad"), list(control_characters()))
def test_a_control_character_in_a_narrative_is_refused_with_its_line(case: str, bad: str) -> None:
    text = report(ABSOLUTE.replace(NARRATIVE, f"SE REALIZARON{bad} 761 ESTUDIOS"))
    if bad in "\x0b\x0c\x1c\x1d\x1e\x85":
        # Line separators for Python: the narrative is just cut in two lines, nothing unsafe.
        parsed = parse_etca_text(text)
        assert all(
            bad not in m.evaluation(m_q) for m in parsed.report.metas for m_q in m.evaluations
        )
        return

    error = _refusal(text)

    assert (
        error.line
        == text.splitlines().index(next(line for line in text.splitlines() if bad in line)) + 1
    )
    assert "carácter que no es texto" in error.message


@pytest.mark.parametrize(("case", "figure"), list(huge_numbers()))
def test_a_huge_figure_is_refused_with_its_line(case: str, figure: str) -> None:
    text = report(ABSOLUTE.replace("761.00 0.00 0.00 0.00\n\n84", f"{figure} 0.00 0.00 0.00\n\n84"))

    error = _refusal(text)

    assert error.line is not None
    assert "demasiado grande" in error.message or "no es una cifra" in error.message


@pytest.mark.parametrize(("case", "digits"), list(non_ascii_digits()))
def test_a_unit_code_in_other_digits_is_refused(case: str, digits: str) -> None:
    text = report(ABSOLUTE).replace("ADMINISTRATIVA   004", f"ADMINISTRATIVA   {digits}")

    error = _refusal(text)

    header = next(line for line in text.splitlines() if f"ADMINISTRATIVA   {digits} " in line)
    assert error.line == text.splitlines().index(header) + 1
    assert error.message == f"Clave de unidad administrativa inválida: «{digits}»"


def test_an_evaluation_over_the_limit_is_refused_naming_the_limit() -> None:
    text = report(ABSOLUTE.replace(NARRATIVE, "A" * 25_000))

    assert "demasiado larga: máx. 20\u00a0000 caracteres" in _refusal(text).message


def test_two_different_quarters_in_the_headers_are_refused() -> None:
    text = report(ABSOLUTE, quarter="PRIMERO") + report(ABSOLUTE, quarter="SEGUNDO").replace(
        OPENING, "\n"
    )

    error = _refusal(text)

    assert "trimestre" in error.message
    assert error.line is not None


def test_a_utf16_report_is_read(tmp_path: Path, seed_text: str) -> None:
    path = tmp_path / "informe.txt"
    path.write_bytes(seed_text.encode("utf-16"))

    loaded = load_etca_file(path)

    assert len(loaded.parsed.report.metas) == 56


SEED = (Path(__file__).resolve().parents[2] / "resources/sample/etca_iii_04_2024_t1.txt").read_text(
    encoding="utf-8"
)


@pytest.mark.parametrize(("case", "offset"), list(mid_line_cuts(SEED, 60)))
def test_a_report_cut_in_the_middle_of_a_line_is_refused(
    tmp_path: Path, case: str, offset: int
) -> None:
    path = tmp_path / "cortado.txt"
    path.write_text(SEED[:offset], encoding="utf-8")

    with pytest.raises(EtcaFormatError) as caught:
        load_etca_file(path)

    assert "cortado" in caught.value.message or "termina" in caught.value.message


def test_a_report_cut_right_after_the_evaluation_title_is_refused() -> None:
    cut = SEED.rindex("EVALUACIÓN CUALITATIVA") + len("EVALUACIÓN CUALITATIVA\n")

    error = _refusal(SEED[:cut])

    assert "termina" in error.message


def test_a_report_cut_after_a_heading_is_refused() -> None:
    cut = SEED.rindex("UNIDAD ADMINISTRATIVA")
    cut = SEED.index("\n", cut) + 1

    error = _refusal(SEED[:cut])

    assert "termina" in error.message


def test_the_whole_report_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "completo.txt"
    path.write_text(SEED, encoding="utf-8")

    assert len(load_etca_file(path).parsed.report.metas) == 56


O_LETTERS = {case: char for case, char in look_alike_characters("O") if char.isalpha()}


@pytest.mark.parametrize("case", O_LETTERS)
def test_a_description_with_a_look_alike_letter_is_refused_with_its_line(case: str) -> None:
    # «SОCIOECONÓMICOS» with a Cyrillic О: another meta, that reads as the official one.
    disguised = ABSOLUTE.replace("ESTUDIOS SOCIO", f"ESTUDIOS S{O_LETTERS[case]}CIO", 1)

    error = _refusal(report(disguised))

    assert error.line is not None
    assert "la descripción de la meta «" in str(error), str(error)
    assert f"U+{ord(O_LETTERS[case]):04X}" in str(error)
