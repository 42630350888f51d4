"""Before a quarter is closed by hand with errors, or never sent from a unit: a question first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.dialog_buttons import confirm_loss

if TYPE_CHECKING:
    from ism_desktop.gui.report_session import ReportSession


def errors_left_agreed(
    parent: QWidget,
    session: ReportSession,
    unit: UnitCode,
    number: int,
    entity: str | None = None,
) -> bool:
    """True to go on: nothing to warn of, or the person says to close the quarter anyway.

    Warned of, in one question: the quarter's errors, and, on a unit's PC, a package that never
    went out (closing by hand delivers nothing to the coordinating unit).
    """
    from ism_desktop.workspace.closing_errors import errors_left, errors_left_said
    from ism_desktop.workspace.unsent_closing import never_sent_said

    year, quarter = session.profile.year, Quarter(number)
    key = unit if entity is None else (entity, unit)
    errors = errors_left(session.store, year, key, quarter, session.settings)
    unsent = (
        never_sent_said(session.store, year, key, quarter)
        if session.profile.role is Role.UNIT
        else None
    )
    said = []
    if errors:
        where = (
            " Se ven debajo de la lista de metas, en «Errores y avisos»."
            if quarter == session.profile.quarter
            else ""
        )
        said.append(
            f"{errors_left_said(unit, quarter, year, errors)}{where} Cerrado, sus cifras y "
            "evaluaciones quedan de solo lectura y el informe se imprime con esos errores; para "
            "corregirlos habrá que reabrirlo con un motivo."
        )
    if unsent is not None:
        said.append(unsent)
    if not said:
        return True
    asked = (
        "¿Cerrar el trimestre de todos modos?"
        if errors
        else "¿Cerrar el trimestre sin exportar su paquete?"
    )
    return confirm_loss(parent, "Cerrar o reabrir un trimestre", "\n\n".join([*said, asked]))
