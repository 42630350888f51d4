"""The meta form's fixed words, and its boxed notes under the figures."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QLayout

from ism_desktop.domain.dependency_words import CODE_ROOM, of_dependency, with_dependency
from ism_desktop.domain.meta import MetaKind
from ism_desktop.domain.observation import quarter_note_lines
from ism_desktop.domain.profile import Role
from ism_desktop.domain.wording import REOPEN_MENU, shortened
from ism_desktop.gui.pending_target_cells import mark_pending
from ism_desktop.workspace.pending_targets import pending_targets
from ism_desktop.workspace.target_requests import pending_lines

if TYPE_CHECKING:
    from ism_desktop.domain.meta import Meta
    from ism_desktop.domain.quarter import Quarter
    from ism_desktop.gui.figure_grid import FigureGrid
    from ism_desktop.gui.report_session import ReportSession

OFFICIAL_TIP = (
    "% de avance oficial: realizado ÷ programado ORIGINAL del trimestre × 100, truncado a dos "
    "decimales. Es el que cuenta en el informe."
)
MODIFIED_TIP = (
    "Realizado ÷ programado MODIFICADO del trimestre × 100: una referencia, el que suelen "
    "citar las evaluaciones."
)
LEGEND = (
    "Oficial = contra el programado original (el que cuenta); contra lo modificado = contra la "
    "meta modificada (referencia). Por eso pueden ser muy distintos."
)
# The unit's button and menu entry say it alike.
REQUEST_TEXT = "Solicitar cambio de meta mo&dificada…"
REQUEST_TIP = "La unidad coordinadora recibe el cambio como solicitud y decide si lo aplica."


def closed_figures_said(quarter: Quarter) -> str:
    """Why the quarter's figure cell takes no typing (Alt+2 and «Ir al campo» say it alike)."""
    return _closed_said(quarter, "sus cifras son", "corregirlas")


def closed_evaluation_said(quarter: Quarter) -> str:
    """Why the quarter's evaluation box takes no typing, said as for its figures."""
    return _closed_said(quarter, "su evaluación cualitativa es", "corregirla")


def _closed_said(quarter: Quarter, what_is: str, to_correct: str) -> str:
    return (
        f"El {quarter.in_words} está cerrado: {what_is} de solo consulta. Para {to_correct}, "
        f"reábralo con un motivo ({REOPEN_MENU})."
    )


def several_dependencies(metas: Iterable[Meta]) -> bool:
    """Whether ``metas`` are of several dependencies (a state's report: unit codes repeat)."""
    return len({meta.key.entity for meta in metas}) > 1


def meta_subtitle(meta: Meta, several: bool, read_only: str) -> str:
    """The line under the meta's name: its unit («003 (dependencia 51)» among several) and kind."""
    kind = "porcentaje (P)" if meta.kind is MetaKind.PERCENTAGE else "absoluta (A)"
    unit = with_dependency(str(meta.key.unit), shortened(meta.key.entity, CODE_ROOM), several)
    return (
        f"Unidad {unit} · Programa {meta.key.programme} · Proceso {meta.key.activity} · "
        f"Unidad de medida: {meta.unit_of_measure} · Tipo {kind} · "
        f"VAL. ACUM. {'SI' if meta.cumulative else 'NO'}" + read_only
    )


def other_unit_said(meta: Meta, several: bool) -> str:
    """Why a meta of another unit takes no typing here (the coordinating unit's «Ir al campo»).

    Among ``several`` dependencies the unit is «003 de la dependencia 51»: the code repeats.
    """
    unit = of_dependency(str(meta.key.unit), shortened(meta.key.entity, CODE_ROOM), several)
    return (
        f"Meta de la unidad {unit}, de solo consulta aquí: la corrige la unidad (pídaselo con "
        "Coordinación → Agregar observación a la meta…)."
    )


EVERY_QUARTER_CLOSED = (
    "Los cuatro trimestres están cerrados: para cambiar la meta modificada, reabra el trimestre "
    f"con un motivo ({REOPEN_MENU})."
)
# The modified-target button, when a figure typed cannot be saved: the box's title and question
# (a unit's request, or the coordinating unit's own change).
CHANGE_WITHOUT_TYPING = {
    True: (
        "Solicitar cambio de meta modificada",
        "¿Solicitar el cambio de meta modificada de todos modos?",
    ),
    False: ("Cambiar meta modificada", "¿Cambiar la meta modificada de todos modos?"),
}


def show_notes(
    observations: QLabel, requests: QLabel, session: ReportSession, meta: Meta, grid: FigureGrid
) -> None:
    """The coordinating unit's observations of the meta, and the requests pending on it."""
    year = session.profile.year
    notes = session.store.observations.for_meta(year, meta.stable_id)
    title = f"Observaciones de la unidad coordinadora ({session.profile.quarter.in_words}):"
    show_note(observations, title, quarter_note_lines(notes, session.profile.quarter))
    asked = pending_targets(session.store, session.profile, meta)
    mark_pending(grid, asked)
    if session.profile.role is Role.COORDINATOR:
        # The requests that arrived in packages, each with the unit's reason.
        pending = session.store.target_requests.for_meta(year, meta.stable_id)
        title = "Solicitud de cambio de meta modificada, pendiente (no se aplica sola):"
        show_note(requests, title, pending_lines(pending))
    else:
        # The unit's own: the figure it asked shows as any other, though nothing is decided.
        title = "Solicitud de cambio de meta modificada, pendiente:"
        lines = [item.text.removeprefix("Solicitud pendiente: ") for item in asked]
        show_note(requests, title, lines)


def show_note(label: QLabel, title: str, lines: list[str]) -> None:
    """A boxed note under the figures, shown only when it has lines."""
    label.setVisible(bool(lines))
    label.setText(f"<b>{html.escape(title)}</b><br>" + "<br>".join(map(html.escape, lines)))


# A boxed note's background and border colours.
PURPLE = ("#ede7f6", "#b39ddb")
ORANGE = ("#fff3e0", "#ffb74d")
RED = ("#ffebee", "#e57373")


def boxed_note(layout: QLayout, name: str, colours: tuple[str, str], text: str = "") -> QLabel:
    """A boxed note added to ``layout``, named for screen readers."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    background, border = colours
    label.setStyleSheet(
        f"QLabel {{ background: {background}; border: 1px solid {border}; padding: 6px; }}"
    )
    layout.addWidget(label)
    return label
