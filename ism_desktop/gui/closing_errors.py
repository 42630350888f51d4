"""Before a quarter is closed by hand while its metas still have errors: a question first.

A unit's export refuses a quarter with errors; closing by hand (the coordinator's own unit,
whose metas travel in no package) made it read-only with them, and the institutional report
printed them, without a word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import count
from ism_desktop.gui.dialog_buttons import confirm_loss

if TYPE_CHECKING:
    from ism_desktop.gui.report_session import ReportSession


def errors_left_agreed(
    parent: QWidget, session: ReportSession, unit: UnitCode, number: int
) -> bool:
    """True to go on: the quarter has no errors known here, or the person says to close it."""
    from ism_desktop.exchange.status_board import status_board

    year, quarter = session.profile.year, Quarter(number)
    # The board's count: the one its «Errores» column and the unit's own check give.
    board = status_board(session.store, quarter, year, settings=session.settings)
    rows = () if board is None else board.rows
    errors = next((row.errors for row in rows if row.unit == unit and not row.closed), None)
    if not errors:
        return True
    where = (
        " Se ven debajo de la lista de metas, en «Errores y avisos»."
        if quarter == session.profile.quarter
        else ""
    )
    return confirm_loss(
        parent,
        "Cerrar o reabrir un trimestre",
        f"La unidad {unit} tiene {count(errors, 'error', 'errores')} en el trimestre "
        f"{number} de {year}.{where} Cerrado, sus cifras y evaluaciones quedan de solo "
        "lectura y el informe se imprime con esos errores; para corregirlos habrá que "
        "reabrirlo con un motivo.\n\n"
        "¿Cerrar el trimestre de todos modos?",
    )
