"""The coordinator's board of deliveries, prepared off the window's thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from ism_desktop.gui.report_reading import made_aside
from ism_desktop.gui.task_runner import closing_asked

if TYPE_CHECKING:
    from ism_desktop.exchange.status_board import StatusBoard
    from ism_desktop.gui.report_session import ReportSession

BOARD_TITLE = "Tablero de entregas"
PREPARING_BOARD = "Preparando el tablero de entregas…"


def show_board(window: QWidget, session: ReportSession, *, spelling_pending: bool) -> None:
    """The completeness board of the quarter, said «No hay programa cargado.» without one.

    The board checks every meta again for its counts: with a state's 5,000 metas, seconds in
    which the window froze, the Coordinación menu still drawn open, without a word. Prepared
    aside over a connection of its own, the window says so meanwhile.
    ``spelling_pending``: the dictionary was still loading (the counts leave spelling out).
    """
    from ism_desktop.exchange.status_board import status_board
    from ism_desktop.gui.status_board_dialog import StatusBoardDialog

    profile = session.profile
    # The session's settings: spelling counts once the dictionary is loaded, as in the grid.
    settings = session.settings

    def prepared() -> tuple[StatusBoard | None]:
        return session.workspace.in_own_connection(
            lambda other: (
                status_board(other.store, profile.quarter, profile.year, settings=settings),
            )
        )

    made = made_aside(window, BOARD_TITLE, PREPARING_BOARD, prepared)
    if made is None or closing_asked(window):  # said why, or the window is closing
        return
    [board] = made
    if board is None:
        QMessageBox.information(window, BOARD_TITLE, "No hay programa cargado.")
        return
    StatusBoardDialog(board, window, spelling_pending=spelling_pending).exec()
