"""«Paquetes recibidos» keeps each file's name on one line, never broken at its hyphens.

Seen at 1366×768 (stop 59): a unit receiving its observations read «Recibido «ETCA-» on one
line and «III-04_2024_T1_observaciones_unidad_004.ismpaq»…» on the next, as two names. The
boxes saying a package was written already kept their paths whole (``path_line``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ism_desktop.gui.receive_dialog import ReceiveDialog
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.received_boxes import laid_out_boxes, lines_of, plain_words
from tests.gui.test_exported_box_words import label_document
from tests.gui.test_observations_on_closed_quarter import _observations

pytestmark = pytest.mark.gui
NAME = "ETCA-III-04_2024_T1_observaciones_unidad_004.ismpaq"


def _name_lines(label: QLabel, name: str) -> tuple[int, int]:
    """On which line of its paragraph ``name`` starts, and on which it ends."""
    _block, first, last = lines_of(label_document(label), name)
    return first, last


@pytest.fixture
def package(seed_text: str, tmp_path: Path) -> Path:
    """The coordinator's observations for unit 004, named as they are sent."""
    made = _observations(seed_text, tmp_path)
    assert made.name == NAME
    return made


def test_the_received_packages_name_is_on_one_line(
    open_window: WindowFactory, qtbot: QtBot, package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    boxes = laid_out_boxes(monkeypatch, qtbot)
    monkeypatch.setattr(ReceiveDialog, "exec", lambda _d: int(ReceiveDialog.DialogCode.Accepted))
    with qtbot.waitSignal(window.coordination.received_shown, timeout=30000):
        window.coordination.receive([package])

    [box] = boxes
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label is not None
    first, last = _name_lines(label, NAME)
    assert first == last, "the name is broken across two lines"
    said = plain_words(label.text())
    assert said.splitlines()[0] == "Se guardó 1 paquete."
    assert f"«{NAME}»" in said
    assert "paquete de observaciones para la unidad 004, ejercicio 2024, trimestre 1" in said
    box.close()
