"""The official report in, JSON out: every figure, text and % of all 56 metas."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e

EXPECTED = json.loads((Path(__file__).parent / "seed_expected.json").read_text(encoding="utf-8"))
EXPECTED_METAS: list[dict[str, Any]] = EXPECTED["metas"]
REPORTED_QUARTER_COLUMN = 10  # achieved Q1; Q2–Q4 follow it


@pytest.fixture(scope="module")
def dumped(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> dict[str, Any]:
    db = tmp_path_factory.mktemp("e2e") / "informe.sqlite3"
    imported = run_cli("import-etca", seed_path, "--db", db)
    assert imported.returncode == 0, imported.stderr
    dump = run_cli("dump", "--db", db)
    assert dump.returncode == 0, dump.stderr
    result: dict[str, Any] = json.loads(dump.stdout)
    return result


def _as_dumped(printed: list[float] | None) -> list[float | None] | None:
    """Printed achieved figures after the reported quarter are 0.00, meaning not reported."""
    if printed is None:
        return None
    return [
        None if index > REPORTED_QUARTER_COLUMN and value == 0 else value
        for index, value in enumerate(printed)
    ]


def test_summary_line_names_metas_units_year_and_quarter(tmp_path: Path, seed_path: Path) -> None:
    result = run_cli("import-etca", seed_path, "--db", tmp_path / "a.sqlite3")

    assert result.returncode == 0
    # The warnings counted are the reading's: the report's rules are not checked on import
    # (its speed counts), and «0 avisos» alone read as a report that passed them.
    assert result.stdout.strip().splitlines() == [
        "Informe importado: 56 metas de 8 unidades administrativas, ejercicio 2024, trimestre 1 "
        "(primero); 56 nuevas, 0 actualizadas; 0 avisos de lectura.",
        "Las reglas del informe (errores y avisos) no se revisan al importar; para revisarlas: "
        "ism-desktop validate --ejercicio 2024 --trimestre 1",
    ]


def test_dump_has_year_quarter_and_all_metas_in_report_order(dumped: dict[str, Any]) -> None:
    assert dumped["ejercicio"] == 2024
    assert dumped["trimestre"] == 1
    assert [m["descripcion"] for m in dumped["metas"]] == [m["descripcion"] for m in EXPECTED_METAS]


@pytest.mark.parametrize("index", range(56))
def test_each_meta_reproduces_the_printed_report(dumped: dict[str, Any], index: int) -> None:
    expected = EXPECTED_METAS[index]
    meta = dumped["metas"][index]

    for field in ("unidad", "programa", "proceso", "descripcion", "unidad_medida", "tipo"):
        assert meta[field] == expected[field], field
    assert meta["acumulable"] is expected["acumulable"]
    assert meta["met"] == _as_dumped(expected["met"])
    assert meta["num"] == _as_dumped(expected["num"])
    assert meta["den"] == _as_dumped(expected["den"])
    assert meta["evaluacion"] == {"1": expected["evaluacion"]}
    assert meta["avance"] == {"1": pytest.approx(expected["avance_impreso"], abs=1e-9)}


def test_percentages_quoted_in_domain_notes(dumped: dict[str, Any]) -> None:
    by_description = {m["descripcion"]: m for m in dumped["metas"]}
    capture = by_description[
        "CAPTURA DE EXPEDIENTE DE ATENCIÓN A MUJERES VÍCTIMAS DE VIOLENCIA ATENDIDAS POR EL ISM "
        "EN BAESVIM."
    ]
    # Official against ORIGINAL 270 (978/270 = 362.22); the narrative's view is modified 900.
    assert capture["avance"] == {"1": 362.22}
    assert capture["avance_modificado"] == {"1": 108.66}


def test_reimport_updates_in_place(tmp_path: Path, seed_path: Path) -> None:
    db = tmp_path / "b.sqlite3"
    run_cli("import-etca", seed_path, "--db", db)
    again = run_cli("import-etca", seed_path, "--db", db)

    assert "0 nuevas, 56 actualizadas" in again.stdout
    dumped = json.loads(run_cli("dump", "--db", db).stdout)
    assert len(dumped["metas"]) == 56
    assert len({m["id"] for m in dumped["metas"]}) == 56


def test_unreadable_report_exits_2_names_the_line_and_leaves_store_untouched(
    tmp_path: Path, seed_path: Path
) -> None:
    db = tmp_path / "c.sqlite3"
    run_cli("import-etca", seed_path, "--db", db)
    before = run_cli("dump", "--db", db).stdout
    lines = seed_path.read_text(encoding="utf-8").splitlines()
    broken_at = next(i for i, line in enumerate(lines) if line.startswith("GESTIÓN A SI MET"))
    lines[broken_at] = lines[broken_at].replace("386.00", "38G.00")
    broken = tmp_path / "roto.txt"
    broken.write_text("\n".join(lines), encoding="utf-8")

    result = run_cli("import-etca", broken, "--db", db)

    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"Línea {broken_at + 1}:" in result.stderr
    assert "«38G.00» no es una cifra válida" in result.stderr
    assert run_cli("dump", "--db", db).stdout == before


def test_pdf_given_instead_of_text_is_refused_in_spanish(tmp_path: Path) -> None:
    fake = tmp_path / "informe.pdf"
    fake.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")

    result = run_cli("import-etca", fake, "--db", tmp_path / "d.sqlite3")

    assert result.returncode == 2
    assert "es un PDF" in result.stderr


def test_dump_of_missing_database_is_an_error_not_a_new_file(tmp_path: Path) -> None:
    missing = tmp_path / "no-existe.sqlite3"

    result = run_cli("dump", "--db", missing)

    assert result.returncode == 2
    assert "no existe la base de datos" in result.stderr
    assert not missing.exists()


def test_help_is_spanish() -> None:
    result = run_cli("--help")

    assert result.returncode == 0
    assert result.stdout.startswith("uso: ism-desktop")
    assert "import-etca" in result.stdout
    assert "usage" not in result.stdout


def test_missing_argument_error_is_spanish() -> None:
    result = run_cli("import-etca")

    assert result.returncode == 2
    assert "faltan los argumentos: ARCHIVO" in result.stderr
