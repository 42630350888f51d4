"""The unit's window: metas on the left, the selected meta's official row in the middle."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QSettings, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow
from typing_extensions import override

from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.gui.alt_letters import ignore_unanswered_alt_letters
from ism_desktop.gui.profile_settings import save_profile
from ism_desktop.gui.window_frame import loading_view, window_title
from ism_desktop.gui.window_state import WindowState

# The frame paints before the report is loaded; the modules behind the rest of the window (and
# the workspace and database under them) load after it, so they are imported where used. So
# are Qt's classes the frame does not show (each costs a few milliseconds the first time) and
# Qt's namespace of flags (``Qt``, tens of milliseconds).
if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QDialog,
        QLabel,
        QMenu,
        QScrollArea,
        QSplitter,
        QTreeView,
    )

    from ism_desktop.exchange.etca.report_import import ImportSummary
    from ism_desktop.gui.coordination_actions import CoordinationActions
    from ism_desktop.gui.findings_model import FindingRow
    from ism_desktop.gui.findings_panel import FindingsPanel
    from ism_desktop.gui.meta_filter_proxy import MetaFilterProxy
    from ism_desktop.gui.meta_form import MetaForm
    from ism_desktop.gui.meta_tree_model import MetaTreeModel
    from ism_desktop.gui.newer_year_offer import NewerYearOffer
    from ism_desktop.gui.next_quarter_offer import NextQuarterNote
    from ism_desktop.gui.paimef.due_soon_label import DueSoonLabel
    from ism_desktop.gui.report_actions import ReportActions
    from ism_desktop.gui.report_session import ReportSession
    from ism_desktop.gui.search_field import NothingFoundNote, SearchField
    from ism_desktop.gui.task_runner import TaskRunner
    from ism_desktop.gui.undo_actions import UndoActions
    from ism_desktop.gui.year_actions import YearActions


FULLY_EXPANDED_LIMIT = 400


class MainWindow(QMainWindow):
    """Navigation, editing, undo/redo, import and the audit trail."""

    import_finished = Signal(object)  # ImportSummary

    # Made by ``load``: the window's frame exists (and paints) before them.
    session: ReportSession
    tasks: TaskRunner
    model: MetaTreeModel
    proxy: MetaFilterProxy
    search: SearchField
    search_note: NothingFoundNote
    tree: QTreeView
    findings: FindingsPanel
    left_split: QSplitter
    form: MetaForm
    form_area: QScrollArea
    splitter: QSplitter
    saved_label: QLabel
    import_action: QAction
    undo_actions: UndoActions
    undo_action: QAction
    redo_action: QAction
    reports: ReportActions
    coordination: CoordinationActions
    coordination_menu: QMenu
    year_actions: YearActions
    newer_year: NewerYearOffer
    next_quarter: NextQuarterNote
    paimef_due: DueSoonLabel

    def __init__(self, session: ReportSession | None, settings: QSettings) -> None:
        """The window over ``session``; with ``None`` only its frame, until ``load``."""
        super().__init__()
        self.settings = settings
        ignore_unanswered_alt_letters()
        self.loaded = False
        self.help_dialog: QDialog | None = None  # the help (F1) while it is open
        self._last_meta_id = ""  # the meta last shown, shown again after the data are re-read
        # While a search filters the list, rows leaving and coming back choose no meta.
        self.filtering = False
        # The meta «No» kept the list from, until the key or click that chose it is over.
        self.refused_meta_id: str | None = None
        self.window_state = WindowState(self, settings)
        self._opens_maximized = self.window_state.place()
        if session is None:
            self.setCentralWidget(loading_view())
            self.statusBar()  # there from the start, so that nothing moves when it fills
        else:
            self.load(session)
            if self._opens_maximized:
                from PySide6.QtCore import Qt

                self.setWindowState(Qt.WindowState.WindowMaximized)

    @classmethod
    def frame(cls, settings: QSettings, profile: PcProfile) -> MainWindow:
        """The window before its data: title, size and place, «Cargando las metas…»."""
        window = cls(None, settings)
        window.setWindowTitle(window_title(profile, ""))
        return window

    def show_frame(self) -> None:
        """Show the frame where ``frame`` placed it, maximized if it was."""
        if self._opens_maximized:
            self.showMaximized()
        else:
            self.show()

    def load(self, session: ReportSession) -> None:
        """Fill the window with the session's report; nothing can be edited before this."""
        # Here, not in the frame: no file dialog opens before the data, and the module's Qt
        # dialog classes (their enums built on first use) cost milliseconds before the paint.
        from ism_desktop.gui import places
        from ism_desktop.gui.main_window_contents import build_contents

        places.use_settings(self.settings)  # the file dialogs start in the folder chosen last
        self.session = session
        build_contents(self, self._choose_report, self.current_meta_id)
        self.search.search_changed.connect(self._on_search)
        self.expand()
        self.tree.selectionModel().selectionChanged.connect(self._on_selection)
        self.findings.finding_activated.connect(self._go_to_finding)
        self.findings.justify_requested.connect(self._justify)
        self._show_role_actions()
        self._update_title()
        self.window_state.restore(
            self.splitter,
            {"principal": self.splitter, "lista": self.left_split},
            {"metas": self.tree.header()},
        )
        self.setAcceptDrops(True)
        session.changes_recorded.connect(self._on_saved)
        from ism_desktop.gui.refusal_status import say_refusals
        from ism_desktop.gui.save_failure_box import SaveFailureBox

        failures = SaveFailureBox(self)
        session.edit_failed.connect(failures.show)
        session.write_failed.connect(failures.show)
        session.replay_refused.connect(lambda title, message: failures.show(message, title))
        session.check_failed.connect(lambda message: self.statusBar().showMessage(message))
        say_refusals(self.form, self.statusBar())
        self.form.may_leave_typing = self._may_leave_typing
        session.report_reloaded.connect(self._on_report_reloaded)
        session.findings_changed.connect(self._show_findings)
        self._show_findings()
        from ism_desktop.gui.where_left import show_remembered

        show_remembered(self)  # the meta last shown here, if it is still there
        from ism_desktop.gui.meta_switch import focus_at_start

        focus_at_start(self)
        self.loaded = True

    @property
    def last_meta_id(self) -> str:
        """The meta last shown (kept while the form is empty)."""
        return self._last_meta_id

    def current_meta_id(self) -> str | None:
        """The meta the form shows (None: none)."""
        return self.form.meta.stable_id if self.form.meta is not None else None

    def _show_role_actions(self) -> None:
        self.coordination.update_for_profile()
        self.reports.update_for_profile()
        coordinator = self.session.profile.role is Role.COORDINATOR
        self.coordination_menu.menuAction().setVisible(coordinator)

    def _update_title(self) -> None:
        profile = self.session.profile
        unit_name = self.session.workspace.unit_name(profile.unit)
        self.setWindowTitle(window_title(profile, unit_name))

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

    def select_first(self) -> None:
        """Show the first meta the list shows (none: an empty form)."""
        index = self.proxy.index(0, 0)
        while index.isValid() and self.proxy.rowCount(index) > 0:
            index = self.proxy.index(0, 0, index)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        else:
            # No meta left (a restored copy from before the programme, a year without one): the
            # form must not keep one the data no longer hold, to be typed into.
            self.form.show_meta(None)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        from ism_desktop.gui.meta_switch import show_chosen_meta
        from ism_desktop.gui.meta_tree_model import META_ID_ROLE

        if self.filtering:
            return
        indexes = selected.indexes()
        stable_id = indexes[0].data(META_ID_ROLE) if indexes else None
        show_chosen_meta(self, str(stable_id) if stable_id else None)
        shown = self.form.meta
        if shown is not None:
            from ism_desktop.gui.where_left import remember_shown

            self._last_meta_id = shown.stable_id
            remember_shown(self, shown.stable_id)

    def expand(self) -> None:
        """Open the list: all of a unit's metas, the first level of thousands."""
        # A unit's few dozen metas read best fully open; thousands (a state-wide consolidation)
        # would be a wall of rows, so only the first level opens and the search does the rest.
        if self.model.meta_count() <= FULLY_EXPANDED_LIMIT or self.search.text():
            self.tree.expandAll()
        else:
            self.tree.collapseAll()
            self.tree.expandToDepth(0)

    def _on_search(self, text: str) -> None:
        from ism_desktop.gui.meta_switch import follow_search

        follow_search(self, text)

    def _on_saved(self, _changes: object) -> None:
        from datetime import datetime

        if self.statusBar().currentMessage().endswith(" No se guardó."):
            self.statusBar().clearMessage()  # a refusal of what was typed before: stale now
        self.saved_label.setText(
            f"Guardado automáticamente a las {datetime.now().strftime('%H:%M:%S')}"
        )

    def _show_findings(self) -> None:
        # While the rules run on their thread, the findings so far show as they arrive.
        from ism_desktop.gui.findings_model import finding_rows

        profile, own = self.session.profile, self.session.workspace.own_unit  # its dependency's
        coordinator = profile.role is Role.COORDINATOR
        # Asked once there is something to list: no rule is even loaded before the first check.
        closed, shut = self.session.own_quarter_closed, self.session.workspace.closed_units
        rows = (
            finding_rows(self.session.shown_validation, own, closed(), coordinator, shut())
            if self.session.checked_count
            else []
        )
        self.findings.set_rows(rows, self.model.meta_count(), coordinator, str(profile.unit))
        if not self.session.checked:
            self.findings.show_pending(self.session.checked_count, self.model.meta_count())

    def _go_to_finding(self, row: FindingRow) -> None:
        self.select_meta(row.finding.meta_id)
        said = self.form.focus_field(row.finding.field, row.finding.message)
        if said:
            self.statusBar().showMessage(said, 15000)

    def _may_leave_typing(self, title: str, asked: str) -> bool:
        from ism_desktop.gui.window_dialogs import may_drop_typing

        return may_drop_typing(self, title, asked)

    def _justify(self, row: FindingRow) -> None:
        from ism_desktop.gui import window_dialogs

        window_dialogs.justify(self, row)

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.search.setFocus()
        self.search.selectAll()

    def focus_achieved(self) -> None:
        """Put the cursor in the reported quarter's achieved figure."""
        from ism_desktop.gui.meta_switch import focus_achieved

        focus_achieved(self)

    def edit_profile(self) -> None:
        """Change who this PC is, or the period being reported."""
        from ism_desktop.gui import window_dialogs

        window_dialogs.edit_profile(self)

    def apply_profile(self, profile: PcProfile) -> None:
        """Switch profile: save it, reload the metas, forget the undo history."""
        save_profile(self.settings, profile)
        if profile != self.session.profile:
            self.saved_label.clear()  # the last save was of figures no longer in view
        self.session.set_profile(profile)
        self._show_role_actions()

    def restore_backup(self) -> None:
        """Choose a backup, confirm, and put it in place of the current data."""
        from ism_desktop.gui import window_dialogs

        window_dialogs.restore_backup(self)

    def _choose_report(self) -> None:
        from ism_desktop.gui import window_dialogs

        path = window_dialogs.choose_report(self)
        if path is not None:
            self.import_report(path)

    def import_report(self, path: Path) -> None:
        """Import a report in the background, asking first if it replaces what is stored."""
        from ism_desktop.gui.report_import_flow import import_report

        import_report(self, path, self._on_imported)

    def _on_imported(self, summary: ImportSummary) -> None:
        from ism_desktop.gui import window_dialogs

        self.session.reload()
        window_dialogs.show_imported(self, summary)
        self.import_finished.emit(summary)

    def _on_report_reloaded(self) -> None:
        self.expand()
        self._update_title()
        # The meta being worked on stays shown (closing a quarter, a package received, the
        # report imported again); the first one only when it is gone.
        if self._last_meta_id and self.model.index_of(self._last_meta_id).isValid():
            self.select_meta(self._last_meta_id)
        else:
            self.select_first()

    def show_paimef(self) -> None:
        """The PAIMEF window: Programa Anual, dates and deadlines, indicators."""
        from ism_desktop.gui.paimef.main_window_hooks import open_paimef

        open_paimef(self, self.paimef_due)

    def show_history(self) -> None:
        """Open the audit trail of the selected meta."""
        from ism_desktop.gui import window_dialogs

        window_dialogs.show_history(self)

    def show_help(self) -> None:
        """The Spanish help (F1)."""
        from ism_desktop.gui import window_dialogs

        window_dialogs.show_help(self)

    def show_about(self) -> None:
        """Name, version, the database in use and where the backups are."""
        from ism_desktop.gui import window_dialogs

        window_dialogs.show_about(self)

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from ism_desktop.gui.package_files import package_paths

        if self.loaded and package_paths(event.mimeData()):
            event.acceptProposedAction()

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        from ism_desktop.gui.package_files import package_paths

        if self.loaded and package_paths(event.mimeData()):
            event.acceptProposedAction()
            self.coordination.receive_dropped(event.mimeData())

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.loaded:
            from ism_desktop.gui.window_dialogs import may_close

            if not may_close(self):
                event.ignore()
                return
            self.reports.close_preview()  # its document may still be being written
            self.tasks.wait()
        self.window_state.save()
        super().closeEvent(event)
