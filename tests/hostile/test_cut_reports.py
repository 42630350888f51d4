"""A report file cut at the end of any line: refused as cut, or read exactly as the whole reads.

A cut between two metas cannot be told from a shorter report, and one inside the last meta's
narrative from a shorter narrative; any other cut must not import. Above all, the start of the
next meta must never be read as more of the last meta's evaluation, nor dropped with a warning.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.generate_state_report import generate
from ism_desktop.domain.meta import Meta
from ism_desktop.exchange.etca.errors import EtcaFormatError
from ism_desktop.exchange.etca.lines import clean_lines
from ism_desktop.exchange.etca.report_import import load_etca_file
from ism_desktop.exchange.etca.text import EtcaImport, parse_etca_text
from ism_desktop.exchange.etca.token_types import EvaluationMark, Paragraph
from ism_desktop.exchange.etca.tokens import tokenize

SEED = (Path(__file__).resolve().parents[2] / "resources/sample/etca_iii_04_2024_t1.txt").read_text(
    encoding="utf-8"
)
# A state's report in a few dependencies: its narratives and descriptions cross page breaks.
STATE = generate(metas=70, dependencies=2, seed=7)
MAYBE_CUT = "puede ser el principio de una meta sin sus cifras (¿el archivo está cortado?)"


def _line_cuts(text: str, step: int = 1) -> Iterator[str]:
    """``text`` ended after its 1st, (1 + step)th, … line, each cut ending in its newline."""
    lines = text.splitlines(keepends=True)
    for count in range(1, len(lines), step):
        yield "".join(lines[:count])


def _differences(cut: EtcaImport, whole: EtcaImport) -> list[str]:
    """What the cut file read differently from the whole file, but a shorter last narrative."""
    by_id: dict[str, Meta] = {meta.stable_id: meta for meta in whole.report.metas}
    found = []
    for position, meta in enumerate(cut.report.metas):
        full = by_id.get(meta.stable_id)
        if full is None:
            found.append(f"meta que el informe completo no tiene: {meta.description}")
            continue
        last = position == len(cut.report.metas) - 1
        if (meta.met, meta.num, meta.den, meta.unit_of_measure) != (
            full.met,
            full.num,
            full.den,
            full.unit_of_measure,
        ):
            found.append(f"cifras distintas: {meta.description}")
        for quarter, text in meta.evaluations.items():
            expected = full.evaluations.get(quarter, "")
            if text != expected and not (last and expected.startswith(text)):
                found.append(f"evaluación distinta: …{text[-60:]}")
    known = {(warning.line, warning.message) for warning in whole.warnings}
    found += [
        warning.message for warning in cut.warnings if (warning.line, warning.message) not in known
    ]
    return found


def _wrong_cuts(text: str, step: int = 1) -> list[tuple[int, list[str]]]:
    whole = parse_etca_text(text)
    wrong = []
    for cut in _line_cuts(text, step):
        try:
            read = parse_etca_text(cut)
        except EtcaFormatError:
            continue
        if any(MAYBE_CUT in warning.message for warning in read.warnings):
            continue  # said: one short line may begin a meta, or end the narrative
        if differences := _differences(read, whole):
            wrong.append((cut.count("\n"), differences))
    return wrong


def test_the_official_report_cut_after_any_line_never_reads_as_something_else() -> None:
    assert _wrong_cuts(SEED) == []


def test_a_state_report_cut_after_any_line_never_reads_as_something_else() -> None:
    assert _wrong_cuts(STATE) == []


def test_a_file_ending_in_a_description_is_said(tmp_path: Path) -> None:
    # The file ends in both lines of «ATENCIÓN PSICOLÓGICA INDIVIDUAL», at the top of a page:
    # they were read as the end of «ASESORÍA LEGAL»'s evaluation without a word.
    path = tmp_path / "cortado.txt"
    path.write_text("".join(SEED.splitlines(keepends=True)[:497]), encoding="utf-8")

    loaded = load_etca_file(path)

    (said,) = [w for w in loaded.parsed.warnings if MAYBE_CUT in w.message]
    assert said.line == 496
    assert "«ATENCIÓN PSICOLÓGICA INDIVIDUAL»" in said.message


def test_one_short_line_that_may_begin_a_meta_is_said(tmp_path: Path) -> None:
    # Its first line alone reads as well as the narrative's last words: said, not refused.
    path = tmp_path / "cortado.txt"
    path.write_text("".join(SEED.splitlines(keepends=True)[:496]), encoding="utf-8")

    loaded = load_etca_file(path)

    (said,) = [w for w in loaded.parsed.warnings if MAYBE_CUT in w.message]
    assert said.line == 496
    assert "«ATENCIÓN PSICOLÓGICA»" in said.message
    assert "«ASESORÍA LEGAL»" in said.message


LAST_NARRATIVE = "SONORA, DE LAS FRACCIONES DEL ARTÍCULO 70, 71 Y ARTICULO 81, 82 RESPECTIVAMENTE."


@pytest.mark.parametrize(
    "ending",
    [
        "\n\nSE ANEXA EVIDENCIA.",  # a paragraph of its own
        "\n\n1. TALLER DE LIDERAZGO\n2. CURSO DE GÉNERO",  # a list
        "\n\na) TALLER DE LIDERAZGO\nb) CURSO DE GÉNERO",
        "\n\nATENTAMENTE\nLIC. MARÍA PÉREZ",  # a signature
        "\nGOBIERNO DEL ESTADO DE SONORA\n\n( META DE CUMPLIMIENTO ANUAL )",  # a new page
    ],
)
def test_a_whole_report_whose_last_narrative_ends_apart_still_imports(ending: str) -> None:
    # Refused as «parece cortado» after the first fix: a whole, valid report.
    assert LAST_NARRATIVE in SEED
    text = SEED.replace(LAST_NARRATIVE, LAST_NARRATIVE + ending)

    read = parse_etca_text(text)

    assert len(read.report.metas) == 56


def _continued_narratives(text: str) -> Iterator[int]:
    """The line ending each narrative that a page break carries on to the next page."""
    evaluations = {
        evaluation
        for meta in parse_etca_text(text).report.metas
        for evaluation in meta.evaluations.values()
    }
    tokens = tokenize(clean_lines(text))
    for position, token in enumerate(tokens[2:], start=2):
        before, mark = tokens[position - 1], tokens[position - 2]
        if (
            isinstance(token, Paragraph)
            and token.glued
            and isinstance(before, Paragraph)
            and isinstance(mark, EvaluationMark)
            and any(" ".join(token.texts) in evaluation for evaluation in evaluations)
        ):
            yield token.first_line + len(token.texts) - 1


@pytest.mark.parametrize("seed", [7, 11, 2024])
def test_a_report_ending_in_a_narrative_carried_to_a_new_page_is_read(seed: int) -> None:
    text = generate(metas=300, dependencies=4, seed=seed)
    lines = text.splitlines(keepends=True)
    ends = list(_continued_narratives(text))
    assert ends, "the generated report carries no narrative across a page"

    for end in ends:
        cut = parse_etca_text("".join(lines[:end]))

        assert _differences(cut, parse_etca_text(text)) == []


def test_a_last_narrative_line_that_begins_with_a_number_is_kept_as_narrative() -> None:
    # «150 PLÁTICAS EN ESCUELAS.» read as a process heading: the whole report was refused as
    # ending in a heading, or the line became a catalogue process and left the evaluation.
    text = SEED.replace(LAST_NARRATIVE, LAST_NARRATIVE + "\n\n150 PLÁTICAS EN ESCUELAS.")

    read = parse_etca_text(text)

    assert len(read.report.metas) == 56
    last = read.report.metas[-1]
    assert last.evaluations[min(last.evaluations)].endswith("150 PLÁTICAS EN ESCUELAS.")
    assert not any(
        "PLÁTICAS" in activity.name for activity in read.report.catalogue.activities.values()
    )
