"""``justify`` with the answer already stored says so, and that nothing changed.

Saving the same answer again writes nothing (its author and time stay); the command still said
«Enterado guardado … por <the earlier author>», as if it had written the new one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e

DIALOGUES = "2fee27"  # DIÁLOGOS POR LA PAZ (unit 001), which has a spelling warning


def _justify(database: Path, author: str, *answer: str) -> str:
    result = run_cli(
        "justify", "--db", database, "--trimestre", "1", "--meta", DIALOGUES,
        "--regla", "ORTOGRAFIA", *answer, "--autor", author,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_same_answer_again_is_said_unchanged(tmp_path: Path, seed_path: Path) -> None:
    database = tmp_path / "informe.sqlite3"
    assert run_cli("import-etca", seed_path, "--db", database).returncode == 0
    first = _justify(database, "luz", "--enterado")

    again = _justify(database, "ana", "--enterado")
    other = _justify(database, "ana", "--texto", "Son nombres propios.")

    assert first.startswith("Enterado guardado: meta 2fee274197fd35d5 (DIÁLOGOS POR LA PAZ)")
    assert again.startswith(
        "Ya estaba guardado, sin cambios: meta 2fee274197fd35d5 (DIÁLOGOS POR LA PAZ), regla "
        "ORTOGRAFIA, trimestre 1, por luz."
    )
    assert other.startswith("Justificación guardada: meta 2fee274197fd35d5")
    assert other.rstrip().endswith("por ana.")
