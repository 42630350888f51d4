"""Once a unit's quarter is closed, the offer to report the next one on this PC."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.next_quarter import NextQuarter, find_next_quarter
from ism_desktop.gui.dialog_buttons import ask_between

if TYPE_CHECKING:
    from ism_desktop.gui.main_window import MainWindow


def ask_to_move_on(parent: QWidget, found: NextQuarter) -> bool:
    """«Informar el segundo trimestre» or «Seguir en el primer trimestre»; True for the first."""
    title = f"Informar el {found.following.in_words}"
    return ask_between(parent, title, found.question(), found.switch_label, found.stay_label)


def offer_next_quarter(window: MainWindow, unit: UnitCode | None = None) -> None:
    """Ask to report the next quarter if the profile's one is closed now (else nothing).

    ``unit``: the unit whose quarter was just closed; another unit's closing (the
    coordinating unit's work) offers nothing.
    """
    session = window.session
    profile = session.profile
    if unit is not None and unit != profile.unit:
        return
    found = find_next_quarter(profile, session.own_closed_quarters())
    if found is not None and ask_to_move_on(window, found):
        from ism_desktop.gui.window_dialogs import switch_profile

        switch_profile(window, found.profile_for(profile), found.switch_label)
    window.next_quarter.show_note()


class NextQuarterNote(QObject):
    """The status bar's reminder while the profile's quarter is closed and a later one is open.

    The offer is asked once, when the quarter closes; declined (to print it, say), the window
    opens on that quarter again at every start, read-only: the note says where to move on.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.label = QLabel()
        self.label.setAccessibleName("Trimestre siguiente")
        self.label.hide()
        window.statusBar().insertPermanentWidget(0, self.label)
        window.session.report_reloaded.connect(self.show_note)
        self.show_note()

    def show_note(self) -> None:
        """Shown, or hidden, as the profile's quarter stands now."""
        session = self._window.session
        found = find_next_quarter(session.profile, session.own_closed_quarters())
        self.label.setText("" if found is None else found.note())
        self.label.setToolTip("" if found is None else found.tip())
        self.label.setVisible(found is not None)
