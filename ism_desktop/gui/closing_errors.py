"""Before a quarter is closed by hand while its metas still have errors: a question first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.dialog_buttons import confirm_loss

if TYPE_CHECKING:
    from ism_desktop.gui.report_session import ReportSession


def errors_left_agreed(
    parent: QWidget, session: ReportSession, unit: UnitCode, number: int
) -> bool:
    """True to go on: the quarter has no errors known here, or the person says to close it."""
    from ism_desktop.workspace.closing_errors import errors_left, errors_left_said

    year, quarter = session.profile.year, Quarter(number)
    errors = errors_left(session.store, year, unit, quarter, session.settings)
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
        f"{errors_left_said(unit, quarter, year, errors)}{where} Cerrado, sus cifras y "
        "evaluaciones quedan de solo lectura y el informe se imprime con esos errores; para "
        "corregirlos habrá que reabrirlo con un motivo.\n\n"
        "¿Cerrar el trimestre de todos modos?",
    )
