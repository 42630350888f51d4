"""Counts and absences said as Spanish reads them: «1 cambio más», «no hay ninguna»."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from tests.e2e.paimef_programme_db import programme_imported
from tests.e2e.year_helpers import ok

pytestmark = pytest.mark.e2e


@pytest.fixture
def loaded_db(tmp_path: Path) -> Path:
    return programme_imported(tmp_path)


def _with_unit_005_changed(seed_path: Path, target: Path, changes: int) -> Path:
    """The sample report with ``changes`` of unit 005's first-quarter evaluations reworded."""
    text = seed_path.read_text(encoding="utf-8")
    start = text.index("UNIDAD ADMINISTRATIVA   005")
    end = text.index("UNIDAD ADMINISTRATIVA   006")
    section = text[start:end].replace("ACTUALMENTE CONTAMOS", "HOY CONTAMOS", changes)
    assert section.count("HOY CONTAMOS") == changes
    target.write_text(text[:start] + section + text[end:], encoding="utf-8")
    return target


@pytest.mark.parametrize(
    ("changes", "said"), [(1, "está cerrado. "), (2, "(y 1 cambio más)"), (3, "(y 2 cambios más)")]
)
def test_a_closed_quarter_counts_the_other_changes(
    tmp_path: Path, seed_path: Path, changes: int, said: str
) -> None:
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    ok("trimestre", "cerrar", "--unidad", "005", "--trimestre", "1", "--db", database)
    changed = _with_unit_005_changed(seed_path, tmp_path / "cambiado.txt", changes)

    refused = run_cli("import-etca", changed, "--db", database)

    assert refused.returncode == 2
    assert said in refused.stderr
    assert "1 cambios" not in refused.stderr


def _capturar_2026_refused(loaded_db: Path, number: str) -> str:
    """``paimef capturar`` of indicator ``number`` for the period «2026», refused; what it said."""
    refused = run_cli(
        "paimef", "capturar", "--numero", number, "--periodo", "2026", "10", "20", "--db", loaded_db
    )
    assert refused.returncode == 2
    return refused.stderr


def test_capturar_in_a_year_the_indicator_is_not_reported(loaded_db: Path) -> None:
    # Indicator 9 is biennial, odd years: it said «en 2026 sus periodos son ninguno».
    said = _capturar_2026_refused(loaded_db, "9")

    assert "el indicador 9 no se reporta en 2026" in said
    assert "ninguno" not in said


def test_capturar_in_a_period_the_indicator_does_not_have(loaded_db: Path) -> None:
    # Indicator 2 is quarterly: a year alone is not one of its periods; the periods are named.
    assert (
        "el indicador 2 se mide cada trimestre y no tiene el periodo 2026; en 2026 sus "
        "periodos son 2026-T1, 2026-T2, 2026-T3 y 2026-T4."
    ) in _capturar_2026_refused(loaded_db, "2")


def test_capturar_a_quarter_of_a_biennial_indicator_says_so_in_a_sentence(
    loaded_db: Path,
) -> None:
    # It said «el indicador 1 es bienal, años no señalados en las reglas: en 2026 sus periodos
    # son 2026.»
    refused = run_cli(
        "paimef", "capturar", "--numero", "1", "--periodo", "2026-T1", "10", "20",
        "--db", loaded_db,
    )  # fmt: skip

    assert refused.returncode == 2
    assert (
        "el indicador 1 se mide cada dos años y no tiene el periodo 2026-T1; en 2026 se "
        "informa una sola vez, con el periodo 2026."
    ) in refused.stderr


def test_justify_when_no_observation_matches(loaded_db: Path) -> None:
    # It said «hay 0 observaciones de la regla 3.4a que coinciden».
    refused = run_cli(
        "paimef", "justify", "--regla", "3.4a", "--texto", "x", "--db", loaded_db,
        "--hoy", "2026-07-15",
    )  # fmt: skip

    assert refused.returncode == 2
    assert "no hay ninguna observación de la regla 3.4a que coincida" in refused.stderr
    assert "hay 0" not in refused.stderr
