"""The review of packages shows the current line's whole text under the tree, for the keyboard.

A long meta name or evaluation was cut at the tree's right edge at 1366×768, and read whole
only in the tooltip of the mouse: whoever went through the review by keyboard never saw it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from ism_desktop.gui.receive_dialog import ReceiveDialog
from tests.gui.evaluated_package import STUDIES, evaluated_outcome

pytestmark = pytest.mark.gui
LONG = "SE REALIZARON 761 ESTUDIOS; " + " ".join(f"palabra{n}" for n in range(60))


def _review(qtbot: QtBot, tmp_path: Path, seed_text: str) -> ReceiveDialog:
    """The review, shown, of unit 004's package after it wrote ``LONG`` in ESTUDIOS' evaluation."""
    outcome = evaluated_outcome(tmp_path, seed_text, LONG)
    dialog = ReceiveDialog([outcome])
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def _down_to(qtbot: QtBot, dialog: ReceiveDialog, found: str) -> QTreeWidgetItem:
    """Arrow down the tree, by keyboard, to the first line whose text starts with ``found``."""
    dialog.tree.setFocus()
    for _step in range(200):
        item = dialog.tree.currentItem()
        if item is not None and found in item.text(0).split(" · ")[-1][: len(found)]:
            return item
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Down)
    raise AssertionError(f"no line {found!r}")


def test_the_current_lines_whole_text_is_shown_under_the_tree(
    qtbot: QtBot, tmp_path: Path, seed_text: str
) -> None:
    dialog = _review(qtbot, tmp_path, seed_text)

    meta = _down_to(qtbot, dialog, STUDIES)
    said_for_meta = dialog.detail.toPlainText()
    evaluation = _down_to(qtbot, dialog, "Evaluación")
    said_for_evaluation = " ".join(dialog.detail.toPlainText().split())

    assert meta.text(0).startswith("004 · ")
    assert f"004 · {STUDIES}" in said_for_meta
    assert "…" in evaluation.text(2)  # the cell is cut
    assert f"Después: {LONG}" in said_for_evaluation  # whole, under the tree
    # Reached by the keyboard too: Tab from the tree goes into it, where it can be scrolled.
    assert dialog.detail.isReadOnly()
    assert dialog.detail.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert dialog.detail.geometry().bottom() < dialog.height()
