"""The PAIMEF acción form: its problems say what is missing, and do not move its buttons.

Its amounts read as the window writes money elsewhere, whether typed or stored.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QTableWidgetItem
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.gui.paimef.action_form import ActionForm
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.paimef_window_driver import _discard_when_asked
from tests.paimef_builders import programme

pytestmark = pytest.mark.gui
AUTHOR = Author("Enlace PAIMEF", "prueba")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[PaimefWindow]:
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(programme(), AUTHOR, "prueba", [])
        shown = PaimefWindow(store, AUTHOR, date(2026, 3, 18))
        qtbot.addWidget(shown)
        shown.resize(1366, 700)
        with qtbot.waitExposed(shown):
            shown.show()
        yield shown


def _save_button_top(window: PaimefWindow) -> int:
    QApplication.processEvents()  # the layout settles on the next turn of the event loop
    return window.form.save_button.mapTo(window, QPoint(0, 0)).y()


@pytest.mark.parametrize(
    "typed",
    ["1,5e3", "un monto que no es un monto y que ocupa más de una línea " * 2],
)
def test_the_buttons_stay_put_when_a_problem_shows_and_goes(
    window: PaimefWindow, typed: str
) -> None:
    window.table.selectRow(0)
    before = _save_button_top(window)

    window.form.programmed.setText(typed)
    assert "no es un monto" in window.form.problem.text()
    with_problem = _save_button_top(window)
    window.form.programmed.setText("100")
    assert window.form.problem.text() == ""

    assert (with_problem, _save_button_top(window)) == (before, before)


@pytest.mark.parametrize(
    ("row", "said"),
    [
        (("", "PERSONA", "10", ""), "La meta 1 necesita su descripción."),
        (("Talleres", "", "10", ""), "La meta 1 necesita su unidad de medida."),
        (("", "", "10", ""), "La meta 1 necesita su descripción y su unidad de medida."),
        (("Talleres", "TALLER", "", ""), "Meta 1: escriba la cantidad programada."),
        # Which of its two figures: «Meta 1: «-3» no es una cantidad» did not say.
        (("Talleres", "TALLER", "diez", ""), "Meta 1, cantidad: «diez» no es una cantidad:"),
        (("Talleres", "TALLER", "10", "-3"), "Meta 1, alcanzado: «-3» no es una cantidad:"),
    ],
)
def test_a_goal_row_says_what_it_lacks(
    window: PaimefWindow, row: tuple[str, str, str, str], said: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _discard_when_asked(monkeypatch)  # the acción typed is thrown away when the window closes
    form = window.form
    form.load(None)
    form.key.setText("A.9")
    form.name.setText("Acción nueva")
    form.programmed.setText("1000")
    form.add_goal_row()
    for column, text in enumerate(row):
        form.goals.setItem(0, column, QTableWidgetItem(text))

    assert form.problem.text().startswith(said)


def _new_accion_named(window: PaimefWindow, monkeypatch: pytest.MonkeyPatch) -> ActionForm:
    """A blank form for a new acción, with its key and name typed."""
    _discard_when_asked(monkeypatch)  # the acción typed is thrown away when the window closes
    window.new_action()
    form = window.form
    form.key.setText("A.9")
    form.name.setText("Acción nueva")
    return form


def test_a_new_accion_takes_its_amounts_as_typed(
    window: PaimefWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A blank form used to hold «0.00», so typing 250000 there gave «0.00250000».
    form = _new_accion_named(window, monkeypatch)
    for field, typed in ((form.programmed, "250000"), (form.exercised, "1500.50")):
        field.setFocus()
        qtbot.keyClicks(field, typed)

    action = form.to_action()

    assert (str(action.programmed), str(action.exercised)) == ("250000.00", "1500.50")


def test_a_new_accion_needs_its_programmed_amount_but_not_what_was_spent(
    window: PaimefWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = _new_accion_named(window, monkeypatch)
    assert form.problem.text() == "Monto programado: falta el monto."

    form.programmed.setText("1000")

    assert (form.problem.text(), str(form.to_action().exercised)) == ("", "0.00")


def test_a_goal_quantity_with_a_thousands_separator_is_saved(
    window: PaimefWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # «1,000» typed as a meta's quantity was refused: «no es una cantidad».
    _discard_when_asked(monkeypatch)
    window.table.selectRow(0)  # A.1, its meta of 40 PERSONA
    form = window.form
    form.goals.setItem(0, 2, QTableWidgetItem("1,000"))
    form.goals.setItem(0, 3, QTableWidgetItem("12,500"))
    assert form.problem.text() == ""

    window.save_action()

    stored = window.store.paimef.load(2026)
    assert stored is not None
    goal = stored.actions[0].goals[0]
    assert (goal.quantity, goal.achieved) == (1000, 12500)


def test_a_goal_quantity_with_a_decimal_comma_is_refused(
    window: PaimefWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _discard_when_asked(monkeypatch)
    window.table.selectRow(0)

    window.form.goals.setItem(0, 2, QTableWidgetItem("1,5"))

    assert window.form.problem.text().startswith(
        "Meta 1, cantidad: «1,5» no es una cantidad: escriba un número entero desde 0."
    )


def test_the_long_vertiente_and_linea_names_read_whole(window: PaimefWindow) -> None:
    # «…atención de las violenc» was all the box said: its end was cut off unmarked.
    form = window.form
    form.vertiente.setCurrentIndex(0)
    QApplication.processEvents()
    for combo in (form.vertiente, form.line):
        full = combo.currentText()
        assert combo.toolTip() == full
        shown = combo.shown_text()
        # Elided in the middle: the start and the very end are seen, with «…» for the rest.
        assert "…" in shown
        assert shown.startswith(full[:6])
        assert shown.endswith(full[-6:])
        widest = max(
            combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())
        )
        assert combo.view().minimumWidth() >= widest
        for i in range(combo.count()):
            assert combo.itemData(i, Qt.ItemDataRole.ToolTipRole) == combo.itemText(i)
    form.vertiente.setCurrentIndex(1)
    assert form.vertiente.toolTip() == form.vertiente.currentText()
    assert form.line.toolTip() == form.line.currentText()
    assert window.minimumSizeHint().width() <= 1366


def test_a_stored_acción_shows_its_amounts_grouped(window: PaimefWindow) -> None:
    # B.1 is stored with 25000.00 programmed and 24999.99 exercised.
    window.table.selectRow(2)

    assert (window.form.programmed.text(), window.form.exercised.text()) == (
        "25,000.00",
        "24,999.99",
    )


@pytest.mark.parametrize(
    ("typed", "shown"),
    [("125000", "125,000.00"), ("125,000", "125,000.00"), ("$7.5", "7.50")],
)
def test_a_saved_amount_is_shown_as_stored_not_as_typed(
    window: PaimefWindow, typed: str, shown: str
) -> None:
    window.table.selectRow(0)
    window.form.exercised.setText(typed)

    window.form.save_button.click()

    stored = window.store.paimef.load(2026)
    assert stored is not None
    assert stored.actions[0].exercised == Decimal(shown.replace(",", ""))
    assert window.form.exercised.text() == shown
    assert window.form.programmed.text() == "30,000.00"
    # Rewriting the fields is not typing: nothing is left to save or to ask about.
    assert not window.form.edited()
