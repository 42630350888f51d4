"""With no meta shown, no figure cell keeps the look of one to type in.

A search that found nothing emptied the form, but the achieved cell kept its thick orange frame
(«type here») in a form where nothing can be typed.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit

from ism_desktop.domain.figures import RowKind
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select

pytestmark = pytest.mark.gui
TYPING_FRAME = QColor("#f9a825")  # the frame of the cell the quarter's figure is typed in
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"


def _left_edge(cell: QLineEdit) -> QColor:
    """The colour of the cell's frame, halfway down its left edge, as painted."""
    image = cell.grab().toImage()
    return image.pixelColor(0, image.height() // 2)


def test_a_search_finding_nothing_leaves_no_cell_framed_for_typing(
    open_window: WindowFactory,
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    assert _left_edge(achieved_cell(window)) == TYPING_FRAME

    window.search.setText("zzz")

    assert window.form.meta is None
    assert _left_edge(achieved_cell(window)) != TYPING_FRAME
    # As its column's MET above it: the reported quarter's tint, nothing more.
    assert _left_edge(achieved_cell(window)) == _left_edge(achieved_cell(window, RowKind.MET))
