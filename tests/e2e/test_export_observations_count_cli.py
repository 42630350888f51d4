"""``export-observations`` says how many observations went into the package, besides its path.

It printed the path alone: the coordinator could not tell a package carrying her observations
from one carrying none. The path stays the only line of the standard output (scripts read it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e

ESTUDIOS, APOYO = "56190ba47cf2b956", "f567812178fe0372"
PACKAGE = "ETCA-III-04_2024_T1_observaciones_unidad_004.ismpaq"


def _ok(*args: str | Path) -> tuple[str, str]:
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout, result.stderr


@pytest.fixture
def coordinator(tmp_path: Path, seed_path: Path) -> Path:
    database = tmp_path / "coordinadora.sqlite3"
    _ok("import-etca", seed_path, "--db", database)
    return database


def _export(database: Path, out: Path) -> tuple[str, str]:
    return _ok(
        "export-observations", "--db", database, "--unidad", "004", "--trimestre", "1",
        "--out", out,
    )  # fmt: skip


def test_the_count_of_observations_is_said_in_spanish(coordinator: Path, tmp_path: Path) -> None:
    for meta, text in ((ESTUDIOS, "Anexe la lista de usuarias."), (APOYO, "Revise la cifra.")):
        _ok(
            "observe", "--db", coordinator, "--trimestre", "1", "--meta", meta[:8],
            "--texto", text,
        )  # fmt: skip

    out, said = _export(coordinator, tmp_path / "regreso")

    assert out == f"{tmp_path / 'regreso' / PACKAGE}\n"
    assert said == "El paquete lleva 2 observaciones para la unidad 004.\n"


def test_a_package_without_observations_says_so(coordinator: Path, tmp_path: Path) -> None:
    out, said = _export(coordinator, tmp_path / "regreso")

    assert out == f"{tmp_path / 'regreso' / PACKAGE}\n"
    assert said == (
        "El paquete no lleva ninguna observación: al recibirlo, la unidad 004 sabrá que no "
        "tiene nada pendiente del primer trimestre.\n"
    )


def test_a_package_carrying_decisions_does_not_say_nothing_is_pending(
    tmp_path: Path, seed_path: Path
) -> None:
    # The coordinator approved unit 004's change of a target: the package carries the decision,
    # and the command said the unit «no tiene nada pendiente», as the window did before.
    from tests.e2e.test_observations_news_cli import _decided

    coordinator, _unit = _decided(tmp_path, seed_path, "aprobar", "--documento", "OF-1")

    _out, said = _export(coordinator, tmp_path / "regreso")

    assert said == (
        "El paquete no lleva ninguna observación; lleva lo que se decidió sobre las solicitudes "
        "de cambio de meta de la unidad 004 (en 1 meta), que verá al recibirlo.\n"
    )
