"""A failed save's box and a damaged database's keep a file's path on one line.

Seen at 1366×768 (stop 60): «C:\\Users\\Maria Fernanda\\Documents\\Informes ISM 2024\\…» was
broken at its spaces, «Maria» at the end of one line and «Fernanda\\Documents…» on the next,
read as two places. The boxes saying a file was saved already kept theirs whole (``path_line``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop import APP_NAME
from ism_desktop.gui.dialog_buttons import ask_between
from ism_desktop.gui.save_failure_box import SaveFailureBox
from tests.gui.box_on_screen import read_box_on_screen
from tests.gui.received_boxes import lines_of
from tests.gui.test_exported_box_words import label_document

pytestmark = pytest.mark.gui
FOLDER = "C:\\Users\\Maria Fernanda\\Documents\\Informes ISM 2024\\Trimestre 1"
DATABASE = f"{FOLDER}\\ism avance datos-2024.sqlite3"


@dataclass
class Seen:
    """A box as it was on screen: the path's paragraph, its lines, what the box says."""

    paragraph: str
    lines: tuple[int, int]  # the lines of its paragraph where the path starts and ends
    said: str
    details: str
    tip: str


def _seen_box(qtbot: QtBot, show: Callable[[], object], path: str) -> Seen:
    """Show a box as the program does, and read it once it is on screen (then close it)."""

    def read(box: QMessageBox) -> Seen:
        label = box.findChild(QLabel, "qt_msgbox_label")
        assert label is not None
        document = label_document(label)
        # Its start and its file's name are never cut (a path too long loses its middle).
        block, start, _ = lines_of(document, path[:25])
        end_block, _, end = lines_of(document, path[-25:])
        assert end_block == block, "the path's end is in another paragraph"
        said = document.toPlainText()
        return Seen(block.text(), (start, end), said, box.detailedText(), label.toolTip())

    return read_box_on_screen(qtbot, show, read)


def test_a_failed_saves_box_keeps_the_databases_path_on_one_line(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    message = (
        f"No se guardó el cambio: la base de datos «{DATABASE}» es de solo lectura; lo escrito "
        "sigue en pantalla y se guarda con el siguiente guardado."
    )

    seen = _seen_box(qtbot, lambda: SaveFailureBox(parent).show(message), DATABASE)

    assert seen.lines[0] == seen.lines[1], f"the path is broken: {seen.said!r}"
    assert f"«{DATABASE}»" in seen.paragraph
    assert "sigue en pantalla" in seen.said  # the rest of the sentence is still said


def test_the_damaged_databases_question_keeps_its_path_on_one_line(qtbot: QtBot) -> None:
    text = (
        f"No se pudo abrir la base de datos «{DATABASE}»: el archivo está dañado.\n\n"
        "Hay 2 copias de seguridad de este archivo. Puede restaurar una: antes se guarda otra "
        "copia con los datos como están ahora."
    )

    seen = _seen_box(
        qtbot,
        lambda: ask_between(None, APP_NAME, text, "Restaurar una copia…", "Salir", warning=True),
        DATABASE,
    )

    assert seen.lines[0] == seen.lines[1], f"the path is broken: {seen.said!r}"
    assert "Hay 2 copias de seguridad" in seen.said


def test_a_path_wider_than_the_screen_is_cut_in_the_middle_and_given_whole(
    qtbot: QtBot,
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    deep = "\\".join([FOLDER, *(f"Carpeta de respaldo número {n}" for n in range(12))])
    path = f"{deep}\\ism avance datos.sqlite3"

    seen = _seen_box(
        qtbot, lambda: SaveFailureBox(parent).show(f"No se guardó en «{path}»: disco lleno."), path
    )

    assert seen.lines[0] == seen.lines[1]
    assert "…" in seen.paragraph
    assert seen.paragraph.startswith("«C:\\Users\\Maria Fernanda")
    assert path in seen.details.splitlines()  # to be selected and copied whole
    assert seen.tip == path
