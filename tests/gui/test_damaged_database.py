"""A database damaged outside the program: the window offers its backups instead of only closing.

Before, the window said the failure and closed; «Archivo → Restaurar copia…» was out of reach
exactly then, and office staff do not use the command line.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ism_desktop import __version__

pytestmark = pytest.mark.gui
REPO = Path(__file__).resolve().parents[2]

# The program started for real, not unattended; its dialogs answered as a person would.
ANSWERED = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from ism_desktop.gui import application
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.profile_dialog import ProfileDialog
from ism_desktop.gui.restore_dialog import RestoreDialog

answer = sys.argv[2]
framed = len(sys.argv) > 3  # each box followed by what the window's frame shows behind it
seen = []

def frames():
    return [
        " | ".join(["(marco) " + widget.windowTitle()]
                   + [label.text() for label in widget.findChildren(QLabel) if label.isVisible()])
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, MainWindow) and widget.isVisible() and not widget.loaded
    ]

def said(box):
    # What the box says, its paragraphs as lines: a path is given a line of its own.
    if box.textFormat() != Qt.TextFormat.RichText:
        return box.text()
    document = QTextDocument()
    document.setHtml(box.text())
    return "\\n".join(line.strip() for line in document.toPlainText().split("\\n"))

def answer_dialogs():
    modal = QApplication.activeModalWidget()
    # Clicked once this returns: a click that opens another dialog would hold the timer.
    if isinstance(modal, RestoreDialog) and modal.isVisible() and "(copias)" not in seen:
        seen.append("(copias)")
        modal.table.selectRow(0)
        QTimer.singleShot(0, modal.restore_button.click)
    elif isinstance(modal, ProfileDialog) and modal.isVisible():
        seen.append("(pregunta de la unidad)")
        QTimer.singleShot(0, modal.reject)
    elif isinstance(modal, QMessageBox) and modal.isVisible() and said(modal) not in seen:
        seen.append(said(modal))
        seen.extend(frames() if framed else [])
        buttons = {button.text().replace("&", ""): button for button in modal.buttons()}
        wanted = [buttons[text] for text in (answer, "Restaurar") if text in buttons]
        QTimer.singleShot(0, (wanted or modal.buttons())[0].click)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.loaded and widget.isVisible():
            seen.append("(ventana abierta)")
            seen.append("(estado) " + widget.statusBar().currentMessage())
            seen.extend(["(título) " + widget.windowTitle()] if framed else [])
            QApplication.quit()

app = application.ensure_application()
timer = QTimer()
timer.timeout.connect(answer_dialogs)
timer.start(50)
code = application.run_window(Path(sys.argv[1]))
print("\\n---\\n".join(seen))
sys.exit(code)
"""


def _env(data_dir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "ISM_AVANCE_DATA_DIR": str(data_dir),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
    }


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ism_desktop", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=_env(data_dir),
        timeout=60,
    )


def _damaged(
    tmp_path: Path, db_path: Path, *, copied: bool, first_run: bool = False, how: str = "cifra"
) -> tuple[Path, str]:
    """A data folder (settings, maybe one backup), then «Infinity» typed into a figure by hand."""
    data_dir = tmp_path / "datos"
    data_dir.mkdir()
    if not first_run:
        (data_dir / "configuracion.ini").write_text(
            "[perfil]\nrol=unidad\nunidad=004\nejercicio=2024\ntrimestre=1\n", encoding="utf-8"
        )
    before = _cli(data_dir, "dump", "--db", str(db_path)).stdout
    if copied:
        assert _cli(data_dir, "copia", "--db", str(db_path)).returncode == 0
    if how == "páginas":
        # Every page after the first overwritten, as a failing disk or a copy cut short would.
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        data = bytearray(db_path.read_bytes())
        data[4096:] = (bytes(range(256)) * (len(data) // 256))[: len(data) - 4096]
        db_path.write_bytes(bytes(data))
        return data_dir, before
    with sqlite3.connect(db_path) as db:
        db.execute(
            "UPDATE figure_rows SET achieved_q1 = 'Infinity' WHERE meta_id = "
            "(SELECT MIN(meta_id) FROM figure_rows) AND row_kind = 'NUM'"
        )
    db.close()
    return data_dir, before


def _start(
    db_path: Path, data_dir: Path, answer: str, *, framed: bool = False
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", ANSWERED, str(db_path), answer, *(["marco"] if framed else [])],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=_env(data_dir),
        timeout=90,  # a dialog nobody answers would never end
    )


DAMAGE = (
    "La base de datos tiene una cifra que no es válida («Infinity»): se cambió fuera del "
    "programa o está dañada."
)


@pytest.mark.parametrize(("how", "told"), [("cifra", DAMAGE), ("páginas", "está dañado")])
def test_a_damaged_database_is_mended_from_a_backup_and_the_window_opens(
    tmp_path: Path, db_path: Path, how: str, told: str
) -> None:
    data_dir, before = _damaged(tmp_path, db_path, copied=True, how=how)

    result = _start(db_path, data_dir, "Restaurar una copia…")

    assert result.returncode == 0, result.stderr
    said = result.stdout.strip().split("\n---\n")
    # The fact once: a damaged file's cause says it already, naming the file.
    assert said[0].startswith("No se pudo abrir la base de datos")
    assert said[0].count("No se pudo abrir") == 1
    assert told in said[0]
    assert "Hay una copia de seguridad de esta base de datos" in said[0]
    assert "Puede restaurarla: antes se guarda otra copia" in said[0]
    assert said[0].count(f"«{db_path}»") == 1  # which file (the box named none), said once
    assert said[1:3] == ["(copias)", said[2]]
    assert said[2].startswith("Se reemplazarán los datos actuales por la copia del ")
    assert said[-2] == "(ventana abierta)"
    # The window said what happened: which copy is back, and where the damaged file was kept.
    assert said[-1].startswith("(estado) Se restauró la copia del ")
    assert said[-1].endswith(
        f"; el archivo dañado quedó guardado en otra copia, en «{data_dir / 'copias'}»."
    )
    assert json.loads(_cli(data_dir, "dump", "--db", str(db_path)).stdout) == json.loads(before)
    # The damaged file was kept too, in a copy of its own, before the backup replaced it.
    listed = _cli(data_dir, "copias", "--db", str(db_path)).stdout
    assert "antes de restaurar" in listed


def test_leaving_a_damaged_database_changes_nothing(tmp_path: Path, db_path: Path) -> None:
    data_dir, _before = _damaged(tmp_path, db_path, copied=True)
    damaged = db_path.read_bytes()

    result = _start(db_path, data_dir, "Salir")

    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert f"No se pudo abrir la base de datos.\n\n{DAMAGE}" in result.stderr
    assert "inesperado" not in result.stderr
    assert db_path.read_bytes() == damaged
    # One box offered the copies; the next said what leaving kept, not the damage again.
    offered, kept = result.stdout.strip().split("\n---\n")
    assert offered.startswith(f"No se pudo abrir la base de datos.\n\n{DAMAGE}")
    # Its paths each on a line of their own: the words as written, whatever the lines.
    assert " ".join(kept.split()) == (
        "ISM Avance se cierra sin abrir la base de datos. No se cambió nada: el archivo dañado "
        f"(«{db_path}») y su copia de seguridad, en «{data_dir / 'copias'}», se conservan como "
        "estaban. La próxima vez que abra ISM Avance se le volverá a ofrecer restaurarla."
    )


def test_without_backups_the_damage_is_only_said(tmp_path: Path, db_path: Path) -> None:
    data_dir, _before = _damaged(tmp_path, db_path, copied=False)

    result = _start(db_path, data_dir, "Restaurar una copia…")

    assert result.returncode == 2, result.stderr
    assert result.stdout.strip().split("\n---\n") == [
        f"No se pudo abrir la base de datos.\n\n{DAMAGE} No se cambió nada; una copia de "
        "seguridad la devuelve a como estaba."
    ]


@pytest.mark.parametrize(("how", "told"), [("cifra", DAMAGE), ("páginas", "está dañado")])
def test_on_a_first_run_a_damaged_database_is_said_not_a_traceback(
    tmp_path: Path, db_path: Path, how: str, told: str
) -> None:
    # The first run's question lists the report's units: loading them raised, uncaught.
    data_dir, _before = _damaged(tmp_path, db_path, copied=True, first_run=True, how=how)

    result = _start(db_path, data_dir, "Salir")

    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "inesperado" not in result.stderr
    assert told in result.stderr


def test_on_a_first_run_a_backup_mends_the_database_before_the_question(
    tmp_path: Path, db_path: Path
) -> None:
    data_dir, before = _damaged(tmp_path, db_path, copied=True, first_run=True)

    result = _start(db_path, data_dir, "Restaurar una copia…")

    assert result.returncode == 0, result.stderr
    # The question, cancelled here, and the box that says why the program did not open.
    assert result.stdout.strip().split("\n---\n")[-2:] == [
        "(pregunta de la unidad)",
        "ISM Avance no se abrió: falta elegir la unidad administrativa de esta computadora. "
        "La próxima vez que lo abra se le preguntará de nuevo.",
    ]
    assert json.loads(_cli(data_dir, "dump", "--db", str(db_path)).stdout) == json.loads(before)


@pytest.mark.parametrize("how", ["cifra", "páginas"])
@pytest.mark.parametrize("answer", ["Salir", "Restaurar una copia…"])
def test_behind_the_offer_the_frame_names_the_file_that_did_not_open(
    tmp_path: Path, db_path: Path, how: str, answer: str
) -> None:
    # The frame paints before the data, so it is on screen when the damage is found: it said
    # «Cargando las metas…» under the profile's title, as if the data were coming.
    data_dir, _before = _damaged(tmp_path, db_path, copied=True, how=how)

    result = _start(db_path, data_dir, answer, framed=True)

    said = result.stdout.strip().split("\n---\n")
    unopened = (
        f"(marco) ISM Avance {__version__} — avance.sqlite3 | "
        f"No se pudo abrir la base de datos «{db_path}»."
    )
    if answer == "Salir":
        assert result.returncode == 2, result.stderr
        offered, frame, kept, frame_again = said
        assert offered.startswith("No se pudo abrir la base de datos")
        assert kept.startswith("ISM Avance se cierra sin abrir la base de datos.")
        assert frame == frame_again == unopened
        return
    assert result.returncode == 0, result.stderr
    # The offer, the list of copies, the question before replacing: the same frame behind.
    assert said[1] == said[4] == unopened
    assert said[2:4] == ["(copias)", said[3]]
    assert said[3].startswith("Se reemplazarán los datos actuales por la copia del ")
    # A copy back, the window is the profile's again.
    assert said[-3] == "(ventana abierta)"
    assert said[-1] == (
        f"(título) ISM Avance {__version__} — Unidad 004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA — "
        "2024, primer trimestre"
    )
