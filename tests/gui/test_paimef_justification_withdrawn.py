"""«Quitar justificación» in the PAIMEF window's «Justificar aviso…», undone with Ctrl+Z.

A PAIMEF warning justified by mistake could only be rewritten: emptied, the dialog asked for a
reason. The ETCA window's dialog takes an answer back; this one now does the same.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.gui.justify_dialog import JustifyDialog
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.paimef_window_driver import _discard_when_asked
from tests.paimef_builders import programme

pytestmark = pytest.mark.gui
AUTHOR = Author("Unidad 001", "ana")
REASON = "Se captura con el informe parcial."
# Not «Su texto se pierde»: the removal is a step Ctrl+Z undoes, the reason coming back whole.
LOSES = (
    "¿Quitar la justificación guardada? El aviso vuelve a quedar sin justificar; Editar → "
    "Deshacer (Ctrl+Z) la devuelve."
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "datos.sqlite3"


@pytest.fixture
def window(qtbot: QtBot, db: Path) -> Iterator[PaimefWindow]:
    with Store.open(db) as store:
        store.paimef.replace(programme(), AUTHOR, "prueba", [])
        store._db.execute("PRAGMA busy_timeout = 0")  # a lock refuses at once
        shown = PaimefWindow(store, AUTHOR, date(2026, 7, 15))  # indicators missing: warnings
        qtbot.addWidget(shown)
        with qtbot.waitExposed(shown):
            shown.show()
        yield shown


def _stored(db: Path) -> list[tuple[str, ...]]:
    with sqlite3.connect(db) as raw:
        return list(
            raw.execute("SELECT rule, action, field, text, author, at FROM paimef_justifications")
        )


def _justified_warning(window: PaimefWindow) -> int:
    """The first warning, justified as ``AUTHOR`` and chosen in the list; its row."""
    row = next(i for i, f in enumerate(window._findings) if not f.is_error)
    window.findings.setCurrentRow(row)
    assert window.justify_selected(REASON)
    return row


def _press_justify(
    window: PaimefWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
    answer: Callable[[JustifyDialog], None],
) -> JustifyDialog:  # fmt: skip
    """Press «Justificar aviso…»; ``answer`` does what the person does in the dialog."""
    seen: list[JustifyDialog] = []

    def answered(dialog: JustifyDialog) -> int:
        seen.append(dialog)
        answer(dialog)
        return int(dialog.result())

    monkeypatch.setattr(JustifyDialog, "exec", answered)
    qtbot.mouseClick(window._tab.justify_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    [dialog] = seen
    return dialog


def _withdraw(dialog: JustifyDialog) -> None:
    assert not dialog.withdraw_button.isHidden()
    dialog.withdraw_button.click()


def test_a_justification_is_taken_back_and_ctrl_z_brings_it_back(
    window: PaimefWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, db: Path
) -> None:
    row = _justified_warning(window)
    signed = _stored(db)
    assert [r[3] for r in signed] == [REASON]
    justified = window.undo_menu.undo_action.text()
    assert justified.startswith("&Deshacer justificación del aviso")
    named = justified.removeprefix("&Deshacer justificación ")  # «del aviso … (acción …)»
    asked = _discard_when_asked(monkeypatch, QMessageBox.StandardButton.Yes)

    dialog = _press_justify(window, qtbot, monkeypatch, _withdraw)

    assert dialog.withdraw_button.text() == "&Quitar justificación"
    assert asked == [LOSES]
    assert dialog.result() == JustifyDialog.DialogCode.Accepted
    assert _stored(db) == []
    assert window.message.text() == (
        "Se quitó la justificación: el aviso vuelve a quedar sin justificar."
    )
    # The warning stays chosen, no longer marked, and its button still answers for it.
    assert window.findings.currentRow() == row
    assert not window.findings.item(row).text().startswith("AVISO (justificado)")
    assert window._tab.justify_button.isEnabled()
    # The removal named apart from the justification written, as the message line says it.
    window.undo_menu.refresh()
    assert window.undo_menu.undo_action.text() == f"&Deshacer quitar la justificación {named}"

    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.findings, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert _stored(db) == signed  # the same text, signed by the same person at the same time
    assert window.message.text().startswith("Se deshizo: Justificación del aviso")
    assert window.findings.item(row).text().startswith("AVISO (justificado)")
    window.undo_menu.menu.aboutToShow.emit()  # as the menu opened reads it
    assert window.undo_menu.redo_action.text() == f"&Rehacer quitar la justificación {named}"
    assert window.undo_menu.undo_action.text() == justified


def test_the_reason_stays_when_the_question_is_declined(
    window: PaimefWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, db: Path
) -> None:
    _justified_warning(window)
    signed = _stored(db)
    asked = _discard_when_asked(monkeypatch, QMessageBox.StandardButton.No)

    dialog = _press_justify(window, qtbot, monkeypatch, _withdraw)

    assert asked == [LOSES]
    assert dialog.result() != JustifyDialog.DialogCode.Accepted
    assert _stored(db) == signed
    assert not window.message.text().startswith("Se quitó")


def test_a_warning_without_a_reason_offers_nothing_to_take_back(
    window: PaimefWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.findings.setCurrentRow(next(i for i, f in enumerate(window._findings) if not f.is_error))

    dialog = _press_justify(window, qtbot, monkeypatch, lambda d: d.done(0))

    assert dialog.withdraw_button.isHidden()


def test_a_removal_the_busy_database_refuses_is_said_in_the_dialog(
    window: PaimefWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, db: Path
) -> None:
    _justified_warning(window)
    signed = _stored(db)
    _discard_when_asked(monkeypatch, QMessageBox.StandardButton.Yes)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        dialog = _press_justify(window, qtbot, monkeypatch, _withdraw)
    finally:
        holder.execute("ROLLBACK")
        holder.close()

    # Said where it was asked, the dialog still open on it; nothing removed, nothing to undo.
    assert dialog.error_label.text() == (
        "No se quitó la justificación: Otro programa está usando la base de datos; intente de "
        "nuevo en un momento. No se cambió nada."
    )
    assert dialog.result() != JustifyDialog.DialogCode.Accepted
    assert _stored(db) == signed
    assert window.undo_menu.undo_action.text().startswith("&Deshacer justificación del aviso")
    assert window.editing.history.to_redo() is None


@pytest.mark.parametrize("answer", ["guardar", "quitar"])
def test_the_cursor_goes_back_to_the_list_of_warnings(
    window: PaimefWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    # The list rebuilt, the button went off for a moment and the cursor fell into «Clave»:
    # the next keys typed to move on in the list changed the acción's clave.
    _justified_warning(window)
    _discard_when_asked(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitActive(window):
        window.activateWindow()

    def save(dialog: JustifyDialog) -> None:
        dialog.text.setPlainText("Otro motivo.")
        dialog.accept()

    _press_justify(window, qtbot, monkeypatch, save if answer == "guardar" else _withdraw)

    assert QApplication.focusWidget() is window.findings
