"""Text typed on the command line: refused in Spanish, exit 2, the database unchanged."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from tests.hostile.generators import huge_record_numbers

pytestmark = pytest.mark.e2e

ESTUDIOS = "56190ba47cf2b956"
# \x07 a bell; \udcff is how Python hands over a byte that is not UTF-8 in an argument.
HOSTILE = ["SE\x07 REPROGRAMÓ", "SE REPROGRAMÓ \udcff"] if sys.platform != "win32" else ["SE\x07"]


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Path:
    path = tmp_path_factory.mktemp("cli") / "avance.sqlite3"
    assert run_cli("import-etca", seed_path, "--db", path).returncode == 0
    return path


def _bytes(database: Path) -> dict[str, bytes]:
    files = [database, Path(f"{database}-wal")]
    return {p.name: p.read_bytes() for p in files if p.exists() and p.stat().st_size}


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("command", ["justify", "observe"])
def test_text_that_is_not_text_is_refused(database: Path, command: str, text: str) -> None:
    before = _bytes(database)
    extra = ["--regla", "AVANCE_FUERA_DE_RANGO"] if command == "justify" else []
    result = run_cli(
        command, "--db", database, "--meta", ESTUDIOS, "--trimestre", "1", *extra, "--texto", text
    )

    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "carácter que no es texto" in result.stderr
    assert _bytes(database) == before


def test_a_package_of_the_coordinators_own_unit_changes_nothing(
    database: Path, tmp_path: Path, seed_text: str
) -> None:
    from tests.exchange.package_builders import export_coordinators_own

    own = export_coordinators_own(seed_text, tmp_path)
    before = _bytes(database)

    result = run_cli("import-package", "--db", database, own)

    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "que es esta misma (la unidad coordinadora)" in result.stderr
    assert _bytes(database) == before


@pytest.mark.parametrize(("case", "number"), list(huge_record_numbers()))
@pytest.mark.parametrize("action", ["aprobar", "rechazar"])
def test_a_request_number_sqlite_cannot_hold_is_refused(
    database: Path, action: str, case: str, number: str
) -> None:
    option = "--documento" if action == "aprobar" else "--motivo"
    before = _bytes(database)

    result = run_cli("solicitudes", "--db", database, action, option, "X", "--", number)

    assert result.returncode == 2, (case, result.stderr)
    assert "Traceback" not in result.stderr
    assert "inesperado" not in result.stderr
    assert "no es un número de solicitud válido" in result.stderr
    assert _bytes(database) == before


@pytest.mark.parametrize(("case", "number"), list(huge_record_numbers()))
@pytest.mark.parametrize("command", ["restaurar", "paimef"])
def test_a_number_that_is_not_a_plain_number_is_refused(
    database: Path, command: str, case: str, number: str
) -> None:
    before = _bytes(database)
    if command == "restaurar":
        args: list[str | Path] = ["restaurar", "--db", database, "--", number]
    else:
        args = ["paimef", "calcular", f"--numero={number}", "1", "2"]

    result = run_cli(*args)

    assert result.returncode != 0, (case, result.stdout)
    assert "Traceback" not in result.stderr
    assert "inesperado" not in result.stderr
    assert _bytes(database) == before


def test_an_observation_number_is_named_as_such(database: Path) -> None:
    # Observations and requests each have their number: «número de registro» named neither.
    result = run_cli("observe", "--db", database, "--quitar", "abc")

    assert result.returncode == 2
    assert "«abc» no es un número de observación válido" in result.stderr
