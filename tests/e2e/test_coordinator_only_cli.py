"""What only the coordinating unit does is refused on a unit's database, which stays unchanged.

A unit that approved a programme of its own could never take its real programa base (an
approved programme's targets do not change), and a delivery date it set would read as the
coordinator's.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from tests.e2e.test_reopened_quarter import _unit_with_base

pytestmark = pytest.mark.e2e
REFUSED = "esta base de datos es de la unidad 004; solo la unidad coordinadora"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "command",
    [
        ("programa", "nuevo", "--ejercicio", "2025", "--desde", "2024"),
        ("programa", "aprobar", "--ejercicio", "2024"),
        ("trimestre", "fecha", "--trimestre", "1", "--fecha", "2024-04-15"),
        # The board listed the unit itself as «falta», after it had exported its package.
        ("status", "--trimestre", "1"),
    ],
)
def test_a_coordinators_step_is_refused_on_a_units_database(
    tmp_path: Path, seed_path: Path, command: tuple[str, ...]
) -> None:
    _coordinator, unit = _unit_with_base(tmp_path, seed_path)
    run_cli("copia", "--db", unit, "--motivo", "antes")  # the WAL folded into the file
    before = _digest(unit)

    result = run_cli(*command, "--db", unit)

    assert result.returncode == 2, result.stdout
    assert REFUSED in result.stderr
    assert "Traceback" not in result.stderr
    assert _digest(unit) == before


def test_importing_a_programme_template_is_refused_on_a_units_database(
    tmp_path: Path, seed_path: Path
) -> None:
    coordinator, unit = _unit_with_base(tmp_path, seed_path)
    template = tmp_path / "plantilla.xlsx"
    assert run_cli("programa", "nuevo", "--ejercicio", "2025", "--desde", "2024", "--db",
                   coordinator).returncode == 0  # fmt: skip
    assert run_cli("programa", "plantilla", "--ejercicio", "2025", "--out", template, "--db",
                   coordinator).returncode == 0  # fmt: skip

    result = run_cli("programa", "importar", template, "--ejercicio", "2025", "--db", unit)

    assert result.returncode == 2, result.stdout
    assert REFUSED in result.stderr


def test_receiving_with_another_unit_named_never_turns_the_coordinators_database(
    tmp_path: Path, seed_path: Path
) -> None:
    # «--unidad 004» on the coordinator's database received the unit's base and made the
    # database unit 004's: every unit's package was refused after it, and export-base too.
    coordinator = tmp_path / "coordinadora.sqlite3"
    assert run_cli("import-etca", seed_path, "--db", coordinator).returncode == 0
    sent = run_cli("export-base", "--db", coordinator, "--unidad", "004", "--out", tmp_path)
    base = sent.stdout.strip()
    run_cli("copia", "--db", coordinator, "--motivo", "antes")
    before = _digest(coordinator)

    result = run_cli("import-package", base, "--unidad", "004", "--db", coordinator)

    assert result.returncode == 2, result.stdout
    assert "esta base de datos es de la unidad coordinadora (002)" in result.stderr
    assert _digest(coordinator) == before
    again = run_cli("export-base", "--db", coordinator, "--unidad", "004", "--out", tmp_path / "b")
    assert again.returncode == 0, again.stderr


@pytest.mark.parametrize(
    ("motivo", "problem"),
    [
        ("corrige\x1b[0m el dato", "tiene un carácter que no es texto (U+001B, posición 8)"),
        ("MOTIVO " * 400, "tiene 2\u00a0799 caracteres (máx. 2\u00a0000)"),
    ],
)
def test_a_reopening_reason_the_other_side_could_not_read_is_refused_when_typed(
    tmp_path: Path, seed_path: Path, motivo: str, problem: str
) -> None:
    _coordinator, unit = _unit_with_base(tmp_path, seed_path)
    assert run_cli("trimestre", "cerrar", "--unidad", "004", "--trimestre", "1", "--db",
                   unit).returncode == 0  # fmt: skip
    run_cli("copia", "--db", unit, "--motivo", "antes")
    before = _digest(unit)

    result = run_cli("trimestre", "reabrir", "--unidad", "004", "--trimestre", "1",
                     "--motivo", motivo, "--db", unit)  # fmt: skip

    assert result.returncode == 2, result.stdout
    assert f"el motivo {problem}" in result.stderr
    assert _digest(unit) == before


def test_a_dry_run_never_creates_the_database(tmp_path: Path, seed_path: Path) -> None:
    # «--dry-run solo muestra qué cambiaría»: it made a new, migrated database file.
    coordinator = tmp_path / "coordinadora.sqlite3"
    assert run_cli("import-etca", seed_path, "--db", coordinator).returncode == 0
    sent = run_cli("export-base", "--db", coordinator, "--unidad", "004", "--out", tmp_path)
    missing = tmp_path / "nueva.sqlite3"

    result = run_cli("import-package", sent.stdout.strip(), "--dry-run", "--db", missing)

    assert result.returncode == 2, result.stdout
    assert "no existe la base de datos" in result.stderr
    assert not missing.exists()


def test_exporting_a_units_package_is_refused_on_the_coordinators_database(
    tmp_path: Path, seed_path: Path
) -> None:
    # It wrote a package from the coordinator's copy, closed unit 004's quarter there and used
    # a number: the unit's real package was then refused as coming to a closed quarter.
    coordinator, _unit = _unit_with_base(tmp_path, seed_path)
    run_cli("copia", "--db", coordinator, "--motivo", "antes")
    before = _digest(coordinator)
    out = tmp_path / "paquetes"

    result = run_cli("export", "--unidad", "004", "--trimestre", "1", "--out", out,
                     "--db", coordinator)  # fmt: skip

    assert result.returncode == 2, result.stdout
    assert "esta base de datos es de la unidad coordinadora (002)" in result.stderr
    assert "«libro»" in result.stderr
    assert "«export-base»" in result.stderr
    assert "Traceback" not in result.stderr
    assert _digest(coordinator) == before
    assert not out.exists()


def test_the_coordinators_own_package_is_refused_with_what_to_do_instead(
    tmp_path: Path, seed_path: Path
) -> None:
    # It wrote a package of 002 that the coordinating unit (002) refuses, closed the quarter
    # and used a number: its metas are typed here, its quarter closes and prints here.
    coordinator, _unit = _unit_with_base(tmp_path, seed_path)
    run_cli("copia", "--db", coordinator, "--motivo", "antes")
    before = _digest(coordinator)
    out = tmp_path / "p"

    result = run_cli("export", "--unidad", "002", "--trimestre", "1", "--out", out,
                     "--db", coordinator)  # fmt: skip

    assert result.returncode == 2, result.stdout
    assert "la unidad 002 es la unidad coordinadora: sus metas ya están en esta" in result.stderr
    assert "«trimestre cerrar»" in result.stderr
    assert "«report»" in result.stderr
    assert "Traceback" not in result.stderr
    assert _digest(coordinator) == before
    assert not out.exists()


def test_writing_a_units_workbook_is_refused_on_a_units_database(
    tmp_path: Path, seed_path: Path
) -> None:
    # «En la unidad coordinadora», says its help; on a unit's PC it wrote the workbook anyway.
    _coordinator, unit = _unit_with_base(tmp_path, seed_path)
    out = tmp_path / "libros"

    result = run_cli("libro", "--unidad", "004", "--trimestre", "1", "--out", out, "--db", unit)

    assert result.returncode == 2, result.stdout
    assert REFUSED in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()
