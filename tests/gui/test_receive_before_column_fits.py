"""The review's «Antes» column shows an evaluation's cell whole at 1366×768.

Seen at 1366×768 (stop 60): receiving unit 004's package, the line of ESTUDIOS' evaluation read
«SE REALIZARO…» under «Antes», a column of 120 pixels, beside a first column of 480 for
labels a third as wide; the text the cell holds (60 characters) was cut again by the column.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QStyle, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from ism_desktop.gui.receive_dialog import PREFERRED_SIZE, ReceiveDialog
from ism_desktop.gui.screen_fit import bounded
from tests.gui.evaluated_package import evaluated_outcome, evaluation_line

pytestmark = pytest.mark.gui
WRITTEN = "SE REALIZARON 770 ESTUDIOS SOCIOECONÓMICOS A LAS USUARIAS DE ATENCIÓN CIUDADANA."


def _shown(dialog: ReceiveDialog, leaf: QTreeWidgetItem, column: int) -> bool:
    """The cell's text fits its column: Qt's delegate keeps a margin on each side of it."""
    tree = dialog.tree
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    needed = tree.fontMetrics().horizontalAdvance(leaf.text(column)) + 2 * margin
    return tree.visualRect(tree.indexFromItem(leaf, column)).width() >= needed


def _review(qtbot: QtBot, tmp_path: Path, seed_text: str, width: int) -> ReceiveDialog:
    shown = ReceiveDialog([evaluated_outcome(tmp_path, seed_text, WRITTEN)])
    qtbot.addWidget(shown)
    with qtbot.waitExposed(shown):
        shown.resize(bounded(PREFERRED_SIZE, QRect(0, 0, width, 728)))  # a taskbar of 40 px
        shown.show()
    return shown


def test_an_evaluations_before_and_after_cells_are_whole_at_1366(
    qtbot: QtBot, tmp_path: Path, seed_text: str
) -> None:
    dialog = _review(qtbot, tmp_path, seed_text, 1366)
    leaf = evaluation_line(dialog.tree)

    assert leaf.text(1).startswith("«SE REALIZARON 761 ESTUDIOS")  # the seed's, cut at 60
    assert _shown(dialog, leaf, 1), f"«Antes» is {dialog.tree.columnWidth(1)} px"
    assert _shown(dialog, leaf, 2), "«Después» gave its width to «Antes»"
    assert _shown(dialog, leaf, 0), "the line's label was cut to make room"
    assert dialog.tree.horizontalScrollBar().maximum() == 0, "read only by scrolling sideways"


def test_a_narrower_screen_cuts_the_before_cell_with_its_text_in_the_tip(
    qtbot: QtBot, tmp_path: Path, seed_text: str
) -> None:
    dialog = _review(qtbot, tmp_path, seed_text, 800)
    leaf = evaluation_line(dialog.tree)

    assert not _shown(dialog, leaf, 1)  # no room for it whole at 800 px
    assert dialog.tree.horizontalScrollBar().maximum() == 0
    assert " ".join(leaf.toolTip(1).split()).startswith("SE REALIZARON 761 ESTUDIOS")
    assert len(leaf.toolTip(1)) > len(leaf.text(1))  # whole, not the cell's cut


def test_the_columns_share_the_width_again_when_the_review_grows(
    qtbot: QtBot, tmp_path: Path, seed_text: str
) -> None:
    dialog = _review(qtbot, tmp_path, seed_text, 800)
    leaf = evaluation_line(dialog.tree)

    dialog.resize(bounded(PREFERRED_SIZE, QRect(0, 0, 1366, 728)))
    qtbot.waitUntil(lambda: _shown(dialog, leaf, 1))

    assert _shown(dialog, leaf, 2)
