"""«Se guardó «…»» keeps a dependency's unit workbook's name on one line, at 1366×768.

The fix of stop 59 was checked with unit 004's workbook, whose name fits on the box's first
line whether or not it is kept whole: that test passed before the fix. A dependency's unit's
workbook carries the dependency in its name, and wrapped by the box it read «Se guardó «ETCA-»
on one line and «III-04_2024_T2_libro_dependencia_84_unidad_003.xlsx»» on the next.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.gui import unit_workbook_action
from tests.gui.conftest import WindowFactory
from tests.gui.received_boxes import laid_out_boxes, plain_words
from tests.gui.test_received_names_whole import _name_lines
from tests.gui.two_dependencies_window import SECOND
from tests.gui.two_dependencies_window import db_path as db_path  # the fixture
from tests.gui.unit_question import answer_unit
from tests.two_dependencies import AWAITED

pytestmark = pytest.mark.gui


def test_a_dependency_s_workbook_name_is_on_one_line(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(SECOND)
    boxes = laid_out_boxes(monkeypatch, qtbot)  # at 1366×768, the test screen
    answer_unit(
        monkeypatch, lambda items, _first: next(i for i in items if i.startswith("003 ISV"))
    )
    monkeypatch.setattr(unit_workbook_action, "choose_folder", lambda *_a: str(tmp_path))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: pytest.fail(text))

    window.year_actions.workbook()

    (path,) = tmp_path.glob("*.xlsx")
    assert path.name == f"ETCA-III-04_2024_T2_libro_dependencia_{AWAITED}_unidad_003.xlsx"
    (box,) = boxes
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label is not None
    first, last = _name_lines(label, path.name)
    assert first == last, "the name is broken across two lines"
    said = " ".join(plain_words(label.text()).split())
    assert said.startswith(f"Se guardó «{path.name}». La unidad escribe")
