"""Receive packages in a window as «Recibir paquetes» does, the review accepted: the boxes said."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtGui import QTextBlock, QTextDocument
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.receive_dialog import ReceiveDialog


def plain_words(text: str) -> str:
    """What a box's text says, as plain lines, whether it is plain or formatted text.

    Formatted, each paragraph is a line (its empty ones empty), as the box shows it.
    """
    if not QtGui.Qt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return "\n".join(line.strip() for line in document.toPlainText().split("\n"))


def lines_of(document: QTextDocument, text: str) -> tuple[QTextBlock, int, int]:
    """The paragraph showing ``text``, and its lines where ``text`` starts and where it ends."""
    found = document.find(text)
    assert not found.isNull(), f"«{text}» no está en el mensaje: {document.toPlainText()}"
    block = found.block()
    layout = block.layout()
    first = layout.lineForTextPosition(found.selectionStart() - block.position())
    last = layout.lineForTextPosition(found.selectionEnd() - 1 - block.position())
    return block, first.lineNumber(), last.lineNumber()


def laid_out_boxes(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> list[QMessageBox]:
    """The boxes ``QMessageBox.information`` shows from now on, each laid out as on screen."""
    boxes: list[QMessageBox] = []

    def shown(parent: QWidget, title: str, text: str, *_a: object) -> None:
        # The box Qt's own ``information`` would show, kept to be read as laid out.
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
        qtbot.addWidget(box)
        box.show()
        boxes.append(box)

    monkeypatch.setattr(QMessageBox, "information", shown)
    return boxes


def received_said(window: MainWindow, qtbot: QtBot, packages: Sequence[Path]) -> list[str]:
    """The texts of the boxes shown after receiving ``packages`` (their review accepted).

    As plain lines (``plain_words``): the box shows its files' names in formatted text.
    """
    said: list[str] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ReceiveDialog, "exec", lambda _self: int(ReceiveDialog.DialogCode.Accepted))
        for name in ("information", "warning"):
            patch.setattr(
                QMessageBox, name, lambda _p, _t, text, *_a: said.append(plain_words(text))
            )
        with qtbot.waitSignal(window.coordination.packages_received, timeout=30000):
            window.coordination.receive(list(packages))
    return said
