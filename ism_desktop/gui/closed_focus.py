"""The focus, left in a box of the form that the quarter's closing made read-only, moves on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

if TYPE_CHECKING:
    from ism_desktop.gui.main_window import MainWindow

MOVED_TO_LIST = (
    "El trimestre quedó cerrado y la meta es de solo consulta: el cursor pasó a la lista de metas."
)


def _takes_no_typing(widget: QWidget) -> bool:
    if not widget.isEnabled():
        return True
    return isinstance(widget, QLineEdit | QPlainTextEdit) and widget.isReadOnly()


class ClosedFormFocus(QObject):
    """Moves the focus to the meta list when the form's box holding it stops taking typing.

    A read-only box shows neither cursor nor frame: a person at the keyboard could not tell
    where the focus was. The list's current row is the meta shown, so Enter leads back.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.reports.package_exported.connect(self._on_package_exported)
        # Queued: a reload (the quarter closed from the menu) redraws the form in slots that
        # are connected after this one.
        window.session.report_reloaded.connect(
            self._on_report_reloaded, Qt.ConnectionType.QueuedConnection
        )

    def _on_package_exported(self, _exported: object) -> None:
        self.move_off_closed_form()

    def _on_report_reloaded(self) -> None:
        self.move_off_closed_form()

    def move_off_closed_form(self) -> None:
        """Put the focus on the meta list if the form's box holding it takes no typing."""
        window = self._window
        # The window's focus widget, not the application's: a progress box or the export's
        # summary may be active now, and the window's focus comes back when they close.
        focused = window.focusWidget()
        if focused is None or not window.form.isAncestorOf(focused):
            return
        if _takes_no_typing(focused):
            window.tree.setFocus()
            window.statusBar().showMessage(MOVED_TO_LIST, 15000)
