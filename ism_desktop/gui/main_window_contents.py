"""The main window's widgets and actions, built once the report is loaded.

Kept apart from ``main_window`` so that the window's frame can paint before these modules, and
the workspace and database behind them, are imported.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.actions import make_action
from ism_desktop.gui.closed_focus import ClosedFormFocus
from ism_desktop.gui.coordination_actions import CoordinationActions
from ism_desktop.gui.current_row_in_view import keep_current_row_in_view
from ism_desktop.gui.figure_cell_delegate import FigureCellDelegate
from ism_desktop.gui.findings_panel import FindingsPanel
from ism_desktop.gui.held_findings import DenHold
from ism_desktop.gui.main_menus import build_menus
from ism_desktop.gui.meta_filter_proxy import MetaFilterProxy
from ism_desktop.gui.meta_form import MetaForm
from ism_desktop.gui.meta_tree_model import MetaTreeModel
from ism_desktop.gui.newer_year_offer import NewerYearOffer
from ism_desktop.gui.next_quarter_offer import NextQuarterNote, OfferAfterReceipt
from ism_desktop.gui.paimef.main_window_hooks import install_due_soon
from ism_desktop.gui.pending_requests_note import PendingRequestsNote
from ism_desktop.gui.report_actions import ReportActions
from ism_desktop.gui.search_field import NothingFoundNote, SearchField
from ism_desktop.gui.target_confirmation import confirm_target_saved
from ism_desktop.gui.task_runner import TaskRunner
from ism_desktop.gui.undo_actions import UndoActions
from ism_desktop.gui.window_undo_menu import CellMenuUndo
from ism_desktop.gui.written_elsewhere import watch_main_window
from ism_desktop.gui.year_actions import YearActions
from ism_desktop.workspace.errors_meaning import UnitKey, undelivered_units

if TYPE_CHECKING:
    from ism_desktop.gui.main_window import MainWindow
    from ism_desktop.gui.report_session import ReportSession

# From this many metas a letter typed takes a tenth of a second or more to filter the list.
PACED_FROM_METAS = 1000


def build_contents(
    window: MainWindow,
    choose_report: Callable[[], object],
    current_meta_id: Callable[[], str | None],
) -> None:
    """The list of metas, findings and form in the middle; menus, actions, the status bar.

    The window connects the widgets' signals to its own slots afterwards.
    """
    session = window.session
    window.tasks = TaskRunner(window)
    window.model = MetaTreeModel(session, window)
    window.proxy = MetaFilterProxy(window)
    window.proxy.setSourceModel(window.model)
    _build_central(window)
    _build_actions(window, choose_report, current_meta_id)
    window.paimef_due = install_due_soon(window)


def _build_central(window: MainWindow) -> None:
    left = QWidget()
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    window.search = search = SearchField("Buscar meta… (Ctrl+F)", "Buscar meta")
    window.tree = tree = QTreeView()
    tree.setAccessibleName("Metas")
    tree.setModel(window.proxy)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    # Long names differ at their end ("ÍNDICE DE CALIDAD E… DE LA ATENCIÓN"): keep both ends.
    tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    # Not the percentages: «199…0 %» reads as another figure; their cells cut on the left.
    percentages = FigureCellDelegate(tree)
    for column in (1, 2):
        tree.setItemDelegateForColumn(column, percentages)
    tree.setIndentation(14)
    keep_current_row_in_view(tree)  # the meta reopened on, whole once the list is laid out
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(56)
    for column, width in ((1, 72), (2, 84)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    left_layout.addWidget(search)
    window.search_note = NothingFoundNote()
    left_layout.addWidget(window.search_note)
    # Asked only when the year has no metas: a new database is told how to import the report.
    window.findings = FindingsPanel(
        database_empty=lambda: window.session.store.reports.is_empty(),
        closed_here=lambda: window.session.workspace.own_closed_quarters(),
        awaited=lambda: _undelivered(window.session),
    )
    left_split = QSplitter(Qt.Orientation.Vertical)
    left_split.addWidget(tree)
    left_split.addWidget(window.findings)
    left_split.setStretchFactor(0, 3)
    left_split.setStretchFactor(1, 2)
    window.left_split = left_split
    left_layout.addWidget(left_split)
    window.form = MetaForm(window.session)
    scroll = QScrollArea()
    window.form_area = scroll
    # The frame around the form is no control: Tab goes straight to what can be typed.
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidgetResizable(True)
    scroll.setWidget(window.form)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(left)
    splitter.addWidget(scroll)
    splitter.setStretchFactor(1, 1)
    splitter.setChildrenCollapsible(False)
    window.splitter = splitter
    window.setCentralWidget(splitter)  # in place of the frame's «Cargando…»
    # Shown now rather than by Qt's queued show of a child added to a window already on
    # screen: the search box can then take the focus.
    splitter.show()
    from ism_desktop.gui.message_line import MessageStatusBar, offer_whole_messages
    from ism_desktop.gui.status_notes import DividedNote

    # In place of the frame's (its module would slow the frame's first paint): a long message
    # ends in «…», not cut mid-letter against «Ver todo».
    status_bar = MessageStatusBar()
    window.setStatusBar(status_bar)
    status_bar.keep_message_over_tips(window)
    window.saved_label = DividedNote(window.statusBar())  # the delivery date comes after it

    offer_whole_messages(window.statusBar())  # a refusal's end was cut off the line
    # Tab goes as a person works: the search, the meta's figures and evaluation, then the list
    # and the findings. The figure took five Tabs from the search, through list and findings.
    form, findings = window.form, window.findings
    for before, after in (
        (form.modify_button, tree),
        (tree, findings.list),
        (findings.list, findings.filter),  # below the list, on the buttons' line
        (findings.filter, findings.go_button),
        (findings.go_button, findings.justify_button),
    ):
        window.setTabOrder(before, after)
    from ism_desktop.gui.meta_switch import search_down, search_enter

    search.down_pressed.connect(lambda: search_down(window))
    # Letters typed in a state's list (thousands of metas) filter it once typing pauses.
    search.paced = lambda: window.model.meta_count() > PACED_FROM_METAS
    search.enter_pressed.connect(lambda: search_enter(window))
    from ism_desktop.gui.meta_list_keys import ArrowsSkipHeadings, EnterGoesToFigure

    tree.installEventFilter(EnterGoesToFigure(tree, window.focus_achieved))
    tree.installEventFilter(ArrowsSkipHeadings(tree))


def _build_actions(
    window: MainWindow,
    choose_report: Callable[[], object],
    current_meta_id: Callable[[], str | None],
) -> None:
    session = window.session
    window.import_action = make_action(
        window, "&Importar informe oficial…", choose_report, QKeySequence("Ctrl+I")
    )
    # The form's question is set once the window is loaded: read when Deshacer is pressed.
    window.undo_actions = UndoActions(
        session, window, lambda title, asked: window.form.may_leave_typing(title, asked)
    )
    window.undo_action = window.undo_actions.undo_action
    window.redo_action = window.undo_actions.redo_action
    window.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    window.form.narrative.window_undo = (window.undo_action, window.redo_action)
    cell_menus = CellMenuUndo(window.form.narrative.window_undo, window)
    for quarter in Quarter:  # the achieved figures: the only cells ever typed in
        for kind in RowKind:
            window.form.grid.cell(kind, Series.ACHIEVED, quarter).installEventFilter(cell_menus)
    window.undo_actions.replayed.connect(
        lambda stable_id, said: _show_replayed(window, stable_id, said)
    )
    # Recorded before an undo says what it did: a save since, its words are stale.
    session.changes_recorded.connect(lambda _changes: _forget_replayed(window))
    # The settings: its print preview opens as the last one was closed.
    window.reports = ReportActions(
        window, session, window.tasks, window.form.flush, window.settings
    )
    # The export closed the quarter: the meta on screen is drawn again, its cells read-only
    # from now (left open, a figure typed there was refused only on Enter), and the findings
    # too, whose warnings are no longer offered for justifying.
    window.reports.package_exported.connect(lambda _exported: window.form.redraw())
    window.reports.package_exported.connect(lambda _exported: session.findings_changed.emit())
    # A request the package carried can no longer be undone: Deshacer says so before pressed.
    window.reports.package_exported.connect(lambda _exported: window.undo_actions.refresh())
    ClosedFormFocus(window)  # after the form's redraw at the export, connected above
    DenHold(window)  # a DEN just reached to be typed is not called wrong yet
    window.form.target_saved.connect(lambda said: confirm_target_saved(window, said))
    window.coordination = CoordinationActions(window, session, window.tasks, current_meta_id)
    window.coordination_menu = build_menus(window, window)
    window.year_actions = YearActions(window)
    window.newer_year = NewerYearOffer(window)
    window.next_quarter = NextQuarterNote(window)
    PendingRequestsNote(window)
    # Once the box saying where the package went is closed: the export closed the quarter.
    window.reports.exported_told.connect(lambda: _offer_next_quarter(window))
    # After the summary of what came in: a newer year's base is offered once it is read.
    window.coordination.received_shown.connect(window.newer_year.offer)
    OfferAfterReceipt(window)  # the coordinating unit's: the last package may end the quarter
    watch_main_window(window)  # the command line saved: the window catches up


def _offer_next_quarter(window: MainWindow) -> None:
    from ism_desktop.gui.next_quarter_offer import offer_next_quarter

    offer_next_quarter(window)


def _show_replayed(window: MainWindow, stable_id: str, said: str) -> None:
    """The meta a step undone or redone changed, shown, and what was done, said.

    Ctrl+Z on another meta took back a figure of the one before, out of sight and in silence.
    """
    window.select_meta(stable_id)
    window.statusBar().showMessage(said, 15000)


def _forget_replayed(window: MainWindow) -> None:
    """A save after an undo or redo: «Se rehízo: … 700» no longer says what was done last."""
    said = window.undo_actions.last_said
    if said and window.statusBar().currentMessage() == said:
        window.statusBar().clearMessage()


def _undelivered(session: ReportSession) -> frozenset[UnitKey]:
    """The units yet to deliver the quarter shown, (dependency, code) each: figures to come."""
    profile = session.profile
    return undelivered_units(session.store, profile.year, profile.quarter, session.metas())
