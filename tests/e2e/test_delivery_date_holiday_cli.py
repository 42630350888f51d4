"""``trimestre fecha`` on a weekend or an official holiday: set, and said on stderr."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli


@pytest.fixture
def database(tmp_path: Path, seed_path: Path) -> Path:
    db = tmp_path / "coordinadora.sqlite3"
    result = run_cli("import-etca", seed_path, "--db", db)
    assert result.returncode == 0, result.stderr
    return db


@pytest.mark.parametrize(
    ("typed", "shown", "said"),
    [
        ("2025-07-12", "12/07/2025", "Aviso: el 12/07/2025 es sábado."),
        ("13/07/2025", "13/07/2025", "Aviso: el 13/07/2025 es domingo."),
        (
            "16/09/2024",
            "16/09/2024",
            "Aviso: el 16/09/2024 es día de descanso obligatorio.",
        ),
    ],
)
def test_a_non_working_day_is_set_and_said(
    database: Path, typed: str, shown: str, said: str
) -> None:
    result = run_cli("trimestre", "fecha", "--trimestre", "2", "--fecha", typed, "--db", database)

    assert result.returncode == 0
    assert result.stdout == f"Fecha de entrega del trimestre 2 de 2024: {shown}.\n"
    assert result.stderr == f"{said}\n"


def test_a_working_day_says_nothing_more(database: Path) -> None:
    result = run_cli(
        "trimestre", "fecha", "--trimestre", "2", "--fecha", "15/07/2024", "--db", database
    )

    assert result.returncode == 0
    # Shown day first, as every other date the program shows.
    assert result.stdout == "Fecha de entrega del trimestre 2 de 2024: 15/07/2024.\n"
    assert result.stderr == ""


def test_a_text_that_is_no_date_names_the_forms_the_help_names(database: Path) -> None:
    helped = run_cli("trimestre", "fecha", "--help")
    refused = run_cli(
        "trimestre", "fecha", "--trimestre", "2", "--fecha", "15 de julio", "--db", database
    )

    assert refused.returncode == 2
    for form in ("DD/MM/AAAA", "AAAA-MM-DD"):
        assert form in refused.stderr, refused.stderr
        assert form in helped.stdout, helped.stdout
