"""A program error while the window fills, or while the opening copy is written, is said in Spanish.

The bundled program has no console: a traceback printed there is a window that just vanishes.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from ism_desktop.gui import window_opening
from tests.gui.conftest import shown_frame, unit_profile, wait_for_rules_and_dictionary
from tests.gui.real_start import start_patched, unit_004_data_folder

pytestmark = pytest.mark.gui
REPO = Path(__file__).resolve().parents[2]

BROKEN_FILL = """
import sys
from pathlib import Path
from ism_desktop.gui import application, window_opening

real_fill = window_opening.fill_window

def broken_fill(*args, **kwargs):
    real_fill(*args, **kwargs)  # the window filled, its copy made: then a defect
    raise RuntimeError("falla de prueba al llenar la ventana")

window_opening.fill_window = broken_fill
sys.exit(application.run_window(Path(sys.argv[1]), startup_probe=True))
"""


def _dump(db_path: Path, data_dir: Path) -> str:
    return subprocess.run(
        [sys.executable, "-m", "ism_desktop", "dump", "--db", str(db_path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        env={**os.environ, "ISM_AVANCE_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"},
        timeout=60,
    ).stdout


def _start(
    script: str, db_path: Path, data_dir: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    """The program started for real (probe mode: unattended), with ``script``'s patch applied."""
    return start_patched(script, db_path, data_dir, *args)


def test_a_program_error_while_filling_the_window_is_said_in_spanish_not_as_a_traceback(
    tmp_path: Path, db_path: Path
) -> None:
    data_dir = unit_004_data_folder(tmp_path)
    before = _dump(db_path, data_dir)

    result = _start(BROKEN_FILL, db_path, data_dir)

    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "Ocurrió un error inesperado al abrir el informe" in result.stderr
    assert "falla de prueba al llenar la ventana" in result.stderr
    # The details for whoever gives support, kept beside the data, not shown as a traceback.
    log = (data_dir / "errores.txt").read_text(encoding="utf-8")
    assert "RuntimeError: falla de prueba al llenar la ventana" in log
    assert str(data_dir / "errores.txt") in result.stderr
    assert _dump(db_path, data_dir) == before


@pytest.mark.parametrize(
    ("failure", "told"),
    [
        (
            PermissionError(errno.EACCES, "Permission denied", "copias"),
            "no hay permiso para escribir ahí (carpeta o disco de solo lectura)",
        ),
        (ValueError("fecha ilegible en la copia"), "ocurrió un error inesperado (fecha ilegible"),
    ],
    ids=["file error", "program error"],
)
def test_a_failure_while_writing_the_opening_copy_is_said_and_the_window_still_opens(
    qtbot: QtBot,
    db_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    failure: Exception,
    told: str,
) -> None:
    window = shown_frame(qtbot, settings, unit_profile("004"))

    def failed_copy(path: Path) -> None:
        raise failure

    monkeypatch.setattr(window_opening, "copy_on_open", failed_copy)
    said: list[str] = []
    store = window_opening.open_data(db_path)
    session = window_opening.fill_window(window, store, unit_profile("004"), None, said.append)
    try:
        assert window.loaded
        assert len(said) == 1
        assert said[0].startswith(f"No se pudo guardar la copia de seguridad al abrir: {told}")
        wait_for_rules_and_dictionary(qtbot, window, session)  # the rest starts as usual
    finally:
        session.stop_validation()
        store.close()


A_SLOT_FAILS = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from ism_desktop.gui import application, window_opening

real_fill = window_opening.fill_window

def fill_then_fail(*args, **kwargs):
    session = real_fill(*args, **kwargs)

    def broken_slot():
        raise KeyError("E306")

    QTimer.singleShot(0, broken_slot)
    return session

window_opening.fill_window = fill_then_fail
sys.exit(application.run_window(Path(sys.argv[1]), startup_probe=True))
"""


def test_a_program_error_in_a_running_window_is_said_in_spanish_and_the_window_goes_on(
    tmp_path: Path, db_path: Path
) -> None:
    data_dir = unit_004_data_folder(tmp_path)

    result = _start(A_SLOT_FAILS, db_path, data_dir)

    # The probe's run ends as usual once the findings are in: the window went on.
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "Ocurrió un error inesperado: 'E306'" in result.stderr
    assert "KeyError: 'E306'" in (data_dir / "errores.txt").read_text(encoding="utf-8")


FILL_RAISES = """
import sqlite3
import sys
from pathlib import Path
from ism_desktop.gui import application, window_opening

FAILURES = {
    "ctrl-c": KeyboardInterrupt(),
    "locked": sqlite3.OperationalError("database is locked"),
    "unwritable": RuntimeError("texto imposible \\udcf1"),
}

def failing_fill(*args, **kwargs):
    raise FAILURES[sys.argv[2]]

window_opening.fill_window = failing_fill
sys.exit(application.run_window(Path(sys.argv[1]), startup_probe=True))
"""


def test_ctrl_c_while_filling_the_window_ends_the_program_instead_of_leaving_it_hidden(
    tmp_path: Path, db_path: Path
) -> None:
    result = _start(FILL_RAISES, db_path, unit_004_data_folder(tmp_path), "ctrl-c")

    assert result.returncode == 1, result.stderr
    assert "KeyboardInterrupt" in result.stderr


def test_a_locked_database_while_filling_the_window_is_a_data_problem_said_in_spanish(
    tmp_path: Path, db_path: Path
) -> None:
    data_dir = unit_004_data_folder(tmp_path)

    result = _start(FILL_RAISES, db_path, data_dir, "locked")

    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    # Worded as every other failure to open it: the cause on its own, as a sentence.
    assert (
        "No se pudo abrir la base de datos.\n\nOtro programa está usando la base de datos; "
        "intente de nuevo en un momento."
    ) in result.stderr
    assert "inesperado" not in result.stderr
    assert not (data_dir / "errores.txt").exists()  # not a defect of the program


def test_an_error_whose_text_cannot_be_written_still_ends_the_program_with_a_message(
    tmp_path: Path, db_path: Path
) -> None:
    data_dir = unit_004_data_folder(tmp_path)

    result = _start(FILL_RAISES, db_path, data_dir, "unwritable")

    assert result.returncode == 1, result.stderr
    assert "Ocurrió un error inesperado al abrir el informe: texto imposible" in result.stderr
    assert "texto imposible \\udcf1" in (data_dir / "errores.txt").read_text(encoding="utf-8")
