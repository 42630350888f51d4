"""``report --unidad`` where two dependencies hold the code: one dependency's unit, or a refusal.

By the code alone, ``report --unidad 003`` of a state's database printed 51's 003 and 84's 003
together, in one PDF and one workbook, as if they were one unit.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pdfplumber
import pytest

from tests.e2e.cli_runner import run_cli
from tests.e2e.year_helpers import ok
from tests.two_dependencies import (
    AWAITED,
    DELIVERED,
    one_unit_s_mets,
    printed_descriptions,
    printed_unit_names,
    state_database,
)

pytestmark = pytest.mark.e2e


def _pdf_text(path: Path) -> str:
    with pdfplumber.open(BytesIO(path.read_bytes())) as pdf:
        return " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)


def test_the_dependency_named_gets_its_unit_s_report_alone(tmp_path: Path) -> None:
    database = state_database(tmp_path)
    pdf, xlsx = tmp_path / "unidad.pdf", tmp_path / "unidad.xlsx"
    expected = printed_descriptions()[(AWAITED, "003")]
    names = printed_unit_names()

    said = ok(
        "report", "--trimestre", "1", "--unidad", "003", "--dependencia", AWAITED,
        "--pdf", pdf, "--xlsx", xlsx, "--db", database,
    )  # fmt: skip

    assert f"{len(expected)} metas" in said
    text = _pdf_text(pdf)
    assert names[AWAITED, "003"] in text
    assert names[DELIVERED, "003"] not in text
    assert one_unit_s_mets(xlsx) == expected


def test_a_code_two_dependencies_hold_is_refused_naming_them(tmp_path: Path) -> None:
    database = state_database(tmp_path)
    pdf, xlsx = tmp_path / "unidad.pdf", tmp_path / "unidad.xlsx"

    result = run_cli(
        "report", "--trimestre", "1", "--unidad", "003",
        "--pdf", pdf, "--xlsx", xlsx, "--db", database,
    )  # fmt: skip

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "la unidad 003 está en 2 dependencias" in result.stderr
    assert DELIVERED in result.stderr
    assert AWAITED in result.stderr
    assert not pdf.exists()
    assert not xlsx.exists()


def test_a_dependency_without_the_unit_is_refused(tmp_path: Path) -> None:
    database = state_database(tmp_path)
    pdf = tmp_path / "unidad.pdf"

    result = run_cli(
        "report", "--trimestre", "1", "--unidad", "003", "--dependencia", "99",
        "--pdf", pdf, "--db", database,
    )  # fmt: skip

    assert result.returncode != 0
    assert "la dependencia 99 no tiene la unidad 003" in result.stderr
    assert not pdf.exists()


def test_a_dependency_without_a_unit_is_refused(tmp_path: Path) -> None:
    database = state_database(tmp_path)
    pdf = tmp_path / "informe.pdf"

    result = run_cli(
        "report", "--trimestre", "1", "--dependencia", AWAITED, "--pdf", pdf, "--db", database
    )

    assert result.returncode != 0
    assert "falta --unidad" in result.stderr
    assert not pdf.exists()
