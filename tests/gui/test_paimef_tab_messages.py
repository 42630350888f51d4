"""Each tab of the PAIMEF window says its own messages: one tab's never shows under another."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.conftest import shown_paimef
from tests.paimef_builders import programme

pytestmark = pytest.mark.gui
AUTHOR = Author("Unidad 001", "ana")


def _window(qtbot: QtBot, store: Store) -> PaimefWindow:
    store.paimef.replace(programme(), AUTHOR, "prueba", [])
    return shown_paimef(qtbot, store, AUTHOR, date(2026, 3, 20))


def test_a_capture_message_stays_with_the_indicators_tab(qtbot: QtBot, tmp_path: Path) -> None:
    # «Indicador 2, …: 30.00%» stayed under the Programa Anual, where no indicator is shown.
    with Store.open(tmp_path / "datos.sqlite3") as store:
        window = _window(qtbot, store)
        window.tabs.setCurrentWidget(window.indicators_tab)
        window.indicators_tab.capture_edited.emit(2, "2026-T1", "130; 100")
        assert window.message.text() == "Indicador 2, primer trimestre de 2026: 30.00%"

        window.tabs.setCurrentIndex(0)
        assert window.message.text() == ""
        window.tabs.setCurrentWidget(window.deadlines_tab)
        assert window.message.text() == ""

        window.tabs.setCurrentWidget(window.indicators_tab)  # its own message, back with it
        assert window.message.text() == "Indicador 2, primer trimestre de 2026: 30.00%"


def test_each_tab_keeps_its_own_last_message(qtbot: QtBot, tmp_path: Path) -> None:
    with Store.open(tmp_path / "datos.sqlite3") as store:
        window = _window(qtbot, store)
        window.justify_selected("")  # nothing chosen in the list of findings
        assert window.message.text() == "Elija un aviso de la lista."
        window.tabs.setCurrentWidget(window.indicators_tab)
        window.indicators_tab.capture_edited.emit(2, "2026-T1", "")

        window.tabs.setCurrentIndex(0)

        assert window.message.text() == "Elija un aviso de la lista."


def test_another_year_clears_what_every_tab_said(qtbot: QtBot, tmp_path: Path) -> None:
    # The year left's capture is not the one shown now.
    with Store.open(tmp_path / "datos.sqlite3") as store:
        window = _window(qtbot, store)
        window.tabs.setCurrentWidget(window.indicators_tab)
        window.indicators_tab.capture_edited.emit(2, "2026-T1", "130; 100")
        window.tabs.setCurrentIndex(0)

        window.year.setValue(2027)
        window.tabs.setCurrentWidget(window.indicators_tab)
        assert window.message.text().startswith("El ejercicio 2027 no tiene Programa Anual")

        window.year.setValue(2026)  # stored: nothing to say of it, under any tab
        window.tabs.setCurrentIndex(0)
        assert window.message.text() == ""


def test_a_damaged_days_file_is_said_under_every_tab(qtbot: QtBot, tmp_path: Path) -> None:
    # It stops the deadlines of «Fechas y plazos» and the findings alike: no tab hides it.
    (tmp_path / "dias_inhabiles.json").write_text("{no es JSON", encoding="utf-8")
    with Store.open(tmp_path / "datos.sqlite3") as store:
        window = _window(qtbot, store)
        said = window.message.text()
        assert said.startswith("No se pueden calcular los plazos:")

        window.tabs.setCurrentWidget(window.deadlines_tab)

        assert window.message.text() == said


def test_another_year_is_said_under_every_tab(qtbot: QtBot, tmp_path: Path) -> None:
    # Chosen from «Indicadores», the empty year was said there alone; the Programa Anual,
    # empty now, said nothing of it.
    with Store.open(tmp_path / "datos.sqlite3") as store:
        window = _window(qtbot, store)
        window.tabs.setCurrentWidget(window.indicators_tab)

        window.year.setValue(2027)
        window.tabs.setCurrentIndex(0)

        said = "El ejercicio 2027 no tiene Programa Anual guardado: empieza vacío."
        assert window.message.text() == said


def test_undo_back_into_the_year_left_no_longer_says_it_is_empty(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # Deshacer from an empty 2027 went back to 2026 to undo its capture: the Programa Anual
    # tab, with its four acciones shown, still said «El ejercicio 2027 no tiene Programa Anual».
    with Store.open(tmp_path / "datos.sqlite3") as store:
        window = _window(qtbot, store)
        window.tabs.setCurrentWidget(window.indicators_tab)
        window.indicators_tab.capture_edited.emit(2, "2026-T1", "130; 100")
        window.year.setValue(2027)

        window.undo_menu.undo_action.trigger()
        window.tabs.setCurrentIndex(0)

        assert window.year.value() == 2026
        said = "Se deshizo: Indicador 2, primer trimestre de 2026: sin capturar."
        assert window.message.text() == said
