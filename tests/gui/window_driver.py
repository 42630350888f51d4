"""Driving the real window the way a person does: select, type, press Enter."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.package_records import TargetChangeRequest
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.status_board import status_board
from ism_desktop.gui.findings_model import FindingRow
from ism_desktop.gui.justify_dialog import JustifyDialog
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.status_board_dialog import StatusBoardDialog
from ism_desktop.store.store import Store


def select(window: MainWindow, description_start: str) -> Meta:
    """Select the meta whose description starts with the text, as a click in the tree would."""
    (meta,) = [m for m in window.session.metas() if m.description.startswith(description_start)]
    window.select_meta(meta.stable_id)
    assert window.form.meta is not None
    assert window.form.meta.stable_id == meta.stable_id
    return meta


def achieved_cell(window: MainWindow, kind: RowKind = RowKind.NUM) -> QLineEdit:
    """The achieved cell of the reported quarter."""
    return window.form.grid.cell(kind, Series.ACHIEVED, Quarter.FIRST)


def type_into(qtbot: QtBot, cell: QLineEdit, text: str, press_enter: bool = True) -> None:
    """Replace a cell's text by typing, then Enter (which commits)."""
    cell.setFocus()
    cell.selectAll()
    if text:
        qtbot.keyClicks(cell, text)
    else:
        qtbot.keyClick(cell, Qt.Key.Key_Delete)
    if press_enter:
        qtbot.keyClick(cell, Qt.Key.Key_Return)


def stored_achieved(db_path: Path, description: str) -> Decimal | None:
    """The meta's achieved T1 NUM as the database holds it (read through a fresh connection)."""
    with Store.open(db_path) as store:
        report = store.reports.load()
        assert report is not None
        (meta,) = [m for m in report.metas if m.description == description]
        return meta.num.achieved[0]


def open_board(window: MainWindow, qtbot: QtBot) -> StatusBoardDialog:
    """The coordinating unit's board of the first quarter, shown."""
    board = status_board(window.session.store, Quarter.FIRST, 2024)
    assert board is not None
    dialog = StatusBoardDialog(board, window)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def pending_request(store: Store, meta_id: str, document: str = "") -> TargetChangeRequest:
    """Unit 004 asks for T2's modified NUM of a meta, 900 → 950; the request as stored."""
    request = TargetChangeRequest(
        2024, "30", UnitCode("004"), meta_id, "modificado.t2.num", "Modificado T2 (NUM)",
        "900", "950", "Más solicitudes", document, "2024-04-02", 1,
    )  # fmt: skip
    store.target_requests.replace_for_unit(2024, "30", UnitCode("004"), [request])
    [pending] = store.target_requests.pending(2024)
    return pending


def answer_questions(monkeypatch: pytest.MonkeyPatch, answer: str) -> list[str]:
    """Answer every Yes/No question with ``answer`` («Sí» or «No»); the questions, as asked."""
    questions: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        questions.append(text)
        yes = answer == "Sí"
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return questions


def justify_heading(window: MainWindow, row: FindingRow, monkeypatch: pytest.MonkeyPatch) -> str:
    """What the justify dialog of ``row`` says above its text box; cancelled, nothing saved."""
    headings: list[str] = []

    def look(dialog: JustifyDialog) -> int:
        headings.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        return int(JustifyDialog.DialogCode.Rejected)

    monkeypatch.setattr(JustifyDialog, "exec", look)
    window._justify(row)
    (heading,) = headings
    return heading


def late_units_line(window: MainWindow) -> str:
    """The status bar's delivery line three days after the second quarter's date, 15/07/2024."""
    window.session.store.years.set_delivery_dates(2024, {Quarter.SECOND: "2024-07-15"})
    actions = window.year_actions
    actions.today = lambda: date(2024, 7, 18)
    actions.refresh()
    return actions.deadline.text()
