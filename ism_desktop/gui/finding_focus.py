"""Where «Ir al campo» puts the cursor, and what it says when the field named is read-only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ism_desktop.domain.fields import FieldRef, evaluation_quarter
from ism_desktop.domain.figures import Series
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.meta_form_notes import (
    EVERY_QUARTER_CLOSED,
    closed_evaluation_said,
    closed_figures_said,
)

if TYPE_CHECKING:
    from ism_desktop.gui.meta_form import MetaForm

ORIGINAL_READ_ONLY = (
    "Lo programado original no se corrige en la tabla: lo fija el programa anual aprobado. Si la "
    "cifra está mal, avise a la unidad coordinadora; si es correcta, justifique el aviso. El "
    "cursor quedó en el realizado del trimestre."
)
MODIFIED_DISABLED = "La meta modificada no se escribe en la tabla y ahora no se puede cambiar"
OTHER_UNIT = "la meta es de otra unidad (solo consulta)."


def focus_finding_field(
    form: MetaForm,
    field: str,
    quarter: Quarter,
    *,
    closed: bool = False,
    other: str = "",
    message: str = "",
) -> str:
    """Focus what a finding's field leads to; returns what to tell the person ("" if nothing).

    A figure the person cannot type (the modified target, the programmed original) leads to
    what changes it, or to the figure typed this quarter with the reason said. ``other``: why
    a meta this PC only reads takes no typing (the coordinating unit sees every unit's
    findings), said instead: the cursor goes to the field all the same, to read it.
    ``message``: the finding's; the words of the evaluation it quotes are selected.
    """
    said = _focus(form, field, quarter, closed)
    # The box shows the quarter being reported: another quarter's words are not in its text.
    if message and evaluation_quarter(field) is quarter and form.meta is not None:
        form.narrative.select_quoted(message)
    return said if not other or form.meta is None else other


def _focus(form: MetaForm, field: str, quarter: Quarter, closed: bool) -> str:
    meta = form.meta
    if meta is None:
        return ""
    if evaluation_quarter(field) is not None:
        # Read-only in a closed quarter: the box takes the cursor (to read, to copy) but no key.
        form.narrative.setFocus()
        return closed_evaluation_said(quarter) if closed else ""
    ref = FieldRef.parse(field)
    if ref is not None and ref.series is Series.MODIFIED:
        return _to_modify_button(form)
    cell = form.grid.cell_for_field(field)
    typed = form.grid.editable_cells(meta, quarter)
    said = ""
    if ref is not None and ref.series is Series.ORIGINAL:
        cell, said = None, ORIGINAL_READ_ONLY
    if cell is None or not cell.isVisible():
        # "avance.t1" and rows hidden for absolute metas: the figure behind them is typed here.
        cell = typed[0]
    cell.setFocus()
    cell.selectAll()
    if not said and closed and cell in typed:
        # The quarter's own figure, read-only as its quarter is closed: it took no key, and
        # nothing said why (``closed``: this PC's meta, its quarter closed).
        said = closed_figures_said(quarter)
    return said


def _to_modify_button(form: MetaForm) -> str:
    button = form.modify_button
    name = form.modify_text().replace("&", "")
    if not button.isEnabled():
        closed = button.toolTip() == EVERY_QUARTER_CLOSED
        return f"{MODIFIED_DISABLED}: " + (EVERY_QUARTER_CLOSED if closed else OTHER_UNIT)
    button.setFocus()
    return (
        f"La meta modificada no se escribe en la tabla: el cursor está en «{name}»: "
        "oprima la barra espaciadora para cambiarla con su motivo."
    )
