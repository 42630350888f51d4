"""The coordinating unit closes again a quarter it had reopened, before the unit sent it again.

The unit's changes made while it was open are then held only by the unit, and its next package
carries them into a closed quarter. Each side is told so, and how to go on, in Spanish.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from ism_desktop.domain.quarter import Quarter
from tests.e2e.cli_runner import run_cli
from tests.e2e.test_coordination_cli import TYPED_009, _unit_pc
from tests.e2e.unit_typing import type_first_quarter, type_quarter
from tests.e2e.year_helpers import ok, unit_base

pytestmark = pytest.mark.e2e

TRANSPARENCIA = "d8b0c7a337b76ab1"


def _quarter(action: str, database: Path, *extra: str) -> None:
    # Closings and reopenings are kept to the second, and one in the same second as the last
    # one here counts as already answered: a person's next step is never that quick.
    time.sleep(1.01 - time.time() % 1)
    ok("trimestre", action, "--db", database, "--unidad", "009", "--trimestre", "1", *extra)


@pytest.fixture
def reopened(tmp_path: Path, seed_path: Path) -> tuple[Path, Path]:
    """Coordinator and unit: the first quarter received, reopened, and changed at the unit."""
    coordinator = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", coordinator)
    unit, first = _unit_pc(tmp_path, coordinator, "009", TYPED_009)
    ok("import-package", "--db", coordinator, first)
    _quarter("reabrir", coordinator, "--motivo", "corrija la cifra")
    ok("import-package", "--db", unit, unit_base(coordinator, "009", tmp_path / "reabierto"))
    type_first_quarter(unit, {TRANSPARENCIA: ((97, 100), "SE CUMPLIÓ CON EL 97 %.")}, "U")
    return coordinator, unit


def test_the_unit_is_told_its_unsent_changes_stay_out(
    reopened: tuple[Path, Path], tmp_path: Path
) -> None:
    coordinator, unit = reopened
    _quarter("cerrar", coordinator)

    review = ok(
        "import-package", "--dry-run", "--db", unit, unit_base(coordinator, "009", tmp_path / "b")
    )

    assert "la unidad coordinadora cerró el trimestre 1" in review
    assert (
        "1 meta de esta computadora tiene cambios en ese trimestre que no se han enviado" in review
    )


def test_a_closing_with_nothing_unsent_is_only_told(
    reopened: tuple[Path, Path], tmp_path: Path
) -> None:
    coordinator, unit = reopened
    # Sent again and received: nothing of the unit's is left out.
    ok(
        "import-package",
        "--db",
        coordinator,
        ok("export", "--db", unit, "--unidad", "009", "--trimestre", "1", "--out", tmp_path / "d")
        .strip(),
    )  # fmt: skip
    _quarter("reabrir", coordinator, "--motivo", "otra revisión")
    ok("import-package", "--db", unit, unit_base(coordinator, "009", tmp_path / "r2"))
    _quarter("cerrar", coordinator)

    review = ok(
        "import-package", "--dry-run", "--db", unit, unit_base(coordinator, "009", tmp_path / "b")
    )

    assert "la unidad coordinadora cerró el trimestre 1" in review
    assert "no se han enviado" not in review


def test_the_coordinator_is_told_how_to_receive_the_next_quarter(
    reopened: tuple[Path, Path], tmp_path: Path
) -> None:
    coordinator, unit = reopened
    _quarter("cerrar", coordinator)
    ok("import-package", "--db", unit, unit_base(coordinator, "009", tmp_path / "b"))
    type_quarter(unit, {TRANSPARENCIA: ((99, 100), "SE CUMPLIÓ CON EL 99 %.")}, "U", Quarter.SECOND)
    second = ok("export", "--db", unit, "--unidad", "009", "--trimestre", "2", "--out", tmp_path)

    refused = run_cli("import-package", "--db", coordinator, second.strip())

    assert refused.returncode == 2
    assert "el trimestre 1 de la unidad 009 está cerrado" in refused.stderr
    assert (
        "para recibirlo, reabra el trimestre 1 de la unidad 009 con un motivo "
        "(Año → Cerrar o reabrir un trimestre…; en la línea de comandos: ism-desktop trimestre "
        'reabrir --unidad 009 --trimestre 1 --motivo "…")'
    ) in refused.stderr
    _quarter("reabrir", coordinator, "--motivo", "recibir lo corregido")
    ok("import-package", "--db", coordinator, second.strip())
