"""How the main window reaches PAIMEF: the window from the menu, the countdown in the status bar."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from ism_desktop.exchange.paimef.errors import PaimefFormatError
from ism_desktop.gui.paimef.due_soon_label import DueSoonLabel
from ism_desktop.workspace.paimef_review import due_soon_for

if TYPE_CHECKING:
    from ism_desktop.gui.main_window import MainWindow


def install_due_soon(window: MainWindow) -> DueSoonLabel:
    """Put the PAIMEF countdown in the window's status bar and fill it."""
    label = DueSoonLabel(window)
    window.statusBar().addWidget(label)
    refresh_due_soon(window, label)
    return label


def refresh_due_soon(window: MainWindow, label: DueSoonLabel) -> None:
    """Read the deadlines again (after the PAIMEF window changed dates)."""
    today = date.today()
    try:
        deadlines, calendar = due_soon_for(window.session.store, today)
    except PaimefFormatError:
        return  # a damaged calendar file is reported in the PAIMEF window itself
    except OverflowError:
        # A date near 9999 stored by an earlier version (imports refuse it now): no deadline
        # can be counted from it, and the main window must open all the same.
        return
    label.show_deadlines(deadlines, today, calendar)


def open_paimef(window: MainWindow, label: DueSoonLabel) -> None:
    """Open the PAIMEF window over the main window; refresh the countdown at each change."""
    # Imported here: the window's modules are not needed to start the program.
    from ism_desktop.gui.paimef.paimef_window import PaimefWindow
    from ism_desktop.gui.written_elsewhere import watch_paimef

    dialog = PaimefWindow(window.session.store, window.session.author, date.today(), window)
    dialog.printing.settings = window.settings  # its preview opens as the last one closed
    dialog.reloaded.connect(lambda: refresh_due_soon(window, label))
    dialog.finished.connect(lambda _result: refresh_due_soon(window, label))
    add_help_key(dialog)
    watch_paimef(dialog)  # the command line saved: it catches up
    add_quit_key(dialog, window)
    dialog.open()


def add_help_key(dialog: QWidget) -> None:
    """F1 opens the help over ``dialog``, as «Teclas» says.

    The main window's F1 does not reach a window modal over it; and a help opened from the
    main window would be blocked under this one: it belongs to ``dialog``.
    """
    from PySide6.QtGui import QKeySequence, QShortcut

    from ism_desktop.gui.help_dialog import HelpDialog

    def show_help() -> None:
        # One help, hidden by Esc and shown again: it goes with the PAIMEF window.
        shown = dialog.findChild(HelpDialog)
        if shown is None:
            shown = HelpDialog(dialog)
            # Opened at its own part: the top speaks of the quarterly report, not of PAIMEF.
            shown.show()
            shown.text.scrollToAnchor("paimef")
        shown.show()
        shown.raise_()
        shown.activateWindow()

    QShortcut(QKeySequence("F1"), dialog, show_help).setObjectName("ayuda")


def add_quit_key(dialog: QDialog, main: QWidget) -> None:
    """Ctrl+Q closes ``dialog`` as Esc does, then ``main`` as its «Salir»: «Ctrl+Q salir».

    The main window's Ctrl+Q does not reach a window modal over it, and did nothing there.
    What is typed in ``dialog`` is saved or asked about first; «No» leaves both open.
    """
    from PySide6.QtGui import QKeySequence, QShortcut

    def quit_all() -> None:
        dialog.reject()
        if not dialog.isVisible():
            main.close()  # asks, as its own Ctrl+Q, about a figure that cannot be saved

    QShortcut(QKeySequence("Ctrl+Q"), dialog, quit_all).setObjectName("salir")
