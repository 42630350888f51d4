"""A figure cell left without typing saves nothing, however the cell shows the figure.

The form read every achieved cell back from its text: a figure of more decimals than shown
(66.666666 shows «66.66») was saved as the text when the person only clicked in and left, or
typed the DEN beside it: an audited change nobody made, and a change since the package.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.domain.editing import with_achieved
from ism_desktop.domain.figures import RowKind
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, stored_achieved, type_into

pytestmark = pytest.mark.gui
QUALITY = "ÍNDICE DE CALIDAD EN LOS INFORMES TRIMESTRALES"  # unit 003, tipo P
PRECISE = Decimal("66.666666")


@pytest.fixture
def precise(db_path: Path) -> Path:
    """The quality meta's achieved NUM T1 stored with six decimals (as a package may bring)."""
    with Store.open(db_path) as store:
        report = store.reports.load()
        assert report is not None
        (meta,) = [m for m in report.metas if m.description == QUALITY]
        den = None if meta.den is None else meta.den.achieved[0]
        after = with_achieved(meta, Quarter.FIRST, PRECISE, den)
        store.edits.save(2024, meta, after, Author("Paquete unidad 003 #1", "luz"))
    assert stored_achieved(db_path, QUALITY) == PRECISE
    return db_path


def test_clicking_in_and_leaving_saves_nothing(
    precise: Path, open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("003"))
    select(window, QUALITY)
    cell = achieved_cell(window)
    assert cell.text() == "66.66"

    cell.setFocus()
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.keyClick(cell, Qt.Key.Key_Tab)

    assert stored_achieved(precise, QUALITY) == PRECISE


def test_typing_the_den_leaves_the_num_as_stored(
    precise: Path, open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("003"))
    select(window, QUALITY)

    type_into(qtbot, achieved_cell(window, RowKind.DEN), "90")

    assert stored_achieved(precise, QUALITY) == PRECISE


def test_a_figure_typed_is_still_saved_as_typed(
    precise: Path, open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("003"))
    select(window, QUALITY)

    type_into(qtbot, achieved_cell(window), "70.5")

    assert stored_achieved(precise, QUALITY) == Decimal("70.5")
