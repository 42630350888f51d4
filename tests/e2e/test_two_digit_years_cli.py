"""Dates typed with a year of two digits («15/07/24», as the office writes them) are of 20AA.

Refused, the person typed the same date again and again without seeing what was wrong with
it; a year of one or three digits, which could be any, is still refused, and nothing stored.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli
from tests.e2e.year_helpers import ok

pytestmark = pytest.mark.e2e


@pytest.fixture
def coordinator(tmp_path: Path, seed_path: Path) -> Path:
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    return database


def test_a_delivery_date_with_two_digits_of_year_is_of_this_century(coordinator: Path) -> None:
    said = ok("trimestre", "fecha", "--trimestre", "2", "--fecha", "15/07/24", "--db", coordinator)

    assert said == "Fecha de entrega del trimestre 2 de 2024: 15/07/2024.\n"  # the year whole
    with Store.open(coordinator) as store:
        assert store.years.delivery_dates(2024) == {Quarter.SECOND: "2024-07-15"}


@pytest.mark.parametrize("typed", ["15/07/4", "15/07/024", "24-07-15"])
def test_a_year_that_could_be_any_is_still_refused(coordinator: Path, typed: str) -> None:
    result = run_cli(
        "trimestre", "fecha", "--trimestre", "2", "--fecha", typed, "--db", coordinator
    )

    assert result.returncode == 2
    assert f"«{typed}» no es una fecha; escríbala como DD/MM/AAAA" in result.stderr
    assert "Traceback" not in result.stderr
    with Store.open(coordinator) as store:
        assert store.years.delivery_dates(2024) == {}


def test_the_help_says_how_two_digits_of_year_are_read() -> None:
    result = run_cli("trimestre", "fecha", "--help")

    assert result.returncode == 0
    assert "DD/MM/AA" in result.stdout
    assert "20AA" in " ".join(result.stdout.split())


def test_the_paimef_signing_date_is_typed_as_every_other(tmp_path: Path) -> None:
    empty = tmp_path / "vacío"
    iso = run_cli("paimef", "plazos", "--firma", "2026-03-13", "--json", data_dir=empty)
    typed = run_cli("paimef", "plazos", "--firma", "13/03/26", "--json", data_dir=empty)

    assert typed.returncode == 0, typed.stderr
    assert json.loads(typed.stdout) == json.loads(iso.stdout)
    help_text = " ".join(run_cli("paimef", "plazos", "--help").stdout.split())
    assert "DD/MM/AA" in help_text


def test_a_two_digit_year_far_from_this_one_is_refused_not_guessed(tmp_path: Path) -> None:
    result = run_cli("paimef", "plazos", "--firma", "1/2/40", data_dir=tmp_path / "vacío")

    assert result.returncode == 2
    assert "la fecha «1/2/40» sería el 01/02/2040" in result.stderr
    assert "escriba el año con sus cuatro cifras" in result.stderr
    assert "Traceback" not in result.stderr
