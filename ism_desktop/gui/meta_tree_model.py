"""The metas grouped by programme and activity code (and unit, for the coordinator)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from typing_extensions import override

from ism_desktop.domain.figures import Series
from ism_desktop.domain.meta import Meta, normalize_text
from ism_desktop.domain.profile import Role
from ism_desktop.domain.progress import describe_progress
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.traffic_light import traffic_light
from ism_desktop.gui.report_session import ReportSession
from ism_desktop.gui.traffic_light_colors import BACKGROUND, FOREGROUND
from ism_desktop.workspace.errors_meaning import UnitKey, undelivered_units
from ism_desktop.workspace.pending_targets import asked_metas

META_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_TEXT_ROLE = Qt.ItemDataRole.UserRole + 2
HEADERS = ("Meta", "% oficial", "% vs. modif.")
HEADER_TIPS = (
    "Nombre de la meta (completo al dejar el puntero encima).",
    "% de avance oficial: realizado ÷ programado ORIGINAL del trimestre, truncado.",
    "% contra el programado MODIFICADO del trimestre (el que suelen citar las evaluaciones).",
)
_STATUS_COLORS = {"error": QColor("#c62828"), "aviso": QColor("#f9a825")}
# An error of a unit yet to deliver the quarter (at the coordinator): amber, as the findings
# panel paints its rows; red read as an error to correct of figures that are still to come.
_AWAITED_COLOR = _STATUS_COLORS["aviso"]
AWAITED_TIP = (
    "\nTiene errores, pero su unidad aún no entrega su paquete del trimestre: estas cifras son "
    "las del informe oficial; las suyas llegan en su paquete."
)
# The tooltip's line for each marker ``_status`` gives (none for a meta without findings).
_STATUS_TIPS = {
    "error": "\nTiene errores.",
    "aviso": "\nTiene avisos sin justificar.",
    "awaited": AWAITED_TIP,
}
# A meta with nothing to mark keeps the mark's room: without it its name began further left.
_NO_MARK = QColor(0, 0, 0, 0)
AnyIndex = QModelIndex | QPersistentModelIndex
# The tooltip's line for a meta with ``ASKED_MARK``.
ASKED_TIP = "Tiene una solicitud de cambio de meta modificada pendiente (⇄)."
OBSERVED_MARK = "✉ "  # before the name of a meta the coordinating unit wrote observations on
ASKED_MARK = "⇄ "  # before the name of a meta with a target change asked and not yet decided


@dataclass(eq=False)
class _Node:
    label: str
    parent: _Node | None = None
    stable_id: str | None = None
    row: int = 0
    children: list[_Node] = field(default_factory=list)
    groups: dict[str, _Node] = field(default_factory=dict)

    def add(self, node: _Node) -> _Node:
        node.parent = self
        node.row = len(self.children)
        self.children.append(node)
        return node

    def group(self, label: str) -> _Node:
        existing = self.groups.get(label)
        if existing is None:
            existing = self.groups[label] = self.add(_Node(label))
        return existing


# «sin programación» in a narrow column (the list's, the grid's % cell); a tooltip says it whole.
SHORT_PROGRESS = {"sin programación": "sin prog."}


def _percent(meta: Meta, quarter: Quarter, target: Series) -> str:
    text = describe_progress(meta, quarter, target)
    return {**SHORT_PROGRESS, "sin reportar": "—"}.get(text, text)


def _search_text(meta: Meta, node: _Node) -> str:
    """The meta's words and those of the groups it is listed under (unit, programme, process).

    At a state's scale a unit is looked for by its name: «programas sociales», on the list and
    in the title bar, found no meta when only the meta's own words were searched.
    """
    groups: list[str] = []
    parent = node.parent
    while parent is not None and parent.parent is not None:
        groups.append(parent.label)
        parent = parent.parent
    return normalize_text(
        " ".join((meta.description, meta.unit_of_measure, str(meta.key.unit), *groups))
    )


class MetaTreeModel(QAbstractItemModel):
    """A thin tree over the session's metas; figures come from the domain."""

    def __init__(self, session: ReportSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._root = _Node("")
        self._by_id: dict[str, _Node] = {}
        self._observed: set[str] = set()  # metas with the coordinator's observations
        self._asked: set[str] = set()  # metas with a target change asked, undecided
        # The coordinator's units yet to deliver the quarter: read again with the report.
        self._awaited: frozenset[UnitKey] = frozenset()
        self._rebuild()
        session.meta_changed.connect(self._on_meta_changed)
        session.findings_changed.connect(self._on_findings_changed)
        session.report_reloaded.connect(self._on_report_reloaded)

    @property
    def session(self) -> ReportSession:
        """The session the model shows."""
        return self._session

    def index_of(self, stable_id: str, column: int = 0) -> QModelIndex:
        """The index of a meta's row."""
        node = self._by_id.get(stable_id)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def meta_count(self) -> int:
        """How many metas the tree holds."""
        return len(self._by_id)

    @override
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        # Bounds checked here rather than through hasIndex(), which would call back into
        # rowCount() and columnCount() from C++ for every index of a 5,000-row tree.
        if column < 0 or column >= len(HEADERS) or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._node(parent).children
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    @override
    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        node: _Node = child.internalPointer()
        parent = node.parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    @override
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return len(HEADERS)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS[section]
        return None

    @override
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        if node.stable_id is None:
            return self._group_data(node, index.column(), role)
        meta = self._session.meta(node.stable_id)
        if role == SEARCH_TEXT_ROLE:
            return _search_text(meta, node)
        return self._meta_data(meta, index.column(), role)

    def _group_data(self, node: _Node, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and column == 0:
            return node.label
        if role == SEARCH_TEXT_ROLE:
            return ""
        return None

    def _meta_data(self, meta: Meta, column: int, role: int) -> Any:
        quarter = self._session.profile.quarter
        if role == META_ID_ROLE:
            return meta.stable_id
        if column == 0 and role == Qt.ItemDataRole.DecorationRole:
            status = self._status(meta)
            return _AWAITED_COLOR if status == "awaited" else _STATUS_COLORS.get(status, _NO_MARK)
        light = traffic_light(meta, quarter)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                observed = meta.stable_id in self._observed
                asked = ASKED_MARK if meta.stable_id in self._asked else ""
                return f"{asked}{OBSERVED_MARK if observed else ''}{meta.description}"
            if column == 1:
                return _percent(meta, quarter, Series.ORIGINAL)
            return _percent(meta, quarter, Series.MODIFIED)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                observed = meta.stable_id in self._observed
                return (
                    f"{meta.description}\nUnidad {meta.key.unit} · {meta.unit_of_measure}"
                    + _STATUS_TIPS.get(self._status(meta), "")
                    + ("\nTiene observaciones de la unidad coordinadora." if observed else "")
                    + (f"\n{ASKED_TIP}" if meta.stable_id in self._asked else "")
                )
            target = Series.ORIGINAL if column == 1 else Series.MODIFIED
            what = "Avance oficial" if column == 1 else "Avance contra lo modificado"
            return (
                f"{what}: {describe_progress(meta, quarter, target)}\n"
                f"Semáforo {light.value}: {light.label}"
            )
        if column == 1 and role == Qt.ItemDataRole.BackgroundRole:
            return BACKGROUND[light]
        if column == 1 and role == Qt.ItemDataRole.ForegroundRole:
            return FOREGROUND[light]
        if column > 0 and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _status(self, meta: Meta) -> str:
        """The meta's marker: «error», «aviso», «awaited» (an error of a unit yet to deliver)."""
        status = self._session.status_of(meta.stable_id) or ""
        unit = (meta.key.entity, meta.key.unit)  # codes repeat across a state's dependencies
        return "awaited" if status == "error" and unit in self._awaited else status

    def _node(self, index: AnyIndex) -> _Node:
        if index.isValid():
            node: _Node = index.internalPointer()
            return node
        return self._root

    def _rebuild(self) -> None:
        self._root = _Node("")
        self._by_id = {}
        report = self._session.report
        if report is None:
            return
        catalogue = report.catalogue
        by_unit = self._session.profile.role is Role.COORDINATOR
        # One catalogue look-up per group, not per meta: a state's 5,000 metas share 477 units.
        labels: dict[tuple[str, object], str] = {}

        def label(kind: str, entity: str, code: Any) -> str:
            found = labels.get((kind + entity, code))
            if found is None:
                if kind == "unit":
                    name = catalogue.unit_name(entity, code)
                    found = f"{code} {name}" if name != code.value else name
                elif kind == "programme":
                    found = f"{code} {catalogue.programme_name(entity, code)}"
                else:
                    found = f"{code} {catalogue.activity_name(entity, code)}"
                labels[(kind + entity, code)] = found
            return found

        for meta in self._session.metas():
            key = meta.key
            parent = self._root
            if by_unit:
                parent = parent.group(label("unit", key.entity, key.unit))
            parent = parent.group(label("programme", key.entity, key.programme))
            parent = parent.group(label("activity", key.entity, key.activity))
            node = parent.add(_Node(meta.description, stable_id=meta.stable_id))
            self._by_id[meta.stable_id] = node
        self._load_observed()

    def _load_observed(self) -> None:
        profile = self._session.profile
        notes = self._session.store.observations.for_metas(
            profile.year, profile.quarter, self._by_id
        )
        self._observed = {note.meta_id for note in notes}
        session = self._session
        self._asked = asked_metas(session.store, session.profile, session.metas())
        coordinator = profile.role is Role.COORDINATOR
        self._awaited = (
            undelivered_units(session.store, profile.year, profile.quarter, session.metas())
            if coordinator
            else frozenset()
        )

    def _on_meta_changed(self, stable_id: str) -> None:
        profile = self._session.profile
        notes = self._session.store.observations.for_meta(profile.year, stable_id)
        self._observed.discard(stable_id)
        if any(note.quarter == profile.quarter for note in notes):
            self._observed.add(stable_id)
        # A request made, or undone, changes this meta's mark alone.
        self._asked.discard(stable_id)
        meta = self._session.meta(stable_id)
        if asked_metas(self._session.store, profile, [meta]) & {stable_id}:
            self._asked.add(stable_id)
        first = self.index_of(stable_id, 0)
        if first.isValid():
            self.dataChanged.emit(first, self.index_of(stable_id, len(HEADERS) - 1))

    def _on_findings_changed(self) -> None:
        # Markers change on some rows at a time (a chunk of findings, a justification): repaint
        # column 0 of those, one range per group, not the whole tree of 5,000 rows.
        rows_by_parent: dict[int, tuple[_Node, list[int]]] = {}
        for stable_id in self._session.status_changed:
            node = self._by_id.get(stable_id)
            if node is not None and node.parent is not None:
                parent = node.parent
                rows_by_parent.setdefault(id(parent), (parent, []))[1].append(node.row)
        for parent, rows in rows_by_parent.values():
            index = (
                QModelIndex() if parent is self._root else self.createIndex(parent.row, 0, parent)
            )
            first = self.index(min(rows), 0, index)
            last = self.index(max(rows), 0, index)
            self.dataChanged.emit(first, last, [Qt.ItemDataRole.DecorationRole])

    def _on_report_reloaded(self) -> None:
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()
