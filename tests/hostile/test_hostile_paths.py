"""Database paths the file system refuses: said in Spanish, naming the name, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from tests.hostile.generators import overlong_paths

pytestmark = pytest.mark.e2e

SEED_REPORT = Path(__file__).parents[2] / "resources" / "sample" / "etca_iii_04_2024_t1.txt"

COMMANDS: list[list[str]] = [
    ["dump"],
    ["validate", "--trimestre", "1"],
    ["copia"],
    ["status", "--trimestre", "1"],
    ["export", "--unidad", "004", "--trimestre", "1", "--out", "{tmp}"],
    ["import-etca", str(SEED_REPORT)],
    ["import-package", "{tmp}/paquete.ismpaq"],
    ["solicitudes"],
    ["solicitudes", "rechazar", "1", "--motivo", "no"],
    ["report", "--trimestre", "1", "--xlsx", "{tmp}/informe.xlsx"],
    ["paimef", "validate"],
    ["paimef", "plazos"],
]


def _files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*"))


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: "-".join(c[:2]))
@pytest.mark.parametrize(
    ("case", "name"), list(overlong_paths("{tmp}")), ids=["archivo", "carpeta", "acentos"]
)
def test_a_database_name_too_long_is_said_in_spanish(
    tmp_path: Path, command: list[str], case: str, name: str
) -> None:
    data = tmp_path / "datos"
    data.mkdir()
    database = name.format(tmp=tmp_path)

    args = [arg.format(tmp=tmp_path) for arg in command]

    result = run_cli(*args, "--db", database, data_dir=data)

    assert result.returncode == 2, (case, result.stderr)
    assert "Traceback" not in result.stderr
    assert "inesperado" not in result.stderr
    assert "es demasiado largo" in result.stderr
    too_long = "c" * 300 if case == "carpeta" else Path(database).name
    assert f"«{too_long[:20]}" in result.stderr
    assert _files(tmp_path) == [data]
