"""A closed quarter offers nothing that it would refuse after the person typed it.

The target-change dialog opened on the closed quarter and the findings panel offered to
justify its warnings: the reason typed was refused, and lost, only on «Aceptar».
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.modified_target_dialog import ModifiedTargetDialog
from ism_desktop.workspace.quarter_closing import close_quarter
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"


def _closed(window: MainWindow, *quarters: Quarter) -> None:
    session = window.session
    for quarter in quarters:
        close_quarter(session.store, 2024, UnitCode("004"), quarter, session.author)
    session.reload()


def _opened_dialog(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> ModifiedTargetDialog:
    shown: list[ModifiedTargetDialog] = []

    def keep(dialog: ModifiedTargetDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ModifiedTargetDialog, "exec", keep)
    window.form.modify_button.click()
    (dialog,) = shown
    return dialog


def test_the_target_dialog_opens_on_an_open_quarter_and_offers_no_closed_one(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    _closed(window, Quarter.FIRST)
    select(window, STUDIES)
    assert window.form.modify_button.isEnabled()  # T2 to T4 can still change

    dialog = _opened_dialog(window, monkeypatch)

    model = dialog.quarter_box.model()
    assert isinstance(model, QStandardItemModel)
    offered = [
        (model.item(row).text(), model.item(row).isEnabled()) for row in range(model.rowCount())
    ]
    assert offered == [
        ("Primer trimestre (cerrado)", False),
        ("Segundo trimestre", True),
        ("Tercer trimestre", True),
        ("Cuarto trimestre", True),
    ]
    assert dialog.quarter() is Quarter.SECOND


def test_with_every_quarter_closed_the_target_cannot_be_asked(open_window: WindowFactory) -> None:
    window = open_window(unit_profile("004"))
    _closed(window, *Quarter)
    select(window, STUDIES)

    button = window.form.modify_button
    assert not button.isEnabled()
    assert "cerrado" in button.toolTip()


def test_a_warning_of_a_closed_quarter_is_not_offered_for_justifying(
    open_window: WindowFactory,
) -> None:
    window = open_window(unit_profile("004"))
    _closed(window, Quarter.FIRST)
    panel = window.findings
    panel.list.setCurrentIndex(panel.shown.mapFromSource(panel.model.index(0)))
    assert panel.current_row() is not None

    assert not panel.justify_button.isEnabled()
    assert panel.justify_button.toolTip() == (
        "El trimestre 1 está cerrado: para justificar un aviso, reábralo con un motivo "
        "(Año → Cerrar o reabrir un trimestre…)."
    )


def test_right_after_the_export_its_warnings_are_not_offered_for_justifying(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The export closes the quarter; the panel learnt it only at the next reload.
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)
    window = open_window(unit_profile("004"))
    with qtbot.waitSignal(window.reports.package_exported, timeout=30000):
        window.reports.export_package(tmp_path)

    panel = window.findings
    panel.list.setCurrentIndex(panel.shown.mapFromSource(panel.model.index(0)))

    assert panel.current_row() is not None
    assert not panel.justify_button.isEnabled()


def test_the_menu_says_why_the_target_cannot_be_asked(open_window: WindowFactory) -> None:
    # «Meta → Solicitar cambio de meta modificada…» clicked the disabled button: not a word.
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    assert window.form.modify_button.toolTip() == (  # an open quarter keeps the button's tip
        "La unidad coordinadora recibe el cambio como solicitud y decide si lo aplica."
    )
    _closed(window, *Quarter)
    select(window, STUDIES)
    menus = [entry.menu() for entry in window.menuBar().actions()]
    (action,) = [
        a
        for menu in menus
        if isinstance(menu, QMenu)
        for a in menu.actions()
        if a.text() == "Solicitar cambio de meta mo&dificada…"
    ]

    action.trigger()

    assert window.statusBar().currentMessage() == window.form.modify_button.toolTip()
    assert "cerrados" in window.statusBar().currentMessage()
