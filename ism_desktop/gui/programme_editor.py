"""The coordinator's programme editor: add, edit and retire a year's metas with their originals."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import ActivityCode, ProgrammeCode, UnitCode
from ism_desktop.domain.meta import Meta, MetaKey, MetaKind, normalize_text
from ism_desktop.domain.number_input import FigureInputError, parse_figure
from ism_desktop.domain.programme_checks import draft_problem
from ism_desktop.domain.report import Catalogue
from ism_desktop.domain.wording import count, shortened
from ism_desktop.domain.year_programme import MetaDraft
from ism_desktop.exchange.programme_template import attribute_cells
from ism_desktop.gui.dialog_buttons import add_close, confirm_loss, may_discard, ok_cancel
from ism_desktop.gui.search_field import SearchField, searchable
from ism_desktop.workspace.opening import Store
from ism_desktop.workspace.year_programme import ProgrammeError, retire_meta, save_meta

_HEADERS = (
    *("Unidad", "Programa", "Proceso", "Meta", "Unidad de medida", "Tipo", "VAL. ACUM."),
    *("T1", "T2", "T3", "T4", "Anual"),
)


def _decimal(text: str) -> Decimal:
    # As every door reads a figure: «1.5e3», «nan» and a decimal comma are refused, each with
    # its reason (a ValueError, as the dialog shows it).
    try:
        value = parse_figure(text, percent=False)
    except FigureInputError as exc:
        raise ValueError(str(exc).rstrip(".")) from None
    return Decimal(0) if value is None else value


def _warn(parent: QWidget, problem: Exception | str) -> None:
    """A refusal as a sentence: the workspace's reasons begin in lower case, to follow a colon."""
    text = str(problem)
    QMessageBox.warning(parent, parent.windowTitle(), text[:1].upper() + text[1:])


class MetaDraftDialog(QDialog):
    """One meta's identity, attributes and original quarterly targets; annuals computed."""

    def __init__(
        self, entity: str, catalogue: Catalogue, meta: Meta | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Editar meta" if meta else "Agregar meta")
        self._entity = entity
        form = QFormLayout(self)
        self.unit, self.programme, self.activity = QComboBox(), QComboBox(), QComboBox()
        for combo, codes in (
            (self.unit, sorted(code.value for (_e, code) in catalogue.units)),
            (self.programme, sorted(code.value for (_e, code) in catalogue.programmes)),
            (self.activity, sorted(code.value for (_e, code) in catalogue.activities)),
        ):
            combo.addItems(codes)
        form.addRow("&Unidad:", self.unit)
        form.addRow("&Programa:", self.programme)
        form.addRow("P&roceso:", self.activity)
        self.description = QLineEdit()
        form.addRow("&Descripción:", self.description)
        self.uom = QLineEdit()
        form.addRow("Unidad de &medida:", self.uom)
        self.kind = QComboBox()
        self.kind.addItems(["A", "P"])
        form.addRow("&Tipo:", self.kind)
        # Its own Alt letter: reached only by Tab, Tab, Tab from the keyboard.
        self.cumulative = QCheckBox("&VAL. ACUM. SI (el anual es la suma)")
        form.addRow(self.cumulative)
        grid = QGridLayout()
        self.num = [QLineEdit("0") for _ in range(4)]
        self.den = [QLineEdit("0") for _ in range(4)]
        for column in range(4):
            grid.addWidget(QLabel(f"T{column + 1}"), 0, column + 1)
            grid.addWidget(self.num[column], 1, column + 1)
            grid.addWidget(self.den[column], 2, column + 1)
            self.num[column].setAccessibleName(f"Programado original T{column + 1} (NUM)")
            self.den[column].setAccessibleName(f"Programado original T{column + 1} (DEN)")
        grid.addWidget(QLabel("NUM / MET"), 1, 0)
        grid.addWidget(QLabel("DEN"), 2, 0)
        targets = QLabel("Programado &original:")
        targets.setBuddy(self.num[0])
        form.addRow(targets, grid)
        self.annual = QLabel()
        form.addRow("Anual:", self.annual)
        ok_cancel(self, form, self._accept)
        if meta is not None:
            self._show(meta)
        for field in (*self.num, *self.den):
            field.textChanged.connect(self._update)
        self.kind.currentTextChanged.connect(self._update)
        self.cumulative.toggled.connect(self._update)
        self._update()
        self._opened_with = self._typed()
        self._discard_question = (
            "¿Descartar los cambios a la meta?" if meta else "¿Descartar la meta escrita?"
        )

    @override
    def reject(self) -> None:
        # Esc threw away a meta typed whole (description, figures) at one key, without asking.
        typed = self._typed() != self._opened_with
        if may_discard(self, typed, self._discard_question):
            super().reject()

    def _typed(self) -> tuple[str, ...]:
        """Everything the dialog holds, as shown: what changed since it opened."""
        combos = (self.unit, self.programme, self.activity, self.kind)
        return (
            *(combo.currentText() for combo in combos),
            self.description.text(),
            self.uom.text(),
            str(self.cumulative.isChecked()),
            *(field.text() for field in (*self.num, *self.den)),
        )

    def _show(self, meta: Meta) -> None:
        key = meta.key
        self.unit.setCurrentText(key.unit.value)
        self.programme.setCurrentText(key.programme.value)
        self.activity.setCurrentText(key.activity.value)
        self.description.setText(meta.description)
        self.uom.setText(meta.unit_of_measure)
        self.kind.setCurrentText(meta.kind.value)
        self.cumulative.setChecked(meta.cumulative)
        for field, value in zip(self.num, meta.num.original, strict=True):
            field.setText(str(value))
        if meta.den is not None:
            for field, value in zip(self.den, meta.den.original, strict=True):
                field.setText(str(value))

    def draft(self) -> MetaDraft:
        """The meta as typed; ``ValueError`` (Spanish) when a figure is not a figure."""
        key = MetaKey(
            self._entity,
            UnitCode(self.unit.currentText()),
            ProgrammeCode(self.programme.currentText()),
            ActivityCode(self.activity.currentText()),
            normalize_text(self.description.text()),
        )
        num = tuple(_decimal(field.text()) for field in self.num)
        percent = self.kind.currentText() == "P"
        den = tuple(_decimal(field.text()) for field in self.den) if percent else None
        return MetaDraft(
            key,
            normalize_text(self.uom.text()).upper(),
            MetaKind(self.kind.currentText()),
            self.cumulative.isChecked(),
            (num[0], num[1], num[2], num[3]),
            None if den is None else (den[0], den[1], den[2], den[3]),
        )

    def _update(self) -> None:
        percent = self.kind.currentText() == "P"
        for field in self.den:
            field.setEnabled(percent)
        try:
            meta = self.draft().to_meta()
        except ValueError as exc:
            self.annual.setText(str(exc))
            return
        text = f"{meta.num.original_annual}"
        if meta.den is not None:
            text = f"NUM {text} · DEN {meta.den.original_annual} · MET {meta.met.original_annual} %"
        self.annual.setText(text)

    def _accept(self) -> None:
        try:
            draft = self.draft()
        except ValueError as exc:
            _warn(self, exc)
            return
        # Refused by the save anyway, but said here, where what was typed can still be mended.
        if (problem := draft_problem(draft)) is not None:
            _warn(self, problem + ".")
            return
        self.accept()


class ProgrammeEditor(QDialog):
    """The metas of a year, with buttons to add, edit and retire (until it is approved)."""

    def __init__(self, store: Store, year: int, author: Author, parent: QWidget | None = None):
        super().__init__(parent)
        self._store, self._year, self._author = store, year, author
        self.setWindowTitle(f"Metas del programa {year}")
        self.resize(1200, 600)
        layout = QVBoxLayout(self)
        self.state = QLabel()
        layout.addWidget(self.state)
        self.search = SearchField(
            "Buscar por unidad (clave o nombre), programa, proceso o descripción…",
            "Buscar metas del programa",
        )
        self.search.textChanged.connect(self._filter)
        # Alt+B and Alt+M: both were reached by Tab alone.
        search_row = QHBoxLayout()
        search_label = QLabel("&Buscar:")
        search_label.setBuddy(self.search)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        layout.addLayout(search_row)
        table_label = QLabel("&Metas:")
        layout.addWidget(table_label)
        self._search_texts: list[str] = []
        self.table = QTableWidget(0, len(_HEADERS))
        self.table.setAccessibleName("Metas del programa")
        table_label.setBuddy(self.table)
        self.table.setHorizontalHeaderLabels(list(_HEADERS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A row double-clicked did nothing: people open a list's row that way, not only by
        # «Editar meta…» below it.
        self.table.doubleClicked.connect(self._on_double_clicked)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton("&Agregar meta…")
        self.edit_button = QPushButton("&Editar meta…")
        self.retire_button = QPushButton("&Retirar meta")
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(self._edit_selected)
        self.retire_button.clicked.connect(self.retire)
        for button in (self.add_button, self.edit_button, self.retire_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        add_close(self, layout)
        self.metas: list[Meta] = []
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Show the year's metas again, with the meta ``select`` (its id) selected and in view."""
        report = self._store.reports.load(year=self._year)
        self.metas = list(report.metas) if report is not None else []
        approved = self._store.years.is_approved(self._year)
        self.state.setText(
            f"El programa {self._year} está aprobado: lo programado original ya no cambia."
            if approved
            else f"Programa {self._year} sin aprobar: {count(len(self.metas), 'meta', 'metas')}."
        )
        for button in (self.add_button, self.edit_button, self.retire_button):
            button.setEnabled(not approved)
        self.table.setRowCount(len(self.metas))
        for index, meta in enumerate(self.metas):
            values = (
                meta.key.unit.value,
                *attribute_cells(meta),
                *(str(value) for value in meta.met.original),
                str(meta.met.original_annual),
            )
            for column, value in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(value))
        # The unit's name too: people look for «jurídica» more often than for «004».
        catalogue = report.catalogue if report is not None else Catalogue()
        self._search_texts = [
            searchable(
                " ".join(
                    (
                        meta.key.unit.value,
                        catalogue.unit_name(meta.key.entity, meta.key.unit),
                        *attribute_cells(meta),
                    )
                )
            )
            for meta in self.metas
        ]
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(3, 380)
        self._filter()
        # After an edit the list is read again: the meta worked on stays where the eye was.
        row = next((i for i, m in enumerate(self.metas) if m.stable_id == select), -1)
        if row >= 0 and not self.table.isRowHidden(row):
            self.table.selectRow(row)
            self.table.scrollTo(self.table.model().index(row, 0))

    def _filter(self) -> None:
        for row, shown in enumerate(self.search.shown(self._search_texts)):
            self.table.setRowHidden(row, not shown)

    def selected(self) -> Meta | None:
        """The meta of the selected row, if the search shows it."""
        row = self.table.currentRow()
        # A row the search hid stays current in Qt: acting on it would edit or retire a meta
        # the user no longer sees.
        if not 0 <= row < len(self.metas) or self.table.isRowHidden(row):
            return None
        return self.metas[row]

    def _chosen(self, action: str) -> Meta | None:
        """The selected meta, or ``None`` after saying to choose one first."""
        meta = self.selected()
        if meta is None:
            QMessageBox.information(
                self, self.windowTitle(), f"Elija en la lista la meta que quiere {action}."
            )
        return meta

    def _on_double_clicked(self) -> None:
        # Approved, «Editar meta…» is greyed: a double click opens nothing it refuses.
        if self.edit_button.isEnabled():
            self._edit_selected()

    def _edit_selected(self) -> None:
        # Nothing chosen must not fall through to «add»: edit(None) opens an empty meta.
        meta = self._chosen("editar")
        if meta is not None:
            self.edit(meta)

    def edit(self, meta: Meta | None) -> None:
        """Add (``meta`` None) or edit a meta through its dialog."""
        report = self._store.reports.load(year=self._year)
        if report is None:
            return
        dialog = MetaDraftDialog(report.entity.code, report.catalogue, meta, self)
        if dialog.exec():
            self.save(dialog.draft(), None if meta is None else meta.stable_id)

    def save(self, draft: MetaDraft, replaces: str | None) -> None:
        """Write one meta (the dialog's second half)."""
        kept: str | None = replaces
        try:
            save_meta(self._store, self._year, draft, self._author, replaces=replaces)
            kept = draft.key.stable_id  # an edit that changes the identity makes a new id
        except ProgrammeError as exc:
            _warn(self, exc)
        self.reload(select=kept)

    def retire(self) -> None:
        """Retire the selected meta after a confirmation."""
        meta = self._chosen("retirar")
        if meta is None:
            return
        asked = f"¿Retirar «{shortened(meta.description, 80)}» del programa {self._year}?"
        if confirm_loss(self, "Retirar meta", asked):
            # The meta that takes its row is selected next (the one above, if it was the last).
            row = self.metas.index(meta)
            rest = [m for m in self.metas if m is not meta]
            after = rest[min(row, len(rest) - 1)].stable_id if rest else None
            try:
                retire_meta(self._store, self._year, meta.stable_id, self._author)
                kept = after
            except ProgrammeError as exc:
                _warn(self, exc)
                kept = meta.stable_id
            self.reload(select=kept)
