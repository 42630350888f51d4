"""``observe --quitar N`` removes an observation of the quarter named, and only of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from tests.e2e.year_helpers import ok

pytestmark = pytest.mark.e2e
ESTUDIOS = "56190ba47cf2b956"


def test_removing_names_the_quarter_and_another_quarters_observation_stays(
    tmp_path: Path, seed_path: Path
) -> None:
    # «observe --trimestre 4 --quitar 1» deleted the first quarter's observation 1, which the
    # fourth quarter's list had not even shown.
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    observe = ("observe", "--db", database, "--trimestre")
    saved = ok(*observe, "1", "--meta", ESTUDIOS, "--texto", "Falta el soporte documental.")
    number = saved.split()[1]

    refused = run_cli(*observe, "4", "--quitar", number)

    assert refused.returncode == 2
    assert refused.stderr == (
        f"Error: el trimestre 4 de 2024 no tiene ninguna observación con el número {number} "
        "(véalas con --listar).\n"
    )
    assert "Falta el soporte documental." in ok(*observe, "1", "--listar")
    assert ok(*observe, "1", "--quitar", number) == f"Observación {number} borrada.\n"
