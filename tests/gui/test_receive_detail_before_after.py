"""The review's pane under the tree shows an evaluation's before and after together.

Seen at 1366×768 (stop 59): receiving unit 004's package, the coordinator chose the line of
ASESORÍA LEGAL's evaluation to compare the two texts. The pane, four lines tall under a tree
mostly empty, showed the heading and «Antes»; «Después» was below its edge, to be scrolled to
in a box three lines high.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot

from ism_desktop.gui.receive_dialog import PREFERRED_SIZE, ReceiveDialog
from ism_desktop.gui.screen_fit import bounded
from tests.gui.evaluated_package import evaluated_outcome, evaluation_line

pytestmark = pytest.mark.gui
# As long as the sample's evaluations (ASESORÍA LEGAL's is 244 characters, ESTUDIOS' 296).
WRITTEN = (
    "SE REALIZARON 770 ESTUDIOS SOCIOECONÓMICOS A LAS USUARIAS QUE SOLICITAN POR PRIMERA VEZ "
    "LOS SERVICIOS EN EL ÁREA DE ATENCIÓN CIUDADANA, TENIENDO UNA DIFERENCIA EN CONTRA DE 130 "
    "ESTUDIOS, EN RAZÓN DE QUE ALGUNAS DE LAS USUARIAS YA CONTABAN CON EXPEDIENTE PREVIO."
)


def test_an_evaluations_before_and_after_are_read_without_scrolling(
    qtbot: QtBot, tmp_path: Path, seed_text: str
) -> None:
    dialog = ReceiveDialog([evaluated_outcome(tmp_path, seed_text, WRITTEN)])
    qtbot.addWidget(dialog)
    dialog.resize(bounded(PREFERRED_SIZE, QRect(0, 0, 1366, 728)))  # a taskbar of 40 px
    with qtbot.waitExposed(dialog):
        dialog.show()

    dialog.tree.setCurrentItem(evaluation_line(dialog.tree))
    said = " ".join(dialog.detail.toPlainText().split())

    assert "Antes: SE REALIZARON 761 ESTUDIOS" in said
    assert f"Después: {WRITTEN}" in said
    assert dialog.detail.verticalScrollBar().maximum() == 0, "part of it is out of sight"
    assert dialog.frameGeometry().height() <= 728
    assert dialog.tree.height() >= 200  # the tree keeps room for the files and metas
