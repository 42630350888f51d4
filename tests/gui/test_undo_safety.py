"""Undo in the window never rolls back what a package brought, and a failed write is told."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.receive_dialog import ReceiveDialog
from ism_desktop.store.store import Store
from tests.exchange.package_builders import base_with_new_target
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, type_into

pytestmark = pytest.mark.gui
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"  # unit 004: modified T2 900, achieved T1 761


def _stored(db_path: Path) -> tuple[Decimal | None, Decimal]:
    """ESTUDIOS' achieved T1 and modified T2 as the database holds them."""
    with Store.open(db_path) as store:
        report = store.reports.load()
        assert report is not None
        (meta,) = [m for m in report.metas if m.description == STUDIES]
        return meta.num.achieved[0], meta.num.modified[1]


def _receive(window: MainWindow, qtbot: QtBot, paths: list[Path]) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ReceiveDialog, "exec", lambda _self: int(ReceiveDialog.DialogCode.Accepted))
        patch.setattr(QMessageBox, "information", lambda *_args: None)
        with qtbot.waitSignal(window.coordination.packages_received, timeout=30000):
            window.coordination.receive(paths)


def test_undo_after_a_received_package_does_not_roll_it_back(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path, seed_text: str, tmp_path: Path
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "900")
    assert _stored(db_path) == (Decimal(900), Decimal(900))

    _receive(window, qtbot, [base_with_new_target(seed_text, tmp_path, STUDIES, 700)])
    assert _stored(db_path) == (Decimal(900), Decimal(700))

    assert not window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert _stored(db_path) == (Decimal(900), Decimal(700))


def test_a_failed_write_leaves_no_step_and_tells_the_user(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    with sqlite3.connect(db_path) as other:  # the disk refuses every write of a figure
        other.execute(
            "CREATE TRIGGER refuse BEFORE UPDATE ON figure_rows "
            "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
        )
    told: list[str] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: told.append(text))
        type_into(qtbot, achieved_cell(window), "900")

    assert _stored(db_path) == (Decimal(761), Decimal(900))
    assert len(told) == 1
    assert "No se guardó" in told[0]
    # What was typed stays to be saved again (it vanished before); the database holds 761.
    assert Decimal(achieved_cell(window).text().replace(",", "")) == Decimal(900)
    assert not window.undo_action.isEnabled()
