"""The review of a programme base says what each new meta brings, whole at 1366×768."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.exchange.export.base import export_base
from ism_desktop.exchange.intake.packages import receive_packages
from ism_desktop.gui.receive_dialog import PREFERRED_SIZE, ReceiveDialog
from ism_desktop.gui.screen_fit import bounded
from ism_desktop.store.store import Store

pytestmark = pytest.mark.gui
NEW = "Meta nueva del programa base"


def _new_meta_lines(
    qtbot: QtBot, tmp_path: Path, db_path: Path
) -> tuple[ReceiveDialog, list[QTreeWidgetItem]]:
    """The review of unit 004's base at an empty unit, and its lines of new metas.

    The dialog is returned too: its items die with it.
    """
    with Store.open(db_path) as coordinator:
        base = export_base(coordinator, UnitCode("004"), tmp_path / "base").path
    with Store.open(tmp_path / "unidad.sqlite3") as unit:
        [outcome] = receive_packages(unit, [base], dry_run=True)
    dialog = ReceiveDialog([outcome])
    qtbot.addWidget(dialog)
    item = dialog.tree.topLevelItem(0)
    assert item is not None
    metas = [item.child(m) for m in range(item.childCount())]
    leaves = [meta.child(n) for meta in metas if meta is not None for n in range(meta.childCount())]
    return dialog, [leaf for leaf in leaves if leaf is not None and leaf.text(0) == NEW]


def test_a_new_meta_in_a_base_reads_as_new_not_as_empty_values(
    qtbot: QtBot, tmp_path: Path, db_path: Path
) -> None:
    # «Meta nueva del programa base | (vacío) | (vacío)» read as if nothing would come in;
    # then, with no values, the targets arriving were never shown.
    _dialog, new = _new_meta_lines(qtbot, tmp_path, db_path)

    assert new
    assert all(leaf.text(1) == "" for leaf in new)
    # What it brings, under «Después»: the sample's 900, 900, 800 and 800 of ESTUDIOS.
    brought = "Meta anual 3400: T1 900, T2 900, T3 800, T4 800"
    assert brought in [leaf.text(2) for leaf in new]
    assert brought in [leaf.toolTip(2) for leaf in new]  # whole under the pointer


def test_the_targets_a_new_meta_brings_read_whole_at_1366x768(
    qtbot: QtBot, tmp_path: Path, db_path: Path
) -> None:
    # At 900 px «Después» had some 270: «Meta anual 1900: T1 500, T2 500, T3 400, …».
    dialog, new = _new_meta_lines(qtbot, tmp_path, db_path)
    dialog.resize(bounded(PREFERRED_SIZE, QRect(0, 0, 1366, 728)))  # a taskbar of 40 px
    with qtbot.waitExposed(dialog):
        dialog.show()

    # The sample's, and one as long as a year's percentage meta with four-figure targets.
    brought = [leaf.text(2) for leaf in new]
    longest = "Meta anual NUM/DEN 1900/2400: T1 500/600, T2 500/600, T3 400/600, T4 500/600"
    metrics = QFontMetrics(dialog.tree.font())
    room = dialog.tree.columnWidth(2) - 12  # the cell's margins
    assert brought
    assert [text for text in [*brought, longest] if metrics.horizontalAdvance(text) > room] == []
