"""The findings panel: errors and warnings of the unit, live; open one to go to its field."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ism_desktop.domain.limits import thousands
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.validation.unreported import nothing_reported
from ism_desktop.domain.wording import REOPEN_MENU, count
from ism_desktop.gui.findings_filter_proxy import FindingsFilterProxy
from ism_desktop.gui.findings_model import FINDING_ROLE, FindingRow, FindingsModel
from ism_desktop.gui.search_field import SearchField
from ism_desktop.workspace.closed_errors_said import closed_errors_said
from ism_desktop.workspace.errors_meaning import (
    UnitKey,
    coordinator_errors_clause,
    only_awaited,
)
from ism_desktop.workspace.unreported_said import unreported_said


class FindingsPanel(QWidget):
    """Lists the findings; Enter or double-click jumps to the field, «Justificar…» settles one."""

    finding_activated = Signal(object)  # FindingRow
    justify_requested = Signal(object)  # FindingRow

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        database_empty: Callable[[], bool] = bool,
        closed_here: Callable[[], frozenset[Quarter]] = frozenset,
        awaited: Callable[[], frozenset[UnitKey]] = frozenset,
    ) -> None:
        """``database_empty``: whether the database has no metas in any year (a new file).

        ``closed_here``: the quarters this PC's unit closed, asked when the
        quarter is still to be reported (an earlier one closed is reopened before typing).
        ``awaited``: the units yet to deliver the quarter, (dependency, code) each (asked at
        the coordinator).
        """
        super().__init__(parent)
        self._database_empty = database_empty
        self._closed_here = closed_here
        self._awaited = awaited
        # The coordinator's count, by (dependency, unit), of the errors of units yet to deliver.
        self._pending: Counter[tuple[str, str]] = Counter()
        self.model = FindingsModel(self)
        # What the list shows: the findings whose words hold what is typed in ``filter``.
        self.shown = FindingsFilterProxy(self)
        self.shown.setSourceModel(self.model)
        self._metas = 1  # how many metas the findings are of (0: nothing to export yet)
        self._coordinator = False
        self._unit = ""
        self._own_errors = 0  # errors of this PC's unit: the coordinator sees every unit's
        self._closed: Quarter | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Resumen de la validación")
        layout.addWidget(self.summary)
        self.list = QListView()
        self.list.setAccessibleName("Errores y avisos")
        self.list.setModel(self.shown)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        # Thousands of wrapped findings: laid out a batch at a time, the window answers meanwhile.
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.activated.connect(self._on_activated)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        # On the buttons' line: a line of its own would take a line of findings from the list
        # at 1366×768. Ctrl+F stays the meta search's.
        self.filter = SearchField("Filtrar avisos…", "Filtrar errores y avisos")
        self.filter.search_changed.connect(self._on_filter_changed)
        self.filter.enter_pressed.connect(self.list.setFocus)
        self.filter.down_pressed.connect(self.list.setFocus)
        self.filter_count = QLabel()
        self.filter_count.setAccessibleName("Errores y avisos que coinciden")
        self.filter_count.hide()
        buttons.addWidget(self.filter, 1)
        buttons.addWidget(self.filter_count)
        self.go_button = QPushButton("&Ir al campo")
        self.go_button.clicked.connect(lambda: self._on_activated(self.list.currentIndex()))
        self.justify_button = QPushButton("&Justificar aviso…")
        self.justify_button.clicked.connect(self._on_justify)
        buttons.addWidget(self.go_button)
        buttons.addWidget(self.justify_button)
        layout.addLayout(buttons)
        self.list.selectionModel().currentChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._on_reset)
        self._on_reset()

    def _on_filter_changed(self, text: str) -> None:
        self.shown.set_words(text)
        self._count_shown()
        if not self.list.currentIndex().isValid() and self.shown.rowCount():
            self.list.setCurrentIndex(self.shown.index(0, 0))
        self._update_buttons()

    def _count_shown(self) -> None:
        """«12 de 2096» beside the filter while it hides lines; nothing otherwise."""
        filtering = self.shown.filtering()
        self.filter_count.setText(f"{self.shown.rowCount()} de {self.model.rowCount()}")
        self.filter_count.setVisible(filtering)

    def show_pending(self, checked: int = 0, total: int = 0) -> None:
        """Say that the rules are still running (right after the window opens), and how far."""
        progress = f" ({thousands(checked)} de {thousands(total)})" if checked else ""
        self.summary.setText(f"Revisando las metas…{progress}")
        self.summary.setStyleSheet("color: #455a64;")

    def set_rows(
        self, rows: list[FindingRow], metas: int = 1, coordinator: bool = False, unit: str = ""
    ) -> None:
        """Show these findings (of ``metas`` metas: with none, there is nothing to export).

        ``coordinator``: the PC that makes the programme, not one that receives it; ``unit``:
        this PC's unit, whose errors alone stop its export.
        """
        self._metas, self._coordinator, self._unit = metas, coordinator, unit
        self._own_errors = sum(1 for row in rows if row.own and row.finding.is_error)
        closed = (row.finding.quarter for row in rows if row.own and row.closed)
        self._closed = next(closed, None)  # its own quarter, closed: its errors wait on a reopen
        rows = self._marked_awaited(rows) if coordinator else rows
        self._pending = Counter((row.entity, row.unit) for row in rows if row.awaited)
        position, chosen = self.list.currentIndex().row(), self.current_row()
        self.model.set_rows(rows)
        # A reset forgets the row: after «Justificar» nothing was highlighted. The finding
        # chosen stays chosen while it is there as it was (a correction above moved the
        # highlight onto another meta's warning); else the row in the same place (the next
        # warning, the one justified having moved down). One whose answer was taken back moved
        # up among the open ones: it stays chosen, in view.
        same = [
            i
            for i, row in enumerate(self.model.rows())
            if chosen is not None
            and row.finding == chosen.finding
            and row.justification in (chosen.justification, None)
        ]
        kept = [self.shown.mapFromSource(self.model.index(i)) for i in same]
        kept = [index for index in kept if index.isValid()]  # not hidden by the filter
        last = self.shown.rowCount() - 1
        if kept:
            position = kept[0].row()
        if position >= 0 and last >= 0:
            index = self.shown.index(min(position, last), 0)
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)
        self._count_shown()
        self._update_buttons()

    def _marked_awaited(self, rows: list[FindingRow]) -> list[FindingRow]:
        """``rows``, other units' errors marked as of a unit yet to deliver the quarter, or not."""
        others = any(not row.own and row.finding.is_error for row in rows)
        awaited = {(entity, str(unit)) for entity, unit in self._awaited()} if others else set()
        marked = [
            (not row.own and row.finding.is_error and (row.entity, row.unit) in awaited, row)
            for row in rows
        ]
        # Marked again each time: a unit whose package came since is red again.
        return [row if row.awaited is flag else replace(row, awaited=flag) for flag, row in marked]

    def current_row(self) -> FindingRow | None:
        """The selected finding."""
        index = self.list.currentIndex()
        row = index.data(FINDING_ROLE) if index.isValid() else None
        return row if isinstance(row, FindingRow) else None

    def _on_reset(self) -> None:
        errors, warnings, open_warnings = self.model.counts()
        if not self._metas:
            # «Sin errores: el paquete puede exportarse» said of no metas, then the export failed.
            self.summary.setText(self._no_metas())
            self.summary.setStyleSheet("color: #455a64;")
        elif self._to_be_written():
            self.summary.setText(self._to_report(errors, warnings, open_warnings))
            self.summary.setStyleSheet("color: #455a64; font-weight: bold;")
        elif not errors and not warnings:
            can = (
                "el informe institucional puede imprimirse"
                if self._coordinator
                else "el paquete puede exportarse"
            )
            self.summary.setText(f"Sin errores ni avisos: {can}.")
            self.summary.setStyleSheet("color: #1b5e20; font-weight: bold;")
        else:
            blocked = _what_errors_block(
                errors,
                self._own_errors,
                self._unit,
                coordinator=self._coordinator,
                closed=self._closed,
                awaited=self._pending,
                closed_said=self._closed_said(errors),
                own_errors=self._own_error_findings() if self._closed else (),
                shut=self._closed_here() if self._closed else frozenset(),
            )
            self.summary.setText(
                f"{count(errors, 'error', 'errores')} · {count(warnings, 'aviso', 'avisos')} "
                f"({open_warnings} sin justificar).{blocked}"
            )
            # Only figures yet to come from units that have not delivered: nothing to correct.
            red = errors and not only_awaited(errors, self._own_errors, self._pending)
            self.summary.setStyleSheet(
                "color: #b71c1c; font-weight: bold;" if red else "color: #8a4b00;"
            )
        self._update_buttons()

    def _closed_said(self, errors: int) -> str:
        """At a unit, its own errors in the quarter it closed: reopened, they can be corrected.

        «No puede exportarse hasta corregirlos» was said beside a read-only form.
        """
        if self._coordinator or self._closed is None or not self._own_errors:
            return ""
        named = self._unit if self._own_errors < errors else ""
        own = self._own_error_findings()
        return closed_errors_said(self._closed, own, closed=self._closed_here(), unit=named)

    def _own_error_findings(self) -> list[Finding]:
        return [r.finding for r in self.model.rows() if r.own and r.finding.is_error]

    def _no_metas(self) -> str:
        """What to do when the year has no metas; a new database is told how to import them."""
        if self._database_empty():
            return (
                "Esta base de datos está vacía: importe el informe oficial ETCA-III-04 (Archivo → "
                "Importar informe oficial…, Ctrl+I) o "
                + (
                    "prepare el programa (Año → Programa de un año nuevo…)."
                    if self._coordinator
                    else "reciba el programa base (Archivo → Recibir paquetes…)."
                )
            )
        return "Todavía no hay metas en este ejercicio: " + (
            "importe el informe oficial (Archivo → Importar informe oficial…) o prepare "
            "el programa (Año → Programa de un año nuevo…)."
            if self._coordinator
            else "reciba el programa base (Archivo → Recibir paquetes…)."
        )

    def _to_be_written(self) -> bool:
        """Whether the quarter is still to be reported here: nothing in it, and not closed.

        Closed (by hand, with its errors), «escriba…» was told beside a read-only form.
        """
        rows = self.model.rows()
        return not any(row.own and row.closed for row in rows) and nothing_reported(
            [row.finding for row in rows], self._metas
        )

    def _to_report(self, errors: int, warnings: int, open_warnings: int) -> str:
        """The quarter nobody has written yet: what to do, not «124 errores» in red."""
        rows = self.model.rows()
        return unreported_said(
            [row.finding for row in rows],
            (errors, warnings, open_warnings),
            self._metas,
            coordinator=self._coordinator,
            unit=self._unit,
            own={row.finding.meta_id for row in rows if row.own},
            closed=self._closed_here(),
        )

    def _update_buttons(self) -> None:
        # Grey with no word, a person new to the program clicked them and nothing happened.
        row = self.current_row()
        self.go_button.setEnabled(row is not None)
        self.go_button.setToolTip(_CHOOSE_FIRST if row is None else "")
        closed = row is not None and row.closed
        self.justify_button.setEnabled(row is not None and not row.finding.is_error and not closed)
        if row is None:
            why = _CHOOSE_FIRST
        elif closed:
            # Another unit's (the coordinator's list): which one to reopen.
            whose = "" if row.own or not row.unit else f" de la unidad {row.unit_named}"
            why = (
                f"El trimestre {int(row.finding.quarter)}{whose} está cerrado: para justificar un "
                f"aviso, reábralo con un motivo ({REOPEN_MENU})."
            )
        else:
            why = _ERROR_NOT_JUSTIFIED if row.finding.is_error else ""
        self.justify_button.setToolTip(why)

    def _on_activated(self, index: QModelIndex) -> None:
        row = index.data(FINDING_ROLE) if index.isValid() else None
        if isinstance(row, FindingRow):
            self.finding_activated.emit(row)

    def _on_justify(self) -> None:
        row = self.current_row()
        if row is not None and not row.finding.is_error and not row.closed:
            self.justify_requested.emit(row)


_CHOOSE_FIRST = "Elija primero un error o un aviso de la lista de arriba."
_ERROR_NOT_JUSTIFIED = (
    "Un error no se justifica: se corrige. «Ir al campo» lleva a la cifra o al texto."
)


def _what_errors_block(
    errors: int,
    own: int,
    unit: str,
    *,
    coordinator: bool = False,
    closed: Quarter | None = None,
    awaited: Mapping[tuple[str, str], int] | None = None,
    closed_said: str = "",
    own_errors: Sequence[Finding] = (),
    shut: Collection[Quarter] = frozenset(),
) -> str:
    """What the errors mean for this PC: only its unit's own stop its export.

    The coordinating unit sends no package: its own errors stand before the institutional
    report is printed (``closed``: in this quarter, which it closed), and other units' come
    corrected in their next packages; ``awaited``: the errors of each unit yet to deliver.
    ``closed_said``: at a unit, what its own errors ask in the quarter it closed;
    ``own_errors`` and ``shut``: at the coordinator, its own errors and the quarters it closed.
    """
    if not errors:
        return ""
    if coordinator:
        clause = coordinator_errors_clause(
            errors, own, unit, closed, awaited, own_errors=own_errors, shut=shut
        )
        return f" {clause[0].upper()}{clause[1:]}."
    if own == errors:
        return closed_said or (
            f" El paquete no puede exportarse hasta {'corregirlo' if own == 1 else 'corregirlos'}."
        )
    package = f"el paquete de la unidad {unit}"
    if not own:
        if errors == 1:
            return f" El error es de otra unidad: no impide exportar {package}."
        return f" Los errores son de otras unidades: no impiden exportar {package}."
    mine, them = ("1 es", "corregirlo") if own == 1 else (f"{own} son", "corregirlos")
    if closed_said:
        return f" De ellos, {mine} de la unidad {unit}.{closed_said}"
    return f" De ellos, {mine} de la unidad {unit}: su paquete no puede exportarse hasta {them}."
