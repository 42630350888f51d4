"""Enter on any PAIMEF finding goes where it is fixed, the programme-wide ones too.

Enter on a finding not tied to one acción (a vertiente without acciones, transversal over
5 %, a date, an indicator) did nothing; a warning not justified in the dialog stayed where it
was. Now the form, the dates or the indicators open at the place to correct.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.domain.paimef.programme import AnnualProgramme, Goal
from ism_desktop.gui.justify_dialog import JustifyDialog
from ism_desktop.gui.paimef.indicators_tab import VALUES_COLUMN
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.paimef_window_driver import (
    AUTHOR,
    TODAY,
    _cell,
    _discard_when_asked,
    _findings,
    _press_enter_on,
)
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.paimef_builders import action, programme

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _no_reason_given(monkeypatch: pytest.MonkeyPatch) -> None:
    """The justification asked is closed without one: the window then goes to the place."""
    monkeypatch.setattr(JustifyDialog, "exec", lambda _d: int(JustifyDialog.DialogCode.Rejected))
    monkeypatch.setattr("ism_desktop.gui.paimef.indicators_tab.confirm_loss", lambda *_a: True)
    _discard_when_asked(monkeypatch)


def _open(store: Store, qtbot: QtBot, value: AnnualProgramme, today: date = TODAY) -> PaimefWindow:
    store.paimef.replace(value, AUTHOR, "prueba", [])
    window = PaimefWindow(store, AUTHOR, today)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()  # where the focus goes is read: the window must have it
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _with_b1_goals(store: Store, qtbot: QtBot, *goals: Goal) -> PaimefWindow:
    actions = list(programme().actions)
    actions[2] = action("B.1", "B", "B-II", "25000.00", goals=goals)
    return _open(store, qtbot, programme(*actions))


def test_a_meta_achieved_beyond_its_quantity_is_listed_and_enter_goes_to_its_figure(
    store: Store, qtbot: QtBot
) -> None:
    goals = (Goal("Talleres", "TALLER", 4, 4), Goal("Personas", "PERSONA", 40, 52))
    window = _with_b1_goals(store, qtbot, *goals)
    window.table.selectRow(0)

    said = "AVISO: Metas de la acción B.1: en «Personas» se alcanzó 52 (PERSONA), más que"
    assert any(text.startswith(said) for text in _findings(window))
    _press_enter_on(window, qtbot, said)

    assert window.form.key.text() == "B.1"
    assert QApplication.focusWidget() is window.form.goals
    assert (window.form.goals.currentRow(), window.form.goals.currentColumn()) == (1, 3)

    window.justify_selected("Asistieron más personas de las convocadas.")
    assert any(
        t.startswith("AVISO (justificado): Metas de la acción B.1") for t in _findings(window)
    )


def test_a_vertiente_without_acciones_starts_a_new_acción_in_it(store: Store, qtbot: QtBot) -> None:
    without_c = programme(*[a for a in programme().actions if a.key != "C.1"])
    window = _open(store, qtbot, without_c)

    _press_enter_on(window, qtbot, "ERROR: Numerales 3.3 y 3.4 a): el Programa Anual no tiene")

    assert window.form.shown is None  # a new acción
    assert window.form.vertiente.currentData() == "C"
    assert window.form.line.currentData().startswith("C-")
    assert QApplication.focusWidget() is window.form.key
    assert "vertiente C" in window.message.text()


def test_transversal_beyond_5_percent_goes_to_the_largest_transversal_amount(
    store: Store, qtbot: QtBot
) -> None:
    actions = list(programme().actions)
    actions[1] = replace(actions[1], programmed=Decimal("9000.00"))  # A.2, transversal
    window = _open(store, qtbot, programme(*actions))
    window.table.selectRow(0)

    _press_enter_on(window, qtbot, "ERROR: Numeral 3.5.1")

    assert window.form.key.text() == "A.2"
    assert QApplication.focusWidget() is window.form.programmed


def test_a_late_delivery_goes_to_its_date(store: Store, qtbot: QtBot) -> None:
    late = programme()
    late = replace(late, dates={**late.dates, "entrega_programa_anual": date(2026, 3, 10)})
    window = _open(store, qtbot, late)

    _press_enter_on(window, qtbot, "AVISO: Numeral 4.3.1: «Presentar el Programa Anual")

    tab = window.deadlines_tab
    assert window.tabs.currentWidget() is tab
    assert QApplication.focusWidget() is tab.dates
    row = tab.dates.currentRow()
    assert _cell(tab.dates, row, 0).text() == "Entrega del Programa Anual"
    assert tab.dates.currentColumn() == 1


def test_a_missing_capture_goes_to_its_indicator_and_period(store: Store, qtbot: QtBot) -> None:
    window = _open(store, qtbot, programme(), date(2026, 7, 15))

    _press_enter_on(
        window,
        qtbot,
        "AVISO: Numeral 3.6.2 c) y Anexo 5: falta capturar las variables del indicador 4",
    )

    tab = window.indicators_tab
    assert window.tabs.currentWidget() is tab
    assert QApplication.focusWidget() is tab.table
    row = tab.table.currentRow()
    assert _cell(tab.table, row, 0).text() == "4"
    assert _cell(tab.table, row, 2).text() == "primer trimestre de 2026"
    assert tab.table.currentColumn() == VALUES_COLUMN


def test_a_day_off_already_closed_goes_to_it_in_the_list(store: Store, qtbot: QtBot) -> None:
    # An older list held Saturday 7 March 2026 and 1 May among the days added.
    assert store.path is not None
    store.path.with_name("dias_inhabiles.json").write_text(
        '{"dias_inhabiles": [{"fecha": "2026-03-07", "motivo": "Cierre anual"}, '
        '{"fecha": "2026-04-02", "motivo": "Jueves Santo"}, '
        '{"fecha": "2026-05-01", "motivo": "Día del Trabajo"}]}\n',
        encoding="utf-8",
    )
    window = _open(store, qtbot, programme())

    _press_enter_on(window, qtbot, "AVISO: El día inhábil 01/05/2026")

    tab = window.deadlines_tab
    assert window.tabs.currentWidget() is tab
    assert QApplication.focusWidget() is tab.non_working
    assert _cell(tab.non_working, tab.non_working.currentRow(), 0).text() == "01/05/2026"


def test_enter_on_the_second_meta_described_alike_goes_to_its_row(
    store: Store, qtbot: QtBot
) -> None:
    goals = (Goal("Talleres", "TALLER", 4, 6), Goal("Talleres", "TALLER", 2, 3))
    window = _with_b1_goals(store, qtbot, *goals)

    _press_enter_on(window, qtbot, "AVISO: Metas de la acción B.1: en «Talleres» se alcanzó 3")

    assert QApplication.focusWidget() is window.form.goals
    assert (window.form.goals.currentRow(), window.form.goals.currentColumn()) == (1, 3)


def test_the_acción_being_typed_stays_reviewed_as_typed_once_a_warning_is_justified(
    store: Store, qtbot: QtBot
) -> None:
    # The list reviews the acción as typed; justifying one of its warnings listed the stored
    # acción again: the meta renamed in the form was listed under its old name, and the
    # warning just justified was gone from the list.
    window = _with_b1_goals(store, qtbot, Goal("Personas", "PERSONA", 40, 52))
    window.table.selectRow(window.model.row_of("B.1"))
    _cell(window.form.goals, 0, 0).setText("Mujeres")
    typed = "AVISO: Metas de la acción B.1: en «Mujeres» se alcanzó 52"
    window.findings.setCurrentRow(
        next(i for i, text in enumerate(_findings(window)) if text.startswith(typed))
    )

    assert window.justify_selected("Vinieron más de las convocadas.")

    assert window.form.edited()
    listed = [t for t in _findings(window) if "Metas de la acción B.1" in t]
    assert listed == [
        "AVISO (justificado): Metas de la acción B.1: en «Mujeres» se alcanzó 52 (PERSONA), "
        "más que la cantidad programada, 40; explique por qué o corrija la cifra."
    ]
