"""The validation findings of the metas this PC sees, as a list model for the findings panel."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from typing_extensions import override

from ism_desktop.domain.dependency_words import CODE_ROOM, dependency_order, with_dependency
from ism_desktop.domain.own_unit import OwnUnit, is_own
from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.validation.justification import Justification
from ism_desktop.domain.wording import shortened

if TYPE_CHECKING:  # the rules' modules load after the first paint, not with the panel
    from ism_desktop.domain.validation.engine import ValidationResult

FINDING_ROLE = Qt.ItemDataRole.UserRole + 10
_ERROR = QColor("#b71c1c")
_WARNING = QColor("#8a4b00")
_AWAITED = _WARNING  # the summary's amber for the errors of units yet to deliver
_SETTLED = QColor("#607d8b")
# A warning that reads otherwise since it was justified: the old reason no longer counts.
CHANGED_SINCE = (
    "El aviso ya no dice lo mismo que cuando se justificó (cambiaron las cifras o la "
    "evaluación): la justificación anterior no cuenta hasta que se confirme o se reescriba."
)


@dataclass(frozen=True, slots=True)
class FindingRow:
    """A finding with the meta it is about and its justification, if any."""

    finding: Finding
    description: str
    justification: Justification | None
    own: bool = True  # of this PC's unit: only those errors stop its export
    closed: bool = False  # the meta's unit's quarter is closed here: not justified now
    # Written when the warning read otherwise (other figures): pending, its text offered back.
    earlier: Justification | None = None
    # The meta's unit, named in a list of several units' findings (the coordinator's); "": none.
    unit: str = ""
    # Of a unit yet to deliver the quarter (the coordinator's list): its figures are still the
    # official report's, its errors figures to come, not errors to correct.
    awaited: bool = False
    # The meta's dependency, with ``unit``: a state's report repeats unit codes across them.
    entity: str = ""
    # The findings are of several dependencies: ``unit`` is named with ``entity`` («003
    # (dependencia 51)»), as the board names them; with one, the code alone, as always.
    several: bool = False

    @property
    def unit_named(self) -> str:
        """«003», or «003 (dependencia 51)» among several dependencies; "": none named.

        A long code is cut: its one unbroken word kept every row of the panel from wrapping.
        """
        if not self.unit:
            return ""
        return with_dependency(self.unit, shortened(self.entity, CODE_ROOM), self.several)


def finding_rows(
    validation: ValidationResult,
    unit: OwnUnit | None,
    own_closed: bool = False,
    name_units: bool = False,
    closed: Collection[OwnUnit] = frozenset(),
) -> list[FindingRow]:
    """Every finding of ``validation`` as the panel lists it.

    ``unit`` is this PC's own, with its dependency (among several, one's 002 only);
    ``own_closed``, whether it closed the quarter reported;
    ``name_units``: each row names its meta's unit (the coordinator sees every unit's), and
    its dependency too when there are several; ``closed``: the other units (dependency, code)
    whose quarter reported is closed here (at the coordinator, by their package).
    """
    several = name_units and len({item.meta.key.entity for item in validation.metas}) > 1
    return [
        FindingRow(
            finding,
            item.meta.description,
            validation.justification_for(finding),
            own,
            own_closed if own else (item.meta.key.entity, item.meta.key.unit) in closed,
            validation.earlier_justification_for(finding),
            item.meta.key.unit.value if name_units else "",
            entity=item.meta.key.entity if name_units else "",
            several=several,
        )
        for item in validation.metas
        for own in (is_own((item.meta.key.entity, item.meta.key.unit), unit),)
        for finding in item.findings
    ]


class FindingsModel(QAbstractListModel):
    """Errors first, then warnings still open, then the justified ones."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FindingRow] = []

    def set_rows(self, rows: list[FindingRow]) -> None:
        """Replace the findings shown."""
        self.beginResetModel()
        self._rows = sorted(rows, key=_order)
        self.endResetModel()

    def rows(self) -> list[FindingRow]:
        """Every finding shown, in order."""
        return list(self._rows)

    def row_at(self, row: int) -> FindingRow:
        """The finding in a row."""
        return self._rows[row]

    def counts(self) -> tuple[int, int, int]:
        """Errors, warnings, and warnings still without justification."""
        errors = sum(1 for r in self._rows if r.finding.is_error)
        warnings = len(self._rows) - errors
        open_warnings = sum(
            1 for r in self._rows if not r.finding.is_error and r.justification is None
        )
        return errors, warnings, open_warnings

    @override
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    @override
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        finding = row.finding
        if role == Qt.ItemDataRole.DisplayRole:
            status = "ERROR" if finding.is_error else "AVISO"
            if row.justification is not None:
                status = (
                    "AVISO (enterado)"
                    if row.justification.is_acknowledgement
                    else ("AVISO (justificado)")
                )
            elif row.earlier is not None:
                status = "AVISO (cambió desde su justificación)"
            return f"{status} · {_whose(row)}{_clip(row.description)}\n{finding.message}"
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = _kind(row)
            meta = f"Unidad {row.unit_named} · {row.description}" if row.unit else row.description
            text = f"{meta}\n\n{finding.message}\n\n{kind}."
            if row.justification is not None:
                text += f"\n\n{row.justification.describe()}"
            elif row.earlier is not None:
                text += f"\n\n{CHANGED_SINCE}\n{row.earlier.describe_earlier()}"
            return text
        if role == Qt.ItemDataRole.ForegroundRole:
            if finding.is_error:
                return _AWAITED if row.awaited else _ERROR
            return _SETTLED if row.justification is not None else _WARNING
        if role == FINDING_ROLE:
            return row
        return None


def _order(row: FindingRow) -> tuple[int, tuple[int, str, str], str, str]:
    # Several units' findings (the coordinator's): each unit's together, by its code; among
    # several dependencies, by dependency first (the 003 of two of them are two offices), 9
    # before 10 as the report lists them.
    band = 0 if row.finding.is_error else 1 if row.justification is None else 2
    return band, dependency_order(row.entity), row.unit, row.description


def _kind(row: FindingRow) -> str:
    """What the finding asks, and of whom: the tooltip's last line."""
    if not row.finding.is_error:
        return "Aviso: pide justificación"
    if row.own:
        return "Error: impide exportar"
    if row.awaited:  # as the summary says them apart: red read as an error to correct
        return (
            "Error de una unidad que aún no entrega su paquete del trimestre: estas cifras son "
            "las del informe oficial; las suyas llegan en su paquete"
        )
    return "Error de otra unidad: lo corrige esa unidad"


def _whose(row: FindingRow) -> str:
    return f"{row.unit_named} · " if row.unit else ""


def _clip(text: str, limit: int = 70) -> str:
    return shortened(text, limit)
