"""Closing and reopening a unit's quarter from the year window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.closing_dialog import ClosingDialog
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import select
from tests.gui.year_window_setup import COORDINATOR, STUDIES
from tests.gui.year_window_setup import _quiet_boxes as _quiet_boxes  # the fixture

pytestmark = pytest.mark.gui


def test_a_closed_quarter_is_read_only_and_reopens_with_a_reason(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    meta = select(window, STUDIES)
    [cell] = window.form.grid.editable_cells(meta, Quarter.FIRST)
    assert not cell.isReadOnly()

    window.year_actions.apply_closing(UnitCode("004"), 1, reopen=False, reason="")
    # The meta being worked on stays shown: the list had jumped back to the first one.
    assert window.form.meta is not None
    assert window.form.meta.description == STUDIES
    select(window, STUDIES)

    assert cell.isReadOnly()
    assert window.form.narrative.isReadOnly()
    assert "Trimestre cerrado" in window.form.subtitle.text()
    assert window.form.modify_button.isEnabled()  # the modified target is another matter

    # The dialog will not reopen without a reason: «Aceptar» says it is missing, in the dialog.
    dialog = ClosingDialog(
        [(UnitCode("004"), "004")], Quarter.FIRST, lambda _unit, _quarter: (False, "Abierto.")
    )
    qtbot.addWidget(dialog)
    dialog.reopen_choice.setChecked(True)
    assert not dialog.ok.isDefault()
    dialog.ok.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text().startswith("Falta el motivo")
    dialog.reason.setText("Corrección de la cifra")
    assert dialog.ok.isEnabled()
    assert dialog.ok.isDefault()

    window.year_actions.apply_closing(UnitCode("004"), 1, reopen=True, reason="Corrección")
    select(window, STUDIES)
    assert not cell.isReadOnly()
    [event] = [e for e in window.session.store.closures.log(2024) if e.action == "reabrir"]
    assert (event.reason, event.author.profile) == ("Corrección", "Unidad 004")


def test_typing_into_a_quarter_that_closed_meanwhile_is_refused_and_said(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    meta = select(window, STUDIES)
    [cell] = window.form.grid.editable_cells(meta, Quarter.FIRST)
    # The package goes out (closing the quarter) while the cell is still open for typing.
    from ism_desktop.workspace.quarter_closing import close_quarter

    close_quarter(window.session.store, 2024, UnitCode("004"), Quarter.FIRST, window.session.author)
    told: list[str] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: told.append(text))
        cell.selectAll()
        qtbot.keyClicks(cell, "999")  # typed: a figure only set by code is no one's typing
        cell.editingFinished.emit()

    assert len(told) == 1
    assert "está cerrado" in told[0]

    assert window.session.meta(meta.stable_id).num.achieved[0] == meta.num.achieved[0]
    assert "está cerrado" in window.statusBar().currentMessage()
    assert cell.isReadOnly()
    assert not window.undo_action.isEnabled()


def test_the_closing_dialog_opens_on_the_selected_metas_unit(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It always opened on unit 001: closing 004's quarter from one of its metas took a search.
    window = open_window(COORDINATOR)
    select(window, STUDIES)  # a meta of unit 004
    offered: list[UnitCode] = []

    def look(dialog: ClosingDialog) -> int:
        offered.append(dialog.chosen_unit())
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(ClosingDialog, "exec", look)

    window.year_actions.closing()

    assert offered == [UnitCode("004")]


def test_the_closing_dialog_names_the_units_shows_the_state_and_offers_the_other_action(
    qtbot: QtBot,
) -> None:
    # It listed bare codes and always offered «Cerrar», even for a quarter already closed.
    states = {
        (UnitCode("004"), Quarter.FIRST): (True, "Cerrado el 11/04/2024 a las 10:44."),
        (UnitCode("005"), Quarter.FIRST): (False, "Abierto."),
    }
    dialog = ClosingDialog(
        [(UnitCode("004"), "004 ATENCIÓN CIUDADANA"), (UnitCode("005"), "005 COMUNICACIÓN")],
        Quarter.FIRST,
        lambda unit, quarter: states.get((unit, quarter), (False, "Abierto.")),
    )
    qtbot.addWidget(dialog)

    assert [dialog.unit.itemText(i) for i in range(dialog.unit.count())] == [
        "004 ATENCIÓN CIUDADANA",
        "005 COMUNICACIÓN",
    ]
    assert dialog.chosen_unit() == UnitCode("004")
    assert dialog.state.text() == "Cerrado el 11/04/2024 a las 10:44."
    assert dialog.reopen_choice.isChecked()
    assert not dialog.ok.isDefault()  # reopening asks for the reason: Enter does not reopen

    dialog.unit.setCurrentIndex(1)
    assert (dialog.chosen_unit(), dialog.state.text()) == (UnitCode("005"), "Abierto.")
    assert dialog.close_choice.isChecked()
    assert dialog.ok.isEnabled()

    dialog.quarter.setValue(2)
    assert dialog.state.text() == "Abierto."


def test_the_coordinator_is_told_a_quarter_closes_when_its_package_comes(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ism_desktop.domain.package_records import PcIdentity
    from ism_desktop.domain.profile import Role

    window = open_window(COORDINATOR)
    store = window.session.store
    store.identity.set(PcIdentity(Role.COORDINATOR, "30", UnitCode("002")))
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *_a: told.append((title, text))
    )

    # The second quarter: the first came in the official report imported, delivered.
    window.year_actions.apply_closing(UnitCode("004"), 2, reopen=False, reason="")

    [(title, text)] = told
    assert title == "Cerrar o reabrir un trimestre"
    assert text.startswith("La unidad 004 no ha entregado el trimestre 2 de 2024")
    assert "Archivo → Recibir paquetes…" in text
    assert not store.closures.is_closed(2024, "30", UnitCode("004"), Quarter.SECOND)


def test_the_coordinator_is_not_offered_to_close_a_quarter_whose_package_never_came(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # «Abierto.» with «Cerrar» chosen; the refusal came only after «Aceptar».
    from ism_desktop.domain.package_records import PcIdentity
    from ism_desktop.domain.profile import Role

    window = open_window(COORDINATOR)
    window.session.store.identity.set(PcIdentity(Role.COORDINATOR, "30", UnitCode("002")))
    select(window, STUDIES)  # a meta of unit 004
    seen: list[tuple[str, bool, str, bool, bool, bool]] = []

    def look(dialog: ClosingDialog) -> int:
        for quarter in (2, 1):  # the second never came; the official report brought the first
            dialog.quarter.setValue(quarter)
            close = dialog.close_choice
            seen.append(
                (
                    dialog.state.text(),
                    close.isEnabled(),
                    close.toolTip(),
                    close.isChecked(),
                    dialog.ok.isEnabled(),
                    dialog.reopen_choice.isEnabled(),
                )
            )
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(ClosingDialog, "exec", look)

    window.year_actions.closing()

    [(state, enabled, tip, chosen, ok, reopen), first] = seen
    assert state == "Abierto; su paquete no ha llegado: se cierra al recibirlo."
    # Nothing to do on an open quarter that may not be closed: neither offered, «Aceptar» off
    # («Reabrir» on an open quarter only said «no estaba cerrado», the motivo typed lost).
    assert (enabled, chosen, ok, reopen) == (False, True, False, False)
    assert tip.startswith("La unidad 004 no ha entregado el trimestre 2 de 2024")
    # The window's menu alone: «import-package» is a command office staff cannot type.
    assert "(Archivo → Recibir paquetes…). Cerrado antes" in tip
    assert "import-package" not in tip
    # The first waits for the coordinator to close it: no package of it will come.
    assert first == (
        "Abierto, con sus cifras del informe oficial importado: ningún paquete lo cerrará; "
        "ciérrelo cuando no haya nada que corregir.",
        True,
        "",
        True,
        True,
        False,  # open: nothing to reopen
    )
