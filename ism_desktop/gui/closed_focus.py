"""The focus, left in a box of the form that the quarter's closing made read-only, moves on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from ism_desktop.domain.quarter import Quarter

if TYPE_CHECKING:
    from ism_desktop.gui.main_window import MainWindow

MOVED_TO_LIST = (
    "El trimestre quedó cerrado y la meta es de solo consulta: el cursor pasó a la lista de metas."
)


def _takes_no_typing(widget: QWidget) -> bool:
    if not widget.isEnabled():
        return True
    return isinstance(widget, QLineEdit | QPlainTextEdit) and widget.isReadOnly()


# Whose quarter a meta shown is reported for: its entity, its unit, the quarter.
_QuarterKey = tuple[str, str, Quarter]


class ClosedFormFocus(QObject):
    """Moves the focus to the meta list when the form's box holding it stops taking typing.

    A read-only box shows neither cursor nor frame: a person at the keyboard could not tell
    where the focus was. The list's current row is the meta shown, so Enter leads back.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        # The shown meta's quarter, and whether it was closed, when the cursor entered the form:
        # a box already read-only then (another quarter chosen, say) was not made so by a closing.
        self._seen: tuple[_QuarterKey, bool] | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
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

    def _shown_quarter(self) -> tuple[_QuarterKey, bool] | None:
        window = self._window
        meta = window.form.meta
        if meta is None:
            return None
        session = window.session
        key = (str(meta.key.entity), str(meta.key.unit), session.profile.quarter)
        return key, session.quarter_closed(meta)

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        form = self._window.form
        entered = new is not None and form.isAncestorOf(new)
        if entered and (old is None or not form.isAncestorOf(old)):
            self._seen = self._shown_quarter()

    def _closed_now(self) -> bool:
        """Whether the shown meta's quarter is closed now, and was open when last seen."""
        shown = self._shown_quarter()
        seen, self._seen = self._seen, shown
        if shown is None or not shown[1]:
            return False  # open (another quarter chosen, say): nothing was closed
        return not (seen is not None and seen[0] == shown[0] and seen[1])

    def move_off_closed_form(self) -> None:
        """Put the focus on the meta list if the form's box holding it takes no typing."""
        window = self._window
        # The window's focus widget, not the application's: a progress box or the export's
        # summary may be active now, and the window's focus comes back when they close.
        focused = window.focusWidget()
        if focused is None or not window.form.isAncestorOf(focused):
            return
        if _takes_no_typing(focused) and self._closed_now():
            window.tree.setFocus()
            window.statusBar().showMessage(MOVED_TO_LIST, 15000)
