"""A data folder (ISM_AVANCE_DATA_DIR) whose name the system refuses: said at start, in Spanish.

The window says it in a box as well: the installed window has no console to print it on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.window_runner import start_program

pytestmark = [pytest.mark.e2e, pytest.mark.gui]

SEED_REPORT = Path(__file__).parents[2] / "resources" / "sample" / "etca_iii_04_2024_t1.txt"


def _folders(tmp: Path) -> dict[str, tuple[Path, str]]:
    """The data folder, and what the refusal says of it."""
    return {
        # A last name over 255 bytes (ext4's limit): «datos» and 130 × «ñ» are 265 bytes.
        "nombre": (tmp / ("datos" + "ñ" * 130), "el nombre de la carpeta «datosñññññññññññññññ…"),
        # Inside a folder not made yet: the system says «not found» before «too long».
        "nombre-en-carpeta-nueva": (
            tmp / "nueva" / ("datos" + "ñ" * 130),
            "el nombre de la carpeta «datosñññññññññññññññ…",
        ),
        "ruta": (
            tmp.joinpath(*["d" * 200] * 25),
            "la ruta del archivo es demasiado larga; use una carpeta más cercana a la raíz",
        ),
    }


@pytest.mark.parametrize("case", ["nombre", "nombre-en-carpeta-nueva", "ruta"])
@pytest.mark.parametrize(
    ("args", "window"),
    [
        (("import-etca", str(SEED_REPORT), "--db", "{tmp}/avance.sqlite3"), False),
        (("status", "--trimestre", "1"), False),
        (("--db", "{tmp}/avance.sqlite3"), True),
        ((), True),  # the window on the data folder's own database
        (("{tmp}/recibido.ismpaq",), True),  # a package double-clicked
    ],
    ids=["import-etca", "status", "ventana", "ventana-sin-db", "paquete"],
)
def test_a_data_folder_too_long_is_refused_at_start(
    tmp_path: Path, case: str, args: tuple[str, ...], window: bool
) -> None:
    folder, said = _folders(tmp_path)[case]

    result = start_program(*(arg.format(tmp=tmp_path) for arg in args), data_dir=folder)

    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "inesperado" not in result.stderr
    assert result.stderr.startswith(
        "Error: no se puede usar la carpeta de datos (ISM_AVANCE_DATA_DIR): "
    ), result.stderr
    assert said in result.stderr
    assert list(tmp_path.iterdir()) == []  # no database, no folder, no error log
    if window:
        # Started from its icon there is no console: the box is all a person sees.
        [box] = result.boxes
        assert box["title"] == "ISM Avance"
        assert box["icon"] == "Critical"
        assert box["text"].startswith(
            "ISM Avance no se abrió.\n\nNo se puede usar la carpeta de datos "
            "(ISM_AVANCE_DATA_DIR): "
        ), box["text"]
        assert said in box["text"]
    else:
        # The commands run in a console, and never load the window's code (nor Qt).
        assert result.boxes == []
        assert not result.gui_loaded


@pytest.mark.parametrize("case", ["nombre", "nombre-en-carpeta-nueva", "ruta"])
def test_the_start_up_probe_says_it_only_on_its_console(tmp_path: Path, case: str) -> None:
    # The benchmark runs unattended: nobody would close a box.
    folder, said = _folders(tmp_path)[case]

    result = start_program("--medir-arranque", data_dir=folder)

    assert result.returncode == 2, result.stderr
    assert said in result.stderr
    assert result.boxes == []


@pytest.mark.parametrize(
    ("args", "printed"),
    [
        (("--version",), "ISM Avance 0.1.0\n"),
        (("--help",), "uso: ism-desktop"),
        (("--ayuda",), "uso: ism-desktop"),
        (("-h",), "uso: ism-desktop"),
        (("status", "--ayuda"), "uso: ism-desktop status"),
        (("--db", "{tmp}/avance.sqlite3", "--ayuda"), "uso: ism-desktop"),
    ],
    ids=["version", "help", "ayuda", "h", "ayuda-de-un-comando", "ayuda-de-la-ventana"],
)
def test_the_version_and_the_help_need_no_data_folder(
    tmp_path: Path, args: tuple[str, ...], printed: str
) -> None:
    folder, _ = _folders(tmp_path)["nombre"]

    result = start_program(*(arg.format(tmp=tmp_path) for arg in args), data_dir=folder)

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(printed), result.stdout
    assert result.stderr == ""
    assert result.boxes == []
    assert list(tmp_path.iterdir()) == []
