"""The «Paquete exportado» box: the package's path on one line, the coordinating unit by name.

The path broke at its hyphens («…paquetes-del-primer-» / «trimestre-…»), read as two files,
and the box named «unidad 002» in fixed text where the rest of the program says «la unidad
coordinadora».
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory, unit_profile

pytestmark = pytest.mark.gui
FOLDER = "paquetes-del-primer-trimestre-2024-enviados-por-la-unidad-004"


@pytest.fixture
def shown_labels(monkeypatch: pytest.MonkeyPatch) -> list[QLabel]:
    """The text label of each box shown, read while the box is on screen, then closed."""
    labels: list[QLabel] = []

    def read(box: QMessageBox) -> int:
        box.show()
        label = box.findChild(QLabel, "qt_msgbox_label")
        assert label is not None
        labels.append(label)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", read)
    return labels


def label_document(label: QLabel) -> QTextDocument:
    """The label's text as it lays it out: its font, at the width it has."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    text_format = label.textFormat()
    if text_format == Qt.TextFormat.RichText or (
        # As Qt's own boxes (``information``) show it: formatted text is told by its look.
        text_format == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(label.text())
    ):
        document.setHtml(label.text())
    else:
        document.setPlainText(label.text())
    document.setTextWidth(label.contentsRect().width())
    document.size()  # laid out now: its lines are counted below
    return document


def box_words(box: QMessageBox) -> str:
    """What a box says, as plain lines (its empty lines empty), however it is formatted."""
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label is not None
    lines = label_document(label).toPlainText().split("\n")
    return "\n".join(line.strip() for line in lines)  # an empty line holds a space


def path_line(label: QLabel, name: str) -> tuple[str, int]:
    """The paragraph that shows the path ending in ``name``, and on how many lines it is."""
    document = label_document(label)
    found = document.find(name)
    assert not found.isNull(), f"«{name}» no está en el mensaje"
    block = found.block()
    return block.text(), block.layout().lineCount()


def test_the_package_path_is_on_one_line_and_the_coordinator_named_as_everywhere(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, shown_labels: list[QLabel]
) -> None:
    window = open_window(unit_profile("004"))
    folder = tmp_path / FOLDER
    folder.mkdir()

    with qtbot.waitSignal(window.reports.package_exported, timeout=30000) as signal:
        window.reports.export_package(folder)

    [label] = shown_labels
    path = str(signal.args[0].path)
    shown, lines = path_line(label, "ETCA-III-04_2024_T1_unidad_004.ismpaq")
    assert lines == 1
    assert shown.startswith(str(tmp_path)[:8])
    assert shown.endswith(f"{FOLDER}/ETCA-III-04_2024_T1_unidad_004.ismpaq") or (
        "…" in shown and label.toolTip() == path  # too long for the screen: cut in the middle
    )
    said = label_document(label).toPlainText()
    assert "002" not in said.replace(path, "")
    assert "Entréguelo a la unidad coordinadora." in said
