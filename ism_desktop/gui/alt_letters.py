"""Alt with a letter that nothing answers to types nothing, as on Windows.

Qt on Linux delivers Alt+O, when no menu, button or label has «O», as the letter itself: the
search box got an «o», and an evaluation would have got a letter its author never meant. A
shortcut that does exist is matched before the key reaches a widget, so only the unanswered
ones come here. AltGr (Ctrl+Alt on Windows) and the keypad (Alt codes such as Alt+164 for «ñ»)
are left alone: that is how some keyboards type «@» and «ñ».
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget
from typing_extensions import override

from ism_desktop.gui.focus_cues import show_focus_cue

# The application's property that says the focus is followed already.
_FOLLOWED = "ism_sigue_alt_letra"


class UnansweredAltLetters(QObject):
    """Drops an Alt+letter key press that no shortcut took, on the widget that has the focus.

    Watching the widget given the focus, not the whole application: a filter on the
    application runs Python for every event of every object, paints and timers included.
    """

    def watch(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Installed again on a widget that had it: Qt keeps one (it removes the earlier one)."""
        # An open menu answers its own letters as the platform does.
        if new is not None and not isinstance(new, (QMenu, QMenuBar)):
            new.installEventFilter(self)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        # Qt's namespace of flags is read only here: the first touch costs tens of
        # milliseconds, and the window's first paint comes before any key.
        from PySide6.QtCore import Qt

        # Shift too: Alt+Shift+O typed an «O».
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        letter = Qt.Key.Key_A.value <= event.key() <= Qt.Key.Key_Z.value
        return modifiers == Qt.KeyboardModifier.AltModifier and letter


def ignore_unanswered_alt_letters() -> None:
    """Follow the focus once per application (each window asks; one is enough).

    The same follower draws the focus of a dialog from its opening (``focus_cues``).
    """
    app = QCoreApplication.instance()
    # Marked with a property of the application, not looked for among its children: the
    # first ``findChild`` builds a dozen of Qt's flag enums (its default argument), and
    # ``children`` wraps each child in its Python class, building that class's enums; tens of
    # milliseconds before the window's first paint.
    if not isinstance(app, QApplication) or app.property(_FOLLOWED):
        return
    guard = UnansweredAltLetters(app)
    app.focusChanged.connect(guard.watch)
    app.focusChanged.connect(show_focus_cue)
    app.setProperty(_FOLLOWED, True)
