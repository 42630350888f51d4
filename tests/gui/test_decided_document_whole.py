"""The box after approving a request, and the list of decisions, keep the document number whole.

Wrapped by the box at its slashes, «(documento ISM/» ended a line and «DEST-045/2024)» began the
next one: the number read as two.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.gui.year_dialogs import RequestsDialog
from tests.gui.conftest import WindowFactory
from tests.gui.test_requests_flow import answer_decisions, choose_first
from tests.gui.window_driver import pending_request, select
from tests.gui.year_window_setup import COORDINATOR, STUDIES

pytestmark = pytest.mark.gui

DOCUMENT = "ISM/DEST-045/2024"
JOINER = "\u2060"  # WORD JOINER: no break on either side, nothing drawn


def test_the_authorising_document_is_never_broken_at_its_slashes(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    pending_request(window.session.store, select(window, STUDIES).stable_id)
    monkeypatch.setattr(RequestsDialog, "exec", choose_first(approve=True))
    answer_decisions(monkeypatch, [DOCUMENT])
    boxes: list[str] = []

    def said(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        boxes.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", said)

    window.year_actions.requests()

    [box] = boxes
    [line] = [line for line in box.split("\n") if "documento" in line]
    _never_broken(line, window.font())
    # The list of decided requests says it again, wrapped in its turn.
    decided = RequestsDialog([], window.session.store.decisions.for_year(2024), {})
    qtbot.addWidget(decided)
    item = decided.decided.item(0)
    assert item is not None
    _never_broken(item.text(), decided.decided.font())


def _never_broken(line: str, font: QFont) -> None:
    """At every width a box may give ``line``, the document lies whole on one line of it."""
    assert line.replace(JOINER, "").endswith(f"(documento {DOCUMENT})")  # read as typed
    narrowest = QFontMetrics(font).horizontalAdvance(f"(documento {DOCUMENT})") + 4
    widest = QFontMetrics(font).horizontalAdvance(line) + 4
    for width in range(narrowest, widest, 5):
        wrapped = [part.replace(JOINER, "") for part in _lines(line, font, width)]
        assert any(DOCUMENT in part for part in wrapped), (width, wrapped)


def _lines(text: str, font: QFont, width: int) -> list[str]:
    """``text`` as Qt wraps it at ``width`` pixels, one string per line."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines
