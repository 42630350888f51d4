"""The grid's mark on a modified target with a change asked and not yet decided."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtWidgets import QLineEdit

from ism_desktop.domain.fields import FieldRef
from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.gui.figure_grid import FigureGrid
from ism_desktop.workspace.pending_targets import PendingTarget

# The orange of the form's «Solicitud … pendiente» note, dashed: asked, not settled.
PENDING_STYLE = (
    "QLineEdit { padding: 0 1px; font-size: 8pt; background: #fff3e0; color: #263238; "
    "border: 2px dashed #ef6c00; }"
)
# The smaller type the grid gave a figure too wide for its cell: kept under the new colours.
_FITTED = re.compile(r" QLineEdit \{ font-size: [0-9.]+pt; \}$")


def mark_pending(grid: FigureGrid, pending: Sequence[PendingTarget]) -> None:
    """Mark each cell a request changes, its tooltip saying the request (the grid just filled).

    A quarter asked changes its MET and the row's annual too (they follow from it): read there
    first (a tipo A meta's MET row is the one people read), they must say it as well.
    """
    said: dict[int, tuple[QLineEdit, list[str]]] = {}
    for asked in pending:
        ref = FieldRef.parse(asked.field)
        if ref is None or ref.series is not Series.MODIFIED:
            continue
        for kind in {ref.row, RowKind.MET}:
            for period in {ref.period, None}:
                cell = grid.cell(kind, Series.MODIFIED, period)
                texts = said.setdefault(id(cell), (cell, []))[1]
                if asked.text not in texts:
                    texts.append(asked.text)
    for cell, texts in said.values():
        if not cell.isReadOnly():
            continue  # a cell being typed keeps its «type here» frame
        fitted = _FITTED.search(cell.styleSheet())
        cell.setStyleSheet(PENDING_STYLE + (fitted.group(0) if fitted else ""))
        words = " ".join(texts)
        cell.setToolTip(f"{words} {cell.toolTip()}")
        cell.setAccessibleDescription(words)
