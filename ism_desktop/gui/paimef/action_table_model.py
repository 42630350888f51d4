"""The acciones of the Programa Anual as a table: clave, vertiente, línea, budget, progress."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from typing_extensions import override

from ism_desktop.domain.paimef.informe import goals_and_evidence
from ism_desktop.domain.paimef.money import money_display, percent_display
from ism_desktop.domain.paimef.programme import Action, Goal, exercised_percent

HEADINGS = (
    "Clave",
    "Vert.",
    "Línea",
    "Acción",
    "Transv.",
    "Programado",
    "Ejercido",
    "% ejer.",
    "Metas",  # their progress: narrow, so that the acción's name keeps its room
)
_GOALS = HEADINGS.index("Metas")
_GOALS_TIP = (
    "Avance de cada meta: lo alcanzado entre su cantidad. Con el puntero en la columna, las "
    "metas de la acción y su material probatorio (numeral 4.3.8)."
)
_RIGHT = {5, 6, 7}
_ERROR_COLOUR = QColor(176, 0, 32)
Index = QModelIndex | QPersistentModelIndex


class ActionTableModel(QAbstractTableModel):
    """A read-only view of the acciones; acciones with errors are drawn in red."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._actions: tuple[Action, ...] = ()
        self._with_errors: set[str] = set()

    def set_actions(self, actions: tuple[Action, ...], with_errors: set[str]) -> None:
        """Show these acciones; ``with_errors`` are the claves with an error."""
        self.beginResetModel()
        self._actions = actions
        self._with_errors = with_errors
        self.endResetModel()

    def action_at(self, row: int) -> Action | None:
        """The acción shown in ``row``."""
        return self._actions[row] if 0 <= row < len(self._actions) else None

    def row_of(self, key: str) -> int:
        """The row of the acción with this clave, or -1."""
        return next((i for i, a in enumerate(self._actions) if a.key == key), -1)

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._actions)

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADINGS)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADINGS[section] if 0 <= section < len(HEADINGS) else None
        if role == Qt.ItemDataRole.ToolTipRole and section == _GOALS:
            return _GOALS_TIP
        return None

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._actions):
            return None
        action = self._actions[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(action, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return action.name
        if role == Qt.ItemDataRole.ToolTipRole and column == _GOALS:
            return goals_and_evidence(action)  # each meta in words, and the evidence (4.3.8)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and action.key in self._with_errors:
            return QBrush(_ERROR_COLOUR)
        return None


def _progress(goal: Goal) -> str:
    percent = goal.achieved_percent
    if percent is not None:
        return percent_display(percent)
    return "sin reportar" if goal.achieved is None else f"alcanzado {goal.achieved}"


def _cell(action: Action, column: int) -> str:
    values = (
        action.key,
        str(action.vertiente),
        action.line,
        action.name,
        "sí" if action.transversal else "",
        money_display(action.programmed),
        money_display(action.exercised),
        percent_display(exercised_percent(action.programmed, action.exercised)),
        "; ".join(_progress(goal) for goal in action.goals),
    )
    return values[column] if 0 <= column < len(values) else ""
