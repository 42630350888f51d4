"""Which metas carry over to a new year: searched and ticked in bulk, with a running count."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ism_desktop.domain.meta import Meta
from ism_desktop.domain.wording import count
from ism_desktop.gui.dialog_buttons import may_discard, ok_cancel
from ism_desktop.gui.search_field import SearchField, searchable
from ism_desktop.gui.wide_digits import number_box


class NewYearDialog(QDialog):
    """Which year to start, from which year, and which metas carry over."""

    def __init__(
        self,
        year: int,
        metas: list[Meta],
        parent: QWidget | None = None,
        *,
        save: Callable[[NewYearDialog], str | None] | None = None,
    ) -> None:
        """``save``: makes the year chosen, or says why not (the dialog then stays open)."""
        super().__init__(parent)
        self._save = save
        self.setWindowTitle("Programa de un año nuevo")
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.year = number_box(2000, 2100)
        self.year.setValue(year + 1)
        form.addRow("Ejercicio &nuevo:", self.year)
        form.addRow("Con las metas del ejercicio:", QLabel(str(year)))
        layout.addLayout(form)
        intro = QLabel(
            "Marque las metas que pasan al año nuevo (mismas unidades, programas, procesos, "
            "descripción, unidad de medida, tipo y VAL. ACUM.; lo programado queda vacío):"
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        tools = QHBoxLayout()
        self.search = SearchField("Buscar por unidad o descripción…", "Buscar metas")
        self.search.textChanged.connect(self._filter)
        # Its letter, as every input here has: without it, a unit typed after Alt+B went into
        # «Ejercicio nuevo», and «Desmarcar las mostradas» unticked every meta.
        find = QLabel("&Buscar:")
        find.setBuddy(self.search)
        tools.addWidget(find)
        tools.addWidget(self.search, 1)
        # Both act on the metas the search shows: «retire every meta of unit 008» is two steps.
        self.all_button = QPushButton("&Marcar las mostradas")
        self.none_button = QPushButton("&Desmarcar las mostradas")
        self.all_button.clicked.connect(lambda: self._tick_shown(Qt.CheckState.Checked))
        self.none_button.clicked.connect(lambda: self._tick_shown(Qt.CheckState.Unchecked))
        tools.addWidget(self.all_button)
        tools.addWidget(self.none_button)
        layout.addLayout(tools)
        self.metas = QListWidget()
        self.metas.setAccessibleName("Metas que pasan al año nuevo")
        self.metas.setUniformItemSizes(True)
        self._search_texts: list[str] = []
        self._shown = len(metas)  # how many the search shows
        for meta in metas:
            text = f"{meta.key.unit} · {meta.description}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, meta.stable_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.metas.addItem(item)
            self._search_texts.append(searchable(text))
        self.metas.itemChanged.connect(self._count)
        layout.addWidget(self.metas, 1)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.year.valueChanged.connect(self._on_year_changed)
        self.ok_button = ok_cancel(self, layout)
        self._count()

    @override
    def accept(self) -> None:
        if self._save is not None and (refused := self._save(self)):
            # Refused (a year that already has metas): the metas ticked stay as they are.
            self.error_label.setText(refused)
            self.error_label.show()
            self.year.setFocus()
            return
        super().accept()

    def _on_year_changed(self) -> None:
        self.error_label.hide()  # said of the year no longer chosen

    @override
    def reject(self) -> None:
        unticked = any(
            self.metas.item(row).checkState() != Qt.CheckState.Checked
            for row in range(self.metas.count())
        )
        question = "¿Descartar las metas desmarcadas para el año nuevo?"
        if may_discard(self, unticked, question):
            super().reject()

    def _filter(self) -> None:
        shown_count = 0
        for index, shown in enumerate(self.search.shown(self._search_texts)):
            self.metas.item(index).setHidden(not shown)
            shown_count += shown
        self._shown = shown_count
        # Nothing shown, nothing to mark: the buttons would only seem to do nothing.
        self.all_button.setEnabled(shown_count > 0)
        self.none_button.setEnabled(shown_count > 0)
        self._count()

    def _tick_shown(self, state: Qt.CheckState) -> None:
        # One count at the end, not one per item: a state's list has thousands.
        self.metas.blockSignals(True)
        for index in range(self.metas.count()):
            item = self.metas.item(index)
            if not item.isHidden():
                item.setCheckState(state)
        self.metas.blockSignals(False)
        self._count()

    def _count(self) -> None:
        total = self.metas.count()
        kept = total - len(self.excluded())
        verb = "pasa" if kept == 1 else "pasan"
        said = f"{kept} de {count(total, 'meta', 'metas')} {verb} al año nuevo."
        searched = self.search.text().strip()
        if searched and not self._shown:
            said += f" Ninguna meta coincide con «{searched}»."
        elif searched:
            said += f" La búsqueda muestra {count(self._shown, 'meta', 'metas')}."
        self.summary.setText(said)
        self.ok_button.setEnabled(kept > 0)

    def excluded(self) -> set[str]:
        """The ids of the metas left out."""
        out = set()
        for index in range(self.metas.count()):
            item = self.metas.item(index)
            if item.checkState() != Qt.CheckState.Checked:
                out.add(str(item.data(Qt.ItemDataRole.UserRole)))
        return out
