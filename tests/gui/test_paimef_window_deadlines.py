"""The PAIMEF window's deadlines tab: dates typed, days off, and the terms they move."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.deadlines import compute_deadlines
from ism_desktop.gui.paimef.due_soon_label import due_soon_text
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.paimef_window_driver import AUTHOR, TODAY, _cell
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture

pytestmark = pytest.mark.gui


def test_dates_move_the_deadlines_and_bad_dates_are_refused(
    window: PaimefWindow, store: Store
) -> None:
    tab = window.deadlines_tab
    signing_row = list(_cell(tab.dates, r, 0).text() for r in range(tab.dates.rowCount())).index(
        "Firma del Instrumento Jurídico"
    )
    _cell(tab.dates, signing_row, 1).setText("2026-02-30")
    assert "no existe" in window.message.text()
    # The cell shows the date kept, as the deadlines below it do: not the one refused.
    assert _cell(tab.dates, signing_row, 1).text() == "13/03/2026"
    stored = store.paimef.load(2026)
    assert stored is not None
    assert stored.dates["firma_instrumento"] == date(2026, 3, 13)
    _cell(tab.dates, signing_row, 1).setText("2026-04-06")
    stored = store.paimef.load(2026)
    assert stored is not None
    assert stored.dates["firma_instrumento"] == date(2026, 4, 6)
    shown = [
        (_cell(tab.deadlines, r, 0).text(), _cell(tab.deadlines, r, 1).text())
        for r in range(tab.deadlines.rowCount())
    ]
    assert ("13/04/2026", "4.3.4.1") in shown  # 7, 8, 9, 10, 13 April


def test_adding_a_non_working_day_moves_a_deadline(window: PaimefWindow, store: Store) -> None:
    tab = window.deadlines_tab
    tab.new_day.setText("2026-03-17")
    tab.new_reason.setText("Cierre de oficinas")
    tab._add_day()
    assert tab.non_working.rowCount() == 1
    shown = [_cell(tab.deadlines, r, 0).text() for r in range(tab.deadlines.rowCount())]
    assert "24/03/2026" in shown  # the Constancia moves one business day: 23 → 24 March
    assert store.path is not None
    assert "Cierre de oficinas" in store.path.with_name("dias_inhabiles.json").read_text("utf-8")


def test_due_soon_text() -> None:
    deadlines = compute_deadlines(
        2026, {"firma_instrumento": date(2026, 3, 13)}, BusinessCalendar()
    )
    soon = [d for d in deadlines if d.term.key in ("constancia_conformidad", "ajuste_total")]
    text = due_soon_text(soon, date(2026, 3, 18), BusinessCalendar())
    # From Wednesday 18 March to Monday 23: 19, 20, 23.
    assert text == (
        "PAIMEF: Ingresar escaneada la Constancia de Conformidad (4.3.4.1) vence el 23/03/2026, "
        "en 3 días hábiles (y 1 más)"
    )
    late = due_soon_text(soon, date(2026, 3, 25), BusinessCalendar())
    assert late == (
        "PAIMEF: Realizar el ajuste total del Programa Anual (prórroga: hasta 5 días hábiles más) "
        "(4.3.4.2) vence el 30/03/2026, en 3 días hábiles; 1 plazo vencido sin cumplimiento "
        "registrado (el último: Ingresar escaneada la Constancia de Conformidad (4.3.4.1), "
        "23/03/2026)"
    )


def test_the_last_overdue_deadline_is_said_in_a_few_words() -> None:
    deadlines = compute_deadlines(
        2026, {"firma_instrumento": date(2026, 3, 13)}, BusinessCalendar()
    )
    late = [d for d in deadlines if d.due < date(2026, 6, 1)]

    text = due_soon_text(late, date(2026, 12, 7), BusinessCalendar())

    # Its description up to the first aside: «(último día hábil de mayo; si no, …)» is left
    # to the tooltip, which lists each deadline whole.
    assert text == (
        "PAIMEF: 5 plazos vencidos sin cumplimiento registrado (el último: Contar con la "
        "Constancia de Conclusión del ejercicio anterior (4.2.1.2), 29/05/2026)"
    )


def test_a_damaged_days_file_is_reported_and_never_overwritten(qtbot: QtBot, store: Store) -> None:
    assert store.path is not None
    days_file = store.path.with_name("dias_inhabiles.json")
    days_file.write_text('{"dias_inhabiles": [{"fecha": "2026-02-30"}]}', encoding="utf-8")
    shown = PaimefWindow(store, AUTHOR, TODAY)
    qtbot.addWidget(shown)
    assert "no existe" in shown.message.text()
    tab = shown.deadlines_tab
    tab.new_day.setText("2026-04-02")
    tab._add_day()
    assert "No se cambió nada" in shown.message.text()
    assert "2026-02-30" in days_file.read_text(encoding="utf-8")


def test_dates_read_and_typed_day_first(window: PaimefWindow, store: Store) -> None:
    # Office staff write 06/04/2026; the recorded dates and days off read that way too.
    tab = window.deadlines_tab
    names = [_cell(tab.dates, r, 0).text() for r in range(tab.dates.rowCount())]
    signing_row = names.index("Firma del Instrumento Jurídico")
    assert _cell(tab.dates, signing_row, 1).text() == "13/03/2026"
    _cell(tab.dates, signing_row, 1).setText("06/04/2026")
    stored = store.paimef.load(2026)
    assert stored is not None
    assert stored.dates["firma_instrumento"] == date(2026, 4, 6)
    assert _cell(tab.dates, signing_row, 1).text() == "06/04/2026"
    _cell(tab.dates, signing_row, 1).setText("13/31/2026")
    assert "no existe" in window.message.text()
    tab.new_day.setText("17/03/2026")
    tab._add_day()
    assert _cell(tab.non_working, 0, 0).text() == "17/03/2026"
    assert "DD/MM/AAAA" in tab.new_day.placeholderText()


def test_an_edit_in_the_window_keeps_what_was_saved_outside_it_meanwhile(
    window: PaimefWindow, store: Store
) -> None:
    # The window wrote back its whole copy: dates and amounts imported by the command while it
    # was open were undone, and the history blamed the window's date for them.
    outside = store.paimef.load(2026)
    assert outside is not None
    first = outside.actions[0]
    dates = {**outside.dates, "entrega_programa_anual": date(2026, 3, 14)}
    changed = replace(
        outside,
        dates=dates,
        actions=(replace(first, exercised=Decimal("200000.00")), *outside.actions[1:]),
    )
    store.paimef.replace(changed, Author("Unidad 002", "comando"), "importación de p.json", [])
    tab = window.deadlines_tab
    names = [_cell(tab.dates, r, 0).text() for r in range(tab.dates.rowCount())]

    _cell(tab.dates, names.index("Firma del Instrumento Jurídico"), 1).setText("06/04/2026")

    stored = store.paimef.load(2026)
    assert stored is not None
    assert stored.dates["firma_instrumento"] == date(2026, 4, 6)
    assert stored.dates["entrega_programa_anual"] == date(2026, 3, 14)
    assert stored.actions[0].exercised == Decimal("200000.00")
    # And the window now shows what is stored, the other program's changes included.
    assert window.programme == stored


def test_every_deadline_shows_at_once_when_the_tab_first_opens(window: PaimefWindow) -> None:
    # Rows sized before the window was shown took the narrow «Plazo» column of then: they
    # stayed three and four lines tall, and half the deadlines were below the fold.
    window.resize(1280, 700)  # as opened, on a 1366×768 screen
    window.tabs.setCurrentWidget(window.deadlines_tab)
    table = window.deadlines_tab.deadlines
    assert table.rowCount() == 8
    viewport = table.viewport().rect()
    for row in range(table.rowCount()):
        cell = table.visualRect(table.model().index(row, 2))
        assert viewport.contains(cell), f"fila {row + 1}: {cell} fuera de {viewport}"


def test_the_notice_of_participation_is_its_own_date_and_meets_its_term(
    window: PaimefWindow, store: Store
) -> None:
    # Numeral 4.3.1: 5 business days after Friday 27 February 2026 is Friday 6 March. A
    # Programa Anual delivered after that meets the notice late (9 and 10 March): it read
    # «vencido», the notice still owed for a programme delivered; an earlier notice, on time.
    tab = window.deadlines_tab
    names = [_cell(tab.dates, r, 0).text() for r in range(tab.dates.rowCount())]

    def participation_state() -> str:
        for row in range(tab.deadlines.rowCount()):
            if _cell(tab.deadlines, row, 2).text().startswith("Sin Programa Anual ni prórroga"):
                assert _cell(tab.deadlines, row, 0).text() == "06/03/2026"
                return _cell(tab.deadlines, row, 5).text()
        raise AssertionError("the 4.3.1 notice is not listed")

    assert participation_state() == "vencido"
    _cell(tab.dates, names.index("Entrega del Programa Anual"), 1).setText("10/03/2026")
    assert participation_state() == "cumplido fuera de plazo (2 días hábiles de retraso)"
    _cell(tab.dates, names.index("Aviso de participación (4.3.1)"), 1).setText("06/03/2026")
    assert participation_state() == "cumplido"
    stored = store.paimef.load(2026)
    assert stored is not None
    assert stored.dates["aviso_participacion"] == date(2026, 3, 6)
    assert stored.dates["entrega_programa_anual"] == date(2026, 3, 10)


def test_a_date_saved_is_said_by_its_name_and_day(window: PaimefWindow) -> None:
    # «Guardado: fechas.» did not say which of the 35 dates was saved, nor as which day.
    tab = window.deadlines_tab
    names = [_cell(tab.dates, r, 0).text() for r in range(tab.dates.rowCount())]
    session = names.index("Sesión de la Mesa de Análisis")

    _cell(tab.dates, session, 1).setText("10/2/2026")
    assert window.message.text() == "Guardado: «Sesión de la Mesa de Análisis», 10/02/2026."

    _cell(tab.dates, session, 1).setText("")
    assert window.message.text() == "Guardado: «Sesión de la Mesa de Análisis», sin fecha."


def test_the_recorded_dates_are_headed_by_what_they_are(window: PaimefWindow) -> None:
    # «Fecha» stood over the names («Firma del Instrumento Jurídico») and «Día» over the dates.
    dates = window.deadlines_tab.dates
    headings = [dates.horizontalHeaderItem(c).text() for c in range(2)]  # type: ignore[union-attr]

    assert headings == ["Evento o entrega", "Fecha"]


def test_a_date_refused_says_it_was_not_saved_and_what_is_kept(window: PaimefWindow) -> None:
    # «Entrega del Informe Parcial: la fecha … no existe» did not say whether anything was kept;
    # a date the database refuses is said «No se guardó … Sigue …», as this one is now.
    tab = window.deadlines_tab
    labels = [_cell(tab.dates, row, 0).text() for row in range(tab.dates.rowCount())]
    signing_row = labels.index("Firma del Instrumento Jurídico")

    _cell(tab.dates, labels.index("Entrega del Informe Parcial"), 1).setText("31/02/2026")
    assert window.message.text() == (
        "No se guardó en «Entrega del Informe Parcial»: la fecha «31/02/2026» no existe en el "
        "calendario. Sigue sin fecha."
    )
    _cell(tab.dates, signing_row, 1).setText("32/03/2026")
    assert window.message.text().startswith("No se guardó en «Firma del Instrumento Jurídico»: ")
    assert window.message.text().endswith(" Sigue la fecha guardada, 13/03/2026.")


def test_the_countdown_counts_as_overdue_only_deadlines_without_a_delivery() -> None:
    # The Programa Anual delivered on 10 March 2026 meets its term and the notice's, late:
    # left are the Constancia de Conformidad, the ajuste total and the Constancia de
    # Conclusión, the last one due 29 May; the first transfer is the INDESOL's, not counted.
    dates = {"firma_instrumento": date(2026, 3, 13), "entrega_programa_anual": date(2026, 3, 10)}
    deadlines = compute_deadlines(2026, dates, BusinessCalendar())

    text = due_soon_text(deadlines, date(2026, 12, 7), BusinessCalendar())

    assert text.startswith("PAIMEF: Enviar el Informe Final")
    assert text.endswith(
        "; 3 plazos vencidos sin cumplimiento registrado (el último: Contar con la "
        "Constancia de Conclusión del ejercicio anterior (4.2.1.2), 29/05/2026)"
    )
