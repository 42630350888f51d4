"""«Agregar meta» then «Quitar meta» takes away the row just added, not the meta chosen before.

The new row was not made current: «Quitar meta» removed the meta clicked earlier (a real one,
with its figures), or, with none clicked, did nothing and said nothing.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QPushButton, QTableWidgetItem

from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.paimef_window_driver import _discard_when_asked
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture

pytestmark = pytest.mark.gui


def _button(window: PaimefWindow, text: str) -> QPushButton:
    return next(b for b in window.form.findChildren(QPushButton) if b.text() == text)


def _descriptions(window: PaimefWindow) -> list[str]:
    goals = window.form.goals
    return [goals.item(row, 0).text() for row in range(goals.rowCount())]  # type: ignore[union-attr]


@pytest.mark.parametrize("chosen", [0, None], ids=["meta-elegida", "ninguna-elegida"])
def test_the_row_added_is_the_one_removed(
    window: PaimefWindow, monkeypatch: pytest.MonkeyPatch, chosen: int | None
) -> None:
    _discard_when_asked(monkeypatch)
    window.table.selectRow(3)  # C.1, with two metas
    assert _descriptions(window) == ["Mujeres atendidas", "Sesiones"]
    if chosen is not None:
        window.form.goals.setCurrentCell(chosen, 0)

    _button(window, "Agregar me&ta").click()
    assert window.form.goals.currentRow() == 2  # ready to type its description
    _button(window, "&Quitar meta").click()

    assert _descriptions(window) == ["Mujeres atendidas", "Sesiones"]


@pytest.mark.parametrize("unit", ["PERSONA", ""], ids=["como-vino", "vaciado"])
def test_a_row_added_and_left_untouched_stops_nothing(
    window: PaimefWindow, store: Store, monkeypatch: pytest.MonkeyPatch, unit: str
) -> None:
    # Its unit comes filled in («PERSONA»): the row counted as typed, «La meta 3 necesita su
    # descripción.» showed in red at once, and the acción could not be saved until removed.
    _discard_when_asked(monkeypatch)
    window.table.selectRow(3)  # C.1, with two metas
    window.form.exercised.setText("1000")
    _button(window, "Agregar me&ta").click()
    window.form.goals.setItem(2, 1, QTableWidgetItem(unit))
    assert window.form.problem.text() == ""

    window.form.save_button.click()

    stored = store.paimef.load(2026)
    assert stored is not None
    c1 = stored.action("C.1")
    assert c1 is not None
    assert (c1.exercised, len(c1.goals)) == (Decimal("1000"), 2)
