"""A numbered list in an evaluation keeps an item a line; every other wrapped line is joined."""

from __future__ import annotations

import random
from pathlib import Path

from ism_desktop.domain.meta import normalize_text
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.narrative_lines import narrative_text
from ism_desktop.exchange.etca.text import parse_etca_text
from tests.exchange.etca_samples import ABSOLUTE, report

SEED = Path(__file__).resolve().parents[2] / "resources" / "sample" / "etca_iii_04_2024_t1.txt"

_NARRATIVE = "SE REALIZARON 761 ESTUDIOS  SOCIOECONÓMICOS\nEN EL TRIMESTRE.\n"


def _evaluation(lines: str) -> str:
    text = report(ABSOLUTE.replace(_NARRATIVE, lines))
    (meta,) = parse_etca_text(text).report.metas
    return meta.evaluation(Quarter.FIRST)


def test_the_seed_list_of_agreements_keeps_one_agreement_a_line() -> None:
    # The official report, unit 001's meta of agreements (lines 45 to 54 of the text).
    metas = parse_etca_text(SEED.read_text(encoding="utf-8")).report.metas
    (listed,) = [m for m in metas if "PROABIM" in m.evaluation(Quarter.FIRST)]

    assert listed.evaluation(Quarter.FIRST).split("\n") == [
        "META CUMPLIDA CON",
        "1. PROABIM CONVENIO EN EL MARCO DEL PROGRAMA PARA EL ADELANTO BIENESTAR E IGUALDAD DE "
        "LAS MUJERES (DISPERSIÓN DE RECURSOS) INMUJERES-ISM 7 DE FEBRERO DE 2024",
        "2. PROABIM CONVENIO ESPECÍFICO DE DONACIÓN, PARA EL ADELANTO BIENESTAR E IGUALDAD DE "
        "LAS MUJERES, INMUJERES-ISM 19 DE MARZO DE 2024",
        "3. FOBAM CONVENIO DE DONACIÓN, PARA EL BIENESTAR Y EL AVANCE DE LAS MUJERES, "
        "INMUJERES-ISM 27 DE FEBRERO DE 2024",
        "4. AYUNTAMIENTO DE PUESTO PEÑASCO/ISM 16 DE ENERO 2024.",
        "5. AYUNTAMIENTO DE VILLA PESQUEIRA/ISM 26 DE MARZO 2024",
        "6. DEFENSORÍA DE OFICIO/CONSEJERÍA JURÍDICA/ISM 26 DE MARZO 2024",
    ]


def test_items_written_with_a_dash_or_a_bracket_are_items_too() -> None:
    lines = "SE ATENDIÓ A:\n1.- MUJERES DE HERMOSILLO\n2.- MUJERES DE\nGUAYMAS\n3) OTRAS\n"

    assert _evaluation(lines) == (
        "SE ATENDIÓ A:\n1.- MUJERES DE HERMOSILLO\n2.- MUJERES DE GUAYMAS\n3) OTRAS"
    )


def test_a_wrapped_line_that_starts_with_a_number_stays_in_its_sentence() -> None:
    lines = "SE IMPARTIERON PLÁTICAS EN\n3. MUNICIPIOS DEL ESTADO Y EN\n12 COLONIAS.\n"

    assert _evaluation(lines) == (
        "SE IMPARTIERON PLÁTICAS EN 3. MUNICIPIOS DEL ESTADO Y EN 12 COLONIAS."
    )


def test_a_report_with_no_list_reads_as_one_paragraph_as_before() -> None:
    assert _evaluation(_NARRATIVE) == "SE REALIZARON 761 ESTUDIOS SOCIOECONÓMICOS EN EL TRIMESTRE."


def test_no_word_is_lost_or_moved_whatever_the_lines() -> None:
    # Generated line lists, numbers at line starts among them: only line breaks may differ.
    chooser = random.Random(2024)
    words = ["1.", "2.", "3)", "4.-", "10.", "11.", "SE", "REALIZÓ", "LA", "META", "", "  "]
    for _ in range(2000):
        lines = [
            " ".join(chooser.choice(words) for _ in range(chooser.randint(0, 5))).strip()
            for _ in range(chooser.randint(1, 8))
        ]
        lines = [line for line in lines if line]
        kept = narrative_text(lines)

        assert kept.replace("\n", " ") == normalize_text(" ".join(lines))
        assert "\n\n" not in kept
        assert kept == kept.strip()
