"""The review of a package shows an evaluation or justification whole under the pointer.

Cells and tooltips both cut a long evaluation with «…»: what would replace it was unread. A
cell cuts a text at 60 characters, and the tooltip cut it there too when it had up to 80, so a
unit's justification of 61 to 80 characters could not be read whole before receiving it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from ism_desktop.gui.receive_dialog import ReceiveDialog
from tests.gui.evaluated_package import STUDIES, evaluated_outcome

pytestmark = pytest.mark.gui


def _evaluation_leaf(
    qtbot: QtBot, tmp_path: Path, seed_text: str, text: str
) -> tuple[ReceiveDialog, QTreeWidgetItem]:
    """The review, and its line of ESTUDIOS' evaluation, after unit 004 wrote ``text`` in it.

    The dialog is returned too: its items die with it.
    """
    outcome = evaluated_outcome(tmp_path, seed_text, text)
    dialog = ReceiveDialog([outcome])
    qtbot.addWidget(dialog)
    item = dialog.tree.topLevelItem(0)
    assert item is not None
    studies = next(
        child
        for child in (item.child(n) for n in range(item.childCount()))
        if child is not None and STUDIES in child.text(0)
    )
    return dialog, next(
        leaf
        for leaf in (studies.child(n) for n in range(studies.childCount()))
        if leaf is not None and leaf.text(0).startswith("Evaluación")
    )


def test_a_long_evaluation_is_whole_under_the_pointer_wrapped(
    qtbot: QtBot, tmp_path: Path, seed_text: str
) -> None:
    long_text = "SE REALIZARON 761 ESTUDIOS; " + " ".join(f"palabra{n}" for n in range(60))

    _dialog, leaf = _evaluation_leaf(qtbot, tmp_path, seed_text, long_text)

    assert "…" in leaf.text(2)  # the cell is cut to fit
    assert " ".join(leaf.toolTip(2).split()) == long_text
    assert max(len(line) for line in leaf.toolTip(2).splitlines()) <= 90


def test_a_text_a_little_past_the_cell_is_whole_under_the_pointer(
    qtbot: QtBot, tmp_path: Path, seed_text: str
) -> None:
    # 70 characters: past the cell's 60, within the 80 a tooltip shows on one line.
    text = "SE REALIZARON 761 ESTUDIOS SOCIOECONÓMICOS EN LAS OFICINAS DE NAVOJOA."

    _dialog, leaf = _evaluation_leaf(qtbot, tmp_path, seed_text, text)

    assert "…" in leaf.text(2)
    assert leaf.toolTip(2) == f"«{text}»"
