"""The «Programa Anual» tab's widgets: the acciones, their findings, and one acción's form."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ism_desktop.domain.paimef.findings import PaimefFinding, findings_summary, message_with_remedy
from ism_desktop.domain.paimef.money import money_display
from ism_desktop.domain.paimef.programme import AnnualProgramme
from ism_desktop.domain.paimef.transversal import transversal_share
from ism_desktop.domain.wording import count
from ism_desktop.gui.paimef.action_form import ActionForm
from ism_desktop.gui.paimef.action_table_model import ActionTableModel
from ism_desktop.gui.read_only_tables import read_only
from ism_desktop.workspace.paimef_justifications import finding_key

_ERROR_COLOUR = QColor(176, 0, 32)


def heading_text(programme: AnnualProgramme) -> str:
    """The line above the tabs: the year, the instancia, its acciones and money."""
    return (
        f"Programa Anual {programme.year} — {programme.institution}: "
        f"{count(len(programme.actions), 'acción', 'acciones')}, "
        f"{money_display(programme.programmed_total)} "
        f"programados, {money_display(programme.exercised_total)} ejercidos."
    )


class ProgrammeTab(QWidget):
    """Laid out here; what each widget does is wired by the PAIMEF window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.model = ActionTableModel(self)
        self.table = QTableView()
        self.table.setAccessibleName("Acciones del Programa Anual")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        read_only(self.table)  # Tab goes on to «Nueva acción», not through every cell
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        # Alt+M (the M of «Imprimir…», in *Archivo* now): reached by Tab alone before.
        actions_label = QLabel("Acciones del Progra&ma Anual")
        actions_label.setBuddy(self.table)
        left_layout.addWidget(actions_label)
        left_layout.addWidget(self.table, 3)
        # The transversal activities' share against its ceiling (3.5.1), as the informe says it.
        self.transversal = QLabel()
        self.transversal.setWordWrap(True)
        self.transversal.setAccessibleName("Actividades transversales")
        left_layout.addWidget(self.transversal)
        buttons = QHBoxLayout()
        self.new_button = QPushButton("N&ueva acción")
        self.delete_button = QPushButton("&Eliminar acción")
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        self.findings = QListWidget()
        self.findings.setAccessibleName("Errores y avisos del Programa Anual")
        findings_label = QLabel("Errores y a&visos")  # reached by Tab alone before
        findings_label.setBuddy(self.findings)
        left_layout.addWidget(findings_label)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        left_layout.addWidget(self.summary)
        self.findings.setWordWrap(True)
        left_layout.addWidget(self.findings, 2)
        self.justify_button = QPushButton("&Justificar aviso…")
        # Offered for a warning only: an error is corrected, so its reason would not be kept.
        self.justify_button.setToolTip(
            "Guarda por qué se acepta el aviso elegido en la lista. "
            "Los errores no se justifican: se corrigen en el Programa Anual."
        )
        self.justify_button.setEnabled(False)
        # Each row's finding: whether it may be justified, and its key to keep the choice.
        self._shown: list[PaimefFinding] = []
        self.findings.currentRowChanged.connect(self._on_current_row_changed)
        left_layout.addWidget(self.justify_button)
        split.addWidget(left)
        self.form = ActionForm()
        split.addWidget(self.form)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([720, 520])
        QVBoxLayout(self).addWidget(split)

    def show_actions(self, programme: AnnualProgramme, with_errors: set[str]) -> None:
        """The acciones (``with_errors``: the claves with an error) and the transversal share."""
        self.model.set_actions(programme.actions, with_errors)
        share = transversal_share(programme)
        self.transversal.setText(share.text)
        self.transversal.setStyleSheet(f"color: {_ERROR_COLOUR.name()};" if share.over else "")

    def show_findings(
        self, findings: list[PaimefFinding], justified: Collection[tuple[str, str, str]]
    ) -> None:
        """The summary and the list; ``justified``: the keys of the findings with a reason."""
        keys = [finding_key(f) for f in findings if not f.is_error]
        self.summary.setText(findings_summary(findings, sum(k not in justified for k in keys)))
        # The list is filled again after every change: the finding chosen stays chosen (after
        # a justification the choice was lost, and the next warning had to be found again).
        row = self.findings.currentRow()
        chosen = finding_key(self._shown[row]) if 0 <= row < len(self._shown) else None
        self._shown = list(findings)
        self.findings.clear()
        for finding in findings:
            is_justified = finding_key(finding) in justified
            mark = " (justificado)" if is_justified else ""
            # What to do is said until it is done: once justified, «o justificar» misled.
            said = finding.message if is_justified else message_with_remedy(finding)
            self.findings.addItem(f"{finding.severity.label.upper()}{mark}: {said}")
            if finding.is_error:
                self.findings.item(self.findings.count() - 1).setForeground(_ERROR_COLOUR)
        shown_keys = [finding_key(f) for f in findings]
        if chosen in shown_keys:
            self.findings.setCurrentRow(shown_keys.index(chosen))
        self._on_current_row_changed(self.findings.currentRow())

    def _on_current_row_changed(self, row: int) -> None:
        """Offer «Justificar aviso…» while a warning is chosen."""
        self.justify_button.setEnabled(
            0 <= row < len(self._shown) and not self._shown[row].is_error
        )
