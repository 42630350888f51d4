"""A quarter closed by hand with errors: the findings summary says the way out, reopening it.

«El paquete no puede exportarse hasta corregirlos» was said beside a read-only form: the
figures of a closed quarter take no correction until it is reopened with a reason.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.workspace.quarter_closing import close_quarter
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui


def _closed_by_hand(open_window: WindowFactory, qtbot: QtBot, quarter: Quarter) -> MainWindow:
    """Unit 004's window of ``quarter``, closed by hand with its figures still missing."""
    window = open_window(PcProfile(Role.UNIT, UnitCode("004"), 2024, quarter))
    session = window.session
    assert close_quarter(session.store, 2024, UnitCode("004"), quarter, session.author)
    session.reload()
    qtbot.waitUntil(lambda: session.checked)
    return window


def _menu_entry(window: MainWindow, menu: str, entry: str) -> bool:
    """Whether the window's menu ``menu`` holds ``entry`` (both without their «&»)."""
    for top in window.menuBar().actions():
        found = top.menu()
        if isinstance(found, QMenu) and top.text().replace("&", "") == menu:
            return any(a.text().replace("&", "") == entry for a in found.actions())
    return False


REOPEN = "(Año → Cerrar o reabrir un trimestre…)"
SECOND_SAID = (
    "15 errores · 2 avisos (2 sin justificar). El trimestre 2 está cerrado y el paquete no "
    f"puede exportarse con ellos: para corregirlos, reabra el trimestre con un motivo {REOPEN}."
)
# The second and third quarters never written: their figures are typed with each chosen.
FOURTH_SAID = (
    "31 errores · 2 avisos (2 sin justificar). El trimestre 4 está cerrado y el paquete no "
    f"puede exportarse con ellos: para corregir los del trimestre 4, reábralo con un motivo "
    f"{REOPEN}; lo realizado de los trimestres 2 y 3 se escribe eligiendo cada uno como "
    "trimestre que se informa (Archivo → Configuración de esta computadora…)."
)


@pytest.mark.parametrize(
    ("quarter", "said"), [(Quarter.SECOND, SECOND_SAID), (Quarter.FOURTH, FOURTH_SAID)]
)
def test_the_summary_of_a_closed_quarter_says_to_reopen_it_to_correct(
    open_window: WindowFactory, qtbot: QtBot, quarter: Quarter, said: str
) -> None:
    window = _closed_by_hand(open_window, qtbot, quarter)

    assert window.findings.summary.text() == said
    # What it says is so: the figures take nothing, and the menu entries named are there.
    cell = window.form.grid.cell(RowKind.NUM, Series.ACHIEVED, quarter)
    assert cell.isReadOnly()
    assert _menu_entry(window, "Año", "Cerrar o reabrir un trimestre…")
    assert _menu_entry(window, "Archivo", "Configuración de esta computadora…")


def test_reopened_it_says_again_to_correct_them_before_exporting(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    from ism_desktop.workspace.quarter_closing import reopen_quarter

    window = _closed_by_hand(open_window, qtbot, Quarter.SECOND)
    session = window.session
    reopen_quarter(
        session.store, 2024, UnitCode("004"), Quarter.SECOND, "Faltan cifras.", session.author
    )
    session.reload()
    qtbot.waitUntil(lambda: session.checked)

    # Open and nothing typed: the quarter is to be written, said as such.
    assert "cerrado" not in window.findings.summary.text()


def test_its_sentence_stands_for_the_unit_s_own_errors_among_others() -> None:
    from ism_desktop.gui.findings_panel import _what_errors_block

    said = " El trimestre 2 está cerrado y … reabra el trimestre con un motivo (…)."

    assert _what_errors_block(3, 3, "004", closed_said=said) == said
    assert _what_errors_block(3, 1, "004", closed_said=said) == (
        f" De ellos, 1 es de la unidad 004.{said}"
    )
    # Open, as before: no sentence of a closed quarter.
    assert _what_errors_block(3, 3, "004") == " El paquete no puede exportarse hasta corregirlos."
