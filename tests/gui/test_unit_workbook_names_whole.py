"""«Libro de Excel para una unidad…» keeps the workbook's and the folder's names whole.

Seen at 1366×768 (stop 59): «Se guardó «ETCA-» on one line and «III-04_…xlsx»» on the next, and
«Ya existe «…» en «…»» broke the folder at its hyphens: each read as two names.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui import unit_workbook_action
from tests.gui.conftest import WindowFactory
from tests.gui.received_boxes import plain_words
from tests.gui.test_exported_box_words import label_document
from tests.gui.test_received_names_whole import _name_lines
from tests.gui.unit_question import answer_unit

pytestmark = pytest.mark.gui
# A folder as people name them, long and hyphenated: Qt breaks a line after «-».
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
FOLDER = "libros-de-excel-para-las-unidades-del-primer-trimestre-de-2024"


def _boxes_said(
    window_factory: WindowFactory, qtbot: QtBot, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> list[QMessageBox]:
    """The boxes «Libro de Excel para una unidad…» shows writing unit 004's workbook there."""
    window = window_factory(COORDINATOR)
    boxes: list[QMessageBox] = []

    def shown(icon: QMessageBox.Icon, answer: QMessageBox.StandardButton) -> object:
        def show(parent: QWidget, title: str, text: str, *_a: object) -> object:
            # The box Qt's own would show, kept to be read as laid out.
            box = QMessageBox(icon, title, text, parent=parent)
            qtbot.addWidget(box)
            box.show()
            boxes.append(box)
            return answer

        return show

    answer_unit(monkeypatch, lambda items, _first: next(i for i in items if i.startswith("004")))
    monkeypatch.setattr(unit_workbook_action, "choose_folder", lambda *_a: str(folder))
    ok, yes = QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "information", shown(QMessageBox.Icon.Information, ok))
    monkeypatch.setattr(QMessageBox, "warning", shown(QMessageBox.Icon.Warning, ok))
    monkeypatch.setattr(QMessageBox, "question", shown(QMessageBox.Icon.Question, yes))
    window.year_actions.workbook()
    return boxes


def _label(box: QMessageBox) -> QLabel:
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label is not None
    return label


def test_the_saved_workbook_s_name_is_on_one_line(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / FOLDER
    folder.mkdir()

    [box] = _boxes_said(open_window, qtbot, folder, monkeypatch)

    (path,) = folder.glob("*.xlsx")
    first, last = _name_lines(_label(box), path.name)
    assert first == last, "the name is broken across two lines"
    said = " ".join(plain_words(_label(box).text()).split())
    assert said == (
        f"Se guardó «{path.name}». La unidad escribe lo realizado y la evaluación en las celdas "
        "amarillas y lo devuelve; se recibe con Archivo → Recibir paquetes…"
    )


def test_a_workbook_already_there_is_named_whole_with_its_folder(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / FOLDER
    folder.mkdir()
    _boxes_said(open_window, qtbot, folder, monkeypatch)
    (path,) = folder.glob("*.xlsx")

    question, _saved = _boxes_said(open_window, qtbot, folder, monkeypatch)

    label = _label(question)
    first, last = _name_lines(label, path.name)
    assert first == last, "the workbook's name is broken across two lines"
    # A path wider than the box can grow is cut in its middle («…»), on one line all the same.
    document = label_document(label)
    block = document.find(f"en «{str(folder)[:12]}").block()
    assert block.isValid(), plain_words(label.text())
    assert block.layout().lineCount() == 1, block.text()
    assert block.text().endswith(f"{str(folder)[-12:]}»:")
    said = " ".join(plain_words(label.text()).split())
    assert said.startswith(f"Ya existe «{path.name}» en «")
    assert said.endswith(
        "»: puede ser el libro que la unidad llenó y devolvió. ¿Reemplazarlo por uno en blanco?"
    )
