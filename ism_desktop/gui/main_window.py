"""The unit's window: metas on the left, the selected meta's official row in the middle."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QMimeData, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ism_desktop import APP_NAME, __version__
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.gui import window_dialogs
from ism_desktop.gui.actions import make_action
from ism_desktop.gui.coordination_actions import PACKAGE_SUFFIXES, CoordinationActions
from ism_desktop.gui.findings_model import FindingRow
from ism_desktop.gui.findings_panel import FindingsPanel
from ism_desktop.gui.main_menus import build_menus
from ism_desktop.gui.meta_filter_proxy import MetaFilterProxy
from ism_desktop.gui.meta_form import MetaForm
from ism_desktop.gui.meta_tree_model import META_ID_ROLE, MetaTreeModel
from ism_desktop.gui.paimef.main_window_hooks import install_due_soon, open_paimef
from ism_desktop.gui.profile_dialog import ProfileDialog
from ism_desktop.gui.profile_settings import save_profile
from ism_desktop.gui.report_actions import ReportActions
from ism_desktop.gui.report_session import ReportSession
from ism_desktop.gui.task_runner import TaskRunner
from ism_desktop.gui.undo_actions import UndoActions
from ism_desktop.gui.window_state import WindowState
from ism_desktop.gui.year_actions import YearActions
from ism_desktop.workspace.changes import WorkspaceError
from ism_desktop.workspace.opening import StoreError

if TYPE_CHECKING:
    from ism_desktop.exchange.etca.report_import import ImportSummary


FULLY_EXPANDED_LIMIT = 400


def _import_error(exc: Exception) -> str:
    from ism_desktop.exchange.etca.errors import EtcaFormatError

    if isinstance(exc, EtcaFormatError | StoreError):
        return f"No se importó nada. {exc}"
    return f"No se importó nada: ocurrió un error inesperado ({exc})."


class MainWindow(QMainWindow):
    """Navigation, editing, undo/redo, import and the audit trail."""

    import_finished = Signal(object)  # ImportSummary

    def __init__(self, session: ReportSession, settings: QSettings) -> None:
        super().__init__()
        self.session = session
        self._settings = settings
        self.tasks = TaskRunner(self)
        self.model = MetaTreeModel(session, self)
        self.proxy = MetaFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build_central()
        self._build_actions()
        self.paimef_due = install_due_soon(self)
        self._update_title()
        self.window_state = WindowState(
            self,
            settings,
            {"principal": self.splitter, "lista": self.left_split},
            {"metas": self.tree.header()},
        )
        self.window_state.restore(self.splitter)
        self.help_dialog: QDialog | None = None  # the help (F1) while it is open
        self.setAcceptDrops(True)
        session.changes_recorded.connect(self._on_saved)
        session.edit_failed.connect(self._on_edit_failed)
        session.check_failed.connect(lambda message: self.statusBar().showMessage(message))
        self.form.input_rejected.connect(
            lambda message: self.statusBar().showMessage(message, 8000)
        )
        session.report_reloaded.connect(self._on_report_reloaded)
        session.findings_changed.connect(self._show_findings)
        self._show_findings()
        self._select_first()

    def _build_central(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Buscar meta… (Ctrl+F)")
        self.search.setAccessibleName("Buscar meta")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        self.tree = QTreeView()
        self.tree.setAccessibleName("Metas")
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        # Long names differ at their end ("ÍNDICE DE CALIDAD E… DE LA ATENCIÓN"): keep both ends.
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.setIndentation(14)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(56)
        for column, width in ((1, 72), (2, 84)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self._expand()
        self.tree.selectionModel().selectionChanged.connect(self._on_selection)
        left_layout.addWidget(self.search)
        self.findings = FindingsPanel()
        self.findings.finding_activated.connect(self._go_to_finding)
        self.findings.justify_requested.connect(self._justify)
        left_split = QSplitter(Qt.Orientation.Vertical)
        left_split.addWidget(self.tree)
        left_split.addWidget(self.findings)
        left_split.setStretchFactor(0, 3)
        left_split.setStretchFactor(1, 2)
        self.left_split = left_split
        left_layout.addWidget(left_split)
        self.form = MetaForm(self.session)
        scroll = QScrollArea()
        self.form_area = scroll
        # The frame around the form is no control: Tab goes straight to what can be typed.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        self.setTabOrder(self.search, self.tree)

    def _build_actions(self) -> None:
        self.import_action = make_action(
            self, "&Importar informe oficial…", self._choose_report, QKeySequence("Ctrl+I")
        )
        self.undo_actions = UndoActions(self.session, self)
        self.undo_action = self.undo_actions.undo_action
        self.redo_action = self.undo_actions.redo_action
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.reports = ReportActions(self, self.session, self.tasks, self.form.flush)
        self.coordination = CoordinationActions(
            self, self.session, self.tasks, self._current_meta_id
        )
        self.coordination_menu = build_menus(self, self)
        self._show_coordination_menu()
        self.year_actions = YearActions(self)

    def _current_meta_id(self) -> str | None:
        return self.form.meta.stable_id if self.form.meta is not None else None

    def _show_coordination_menu(self) -> None:
        self.coordination.update_for_profile()
        self.coordination_menu.menuAction().setVisible(
            self.session.profile.role is Role.COORDINATOR
        )

    def _update_title(self) -> None:
        profile = self.session.profile
        report = self.session.report
        unit_name = ""
        if report is not None:
            unit_name = report.catalogue.unit_name(report.entity.code, profile.unit)
        period = f"{profile.year}, {profile.quarter.in_words}"
        self.setWindowTitle(
            f"{APP_NAME} {__version__} — {profile.describe()} {unit_name} — {period}"
        )

    def select_meta(self, stable_id: str) -> None:
        """Select a meta in the tree (clearing a search that hides it)."""
        index = self.proxy.mapFromSource(self.model.index_of(stable_id))
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index_of(stable_id))
        if index.isValid():
            parent = index.parent()
            while parent.isValid():
                self.tree.expand(parent)
                parent = parent.parent()
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _select_first(self) -> None:
        index = self.proxy.index(0, 0)
        while index.isValid() and self.proxy.rowCount(index) > 0:
            index = self.proxy.index(0, 0, index)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        stable_id = indexes[0].data(META_ID_ROLE) if indexes else None
        self.form.show_meta(self.session.meta(stable_id) if stable_id else None)

    def _expand(self) -> None:
        # A unit's few dozen metas read best fully open; thousands (a state-wide consolidation)
        # would be a wall of rows, so only the first level opens and the search does the rest.
        if self.model.meta_count() <= FULLY_EXPANDED_LIMIT or self.search.text():
            self.tree.expandAll()
        else:
            self.tree.collapseAll()
            self.tree.expandToDepth(0)

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._expand()

    def _on_saved(self, _changes: object) -> None:
        self.saved_label.setText(
            f"Guardado automáticamente a las {datetime.now().strftime('%H:%M:%S')}"
        )

    def _on_edit_failed(self, message: str) -> None:
        QMessageBox.warning(self, "No se guardó el cambio", message)

    def _show_findings(self) -> None:
        # While the rules run on their thread, the findings so far show as they arrive.
        rows: list[FindingRow] = []
        if self.session.checked_count:  # before, not even the rules' modules are loaded yet
            validation = self.session.validation
            rows = [
                FindingRow(finding, item.meta.description, validation.justification_for(finding))
                for item in validation.metas
                for finding in item.findings
            ]
        self.findings.set_rows(rows)
        if not self.session.checked:
            self.findings.show_pending(self.session.checked_count, self.model.meta_count())

    def _go_to_finding(self, row: FindingRow) -> None:
        self.select_meta(row.finding.meta_id)
        self.form.focus_field(row.finding.field)

    def _justify(self, row: FindingRow) -> None:
        from ism_desktop.gui.justify_dialog import JustifyDialog  # dialogs load when opened

        dialog = JustifyDialog(row.finding, row.description, row.justification, self)
        if dialog.exec() == JustifyDialog.DialogCode.Accepted:
            try:
                self.session.justify(row.finding, dialog.justification_text())
            except (ValueError, WorkspaceError) as exc:  # pasted text that is not text, too long
                QMessageBox.warning(self, "Justificar aviso", f"No se guardó: {exc}")
                return
            self.statusBar().showMessage("Justificación guardada.", 5000)

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.search.setFocus()
        self.search.selectAll()

    def focus_achieved(self) -> None:
        """Put the cursor in the reported quarter's achieved figure."""
        meta = self.form.meta
        if meta is not None and self.session.can_edit(meta):
            cell = self.form.grid.editable_cells(meta, self.session.profile.quarter)[0]
            cell.setFocus()
            cell.selectAll()

    def edit_profile(self) -> None:
        """Change who this PC is, or the period being reported."""
        self.form.flush()
        report = self.session.report
        units = list(report.catalogue.units.values()) if report is not None else []
        profile = self.session.profile

        dialog = ProfileDialog(units, profile, profile.year, profile.quarter, self)
        if dialog.exec() == ProfileDialog.DialogCode.Accepted:
            self.apply_profile(dialog.profile())

    def apply_profile(self, profile: PcProfile) -> None:
        """Switch profile: save it, reload the metas, forget the undo history."""
        save_profile(self._settings, profile)
        self.session.set_profile(profile)
        self._show_coordination_menu()

    def restore_backup(self) -> None:
        """Choose a backup, confirm, and put it in place of the current data."""
        window_dialogs.restore_backup(self)

    def _choose_report(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            "Importar informe ETCA-III-04",
            "",
            "Texto del informe (*.txt);;Todos los archivos (*)",
        )
        if path:
            self.import_report(Path(path))

    def import_report(self, path: Path) -> None:
        """Import a report in the background; the window reloads when it is stored."""
        self.form.flush()
        workspace = self.session.workspace

        def work() -> ImportSummary:
            if workspace.store.path is None:
                return workspace.import_report(path).summary
            return workspace.in_own_connection(lambda w: w.import_report(path).summary)

        self.tasks.run(
            f"Importando «{path.name}»…",
            work,
            self._on_imported,
            describe_error=_import_error,
            title="No se pudo importar el informe",
        )

    def _on_imported(self, summary: ImportSummary) -> None:
        self.session.reload()
        detail = summary.describe()
        if summary.changes:
            # What the report changed on metas already stored (also in the history).
            detail += "\n\nCambios:\n" + "\n".join(summary.change_lines()[:20])
        if summary.warnings:
            detail += "\n\nAvisos:\n" + "\n".join(str(w) for w in summary.warnings[:20])
        QMessageBox.information(self, "Informe importado", detail)
        self.import_finished.emit(summary)

    def _on_report_reloaded(self) -> None:
        self._expand()
        self._update_title()
        self._select_first()

    def show_paimef(self) -> None:
        """The PAIMEF window: Programa Anual, dates and deadlines, indicators."""
        open_paimef(self, self.paimef_due)

    def show_history(self) -> None:
        """Open the audit trail of the selected meta."""
        window_dialogs.show_history(self)

    def show_help(self) -> None:
        """The Spanish help (F1)."""
        window_dialogs.show_help(self)

    def show_about(self) -> None:
        """Name, version, the database in use and where the backups are."""
        window_dialogs.show_about(self)

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _package_paths(event.mimeData()):
            event.acceptProposedAction()

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        paths = _package_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.coordination.receive(paths)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self.form.flush()
        self.reports.close_preview()  # its document may still be being written
        self.tasks.wait()
        self.window_state.save()
        super().closeEvent(event)


def _package_paths(mime: QMimeData) -> list[Path]:
    """The dropped files that can be packages (zip archives)."""
    return [
        Path(url.toLocalFile())
        for url in mime.urls()
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in PACKAGE_SUFFIXES
    ]


def current_index_id(index: QModelIndex) -> str | None:
    """The stable id of the meta at an index, if it is a meta."""
    value = index.data(META_ID_ROLE)
    return str(value) if value else None
