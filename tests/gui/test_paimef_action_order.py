"""A new acción takes its place in the list by clave («A.3» after «A.2»), still selected."""

from __future__ import annotations

import pytest

from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture

pytestmark = pytest.mark.gui


def _keys(window: PaimefWindow) -> list[str]:
    return [window.model.index(row, 0).data() for row in range(window.model.rowCount())]


def test_a_new_accion_goes_in_its_place_by_clave(window: PaimefWindow, store: Store) -> None:
    assert _keys(window) == ["A.1", "A.2", "B.1", "C.1"]
    window.new_action()
    window.form.key.setText("A.3")
    window.form.name.setText("Foro estatal")
    window.form.justification.setPlainText("Coordinar a las instancias")
    window.form.programmed.setText("1,000.00")
    window.form.save_button.click()

    assert _keys(window) == ["A.1", "A.2", "A.3", "B.1", "C.1"]
    # The row just saved stays chosen, with its form.
    assert window.table.currentIndex().row() == 2
    assert [i.row() for i in window.table.selectionModel().selectedRows()] == [2]
    assert window.form.key.text() == "A.3"
    stored = store.paimef.load(2026)
    assert stored is not None
    assert [a.key for a in stored.actions] == ["A.1", "A.2", "A.3", "B.1", "C.1"]


def test_claves_are_ordered_by_their_numbers(window: PaimefWindow) -> None:
    # «A.10» after «A.2», as people count, not «A.1», «A.10», «A.2».
    for key in ("A.10", "A.9"):
        window.new_action()
        window.form.key.setText(key)
        window.form.name.setText(f"Acción {key}")
        window.form.justification.setPlainText("Justificada")
        window.form.programmed.setText("1.00")
        window.form.save_button.click()
    assert _keys(window) == ["A.1", "A.2", "A.9", "A.10", "B.1", "C.1"]


def test_a_clave_changed_moves_its_accion(window: PaimefWindow) -> None:
    window.table.selectRow(0)  # A.1
    window.form.key.setText("B.2")
    window.form.vertiente.setCurrentIndex(1)
    window.form.save_button.click()
    assert _keys(window) == ["A.2", "B.1", "B.2", "C.1"]
    assert window.table.currentIndex().row() == 2
    assert window.form.key.text() == "B.2"
