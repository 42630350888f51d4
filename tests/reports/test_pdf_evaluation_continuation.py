"""A page that only goes on with a long evaluation says what the text is: its label, continued."""

from __future__ import annotations

import subprocess
from pathlib import Path

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.reports.pdf_report import write_report_pdf
from tests.builders import meta, row
from tests.reports.conftest import PRINTED_AT

_LABEL = "EVALUACIÓN CUALITATIVA"
_CONTINUED = "EVALUACIÓN CUALITATIVA (continuación)"


def _page_lines(path: Path, number: int) -> list[str]:
    """The non-blank lines of one page, as pdftotext reads them back."""
    result = subprocess.run(
        ["pdftotext", "-f", str(number), "-l", str(number), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return [line.strip() for line in result.stdout.splitlines() if line.strip()]


def _report(evaluation: str) -> ProgressReport:
    metas = (
        meta(row([5, 5, 5, 5], achieved=[5, None, None, None]), description="META CORTA"),
        meta(
            row([5, 5, 5, 5], achieved=[5, None, None, None]),
            description="META LARGA",
            evaluations={Quarter.FIRST: evaluation},
        ),
    )
    return ProgressReport(2024, Quarter.FIRST, metas)


def test_each_page_a_long_evaluation_runs_onto_is_labelled_continued(tmp_path: Path) -> None:
    # Numbered sentences: the first on each page tells where the page's text starts.
    text = " ".join(f"ORACIÓN {n:04d} DE LA EVALUACIÓN DE LA META." for n in range(1500))
    path = tmp_path / "informe.pdf"

    pages = write_report_pdf(_report(text), path, printed_at=PRINTED_AT)

    assert pages >= 3
    first = _page_lines(path, 1)
    assert first.count(_LABEL) == 1
    assert _CONTINUED not in first
    for number in range(2, pages + 1):
        lines = _page_lines(path, number)
        assert lines.count(_CONTINUED) == 1, number
        label = lines.index(_CONTINUED)
        # Under the unit's, programme's and activity's lines, and above the text it labels.
        unit = lines.index("UNIDAD ADMINISTRATIVA 004 004 (continuación)")
        assert label == unit + 3, lines[unit : label + 1]
        assert lines[label + 1].startswith("ORACIÓN "), lines[label + 1]
        assert not any(line.startswith("ORACIÓN ") for line in lines[:label])
        assert _LABEL not in lines


def test_an_evaluation_on_one_page_has_no_continued_label(tmp_path: Path) -> None:
    path = tmp_path / "informe.pdf"

    pages = write_report_pdf(
        _report("AVANCE CONFORME A LO PROGRAMADO."), path, printed_at=PRINTED_AT
    )

    assert pages == 1
    assert _page_lines(path, 1).count(_LABEL) == 1
    assert _CONTINUED not in _page_lines(path, 1)
