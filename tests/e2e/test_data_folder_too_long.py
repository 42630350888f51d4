"""A data folder (ISM_AVANCE_DATA_DIR) whose name the system refuses: said at start, in Spanish."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e

SEED_REPORT = Path(__file__).parents[2] / "resources" / "sample" / "etca_iii_04_2024_t1.txt"


def _folders(tmp: Path) -> dict[str, tuple[Path, str]]:
    """The data folder, and what the refusal says of it."""
    return {
        # A last name over 255 bytes (ext4's limit): «datos» and 130 × «ñ» are 265 bytes.
        "nombre": (tmp / ("datos" + "ñ" * 130), "el nombre de la carpeta «datosñññññññññññññññ…"),
        "ruta": (
            tmp.joinpath(*["d" * 200] * 25),
            "la ruta del archivo es demasiado larga; use una carpeta más cercana a la raíz",
        ),
    }


@pytest.mark.parametrize("case", ["nombre", "ruta"])
@pytest.mark.parametrize(
    "args",
    [
        ("import-etca", str(SEED_REPORT), "--db", "{tmp}/avance.sqlite3"),
        ("status", "--trimestre", "1"),
        ("--db", "{tmp}/avance.sqlite3"),  # the window
        (),  # the window on the data folder's own database
    ],
    ids=["import-etca", "status", "ventana", "ventana-sin-db"],
)
def test_a_data_folder_too_long_is_refused_at_start(
    tmp_path: Path, case: str, args: tuple[str, ...]
) -> None:
    folder, said = _folders(tmp_path)[case]

    result = run_cli(*(arg.format(tmp=tmp_path) for arg in args), data_dir=folder)

    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "inesperado" not in result.stderr
    assert result.stderr.startswith(
        "Error: no se puede usar la carpeta de datos (ISM_AVANCE_DATA_DIR): "
    ), result.stderr
    assert said in result.stderr
    assert list(tmp_path.iterdir()) == []  # no database, no folder, no error log
