"""The offer to work on the newer year the database holds, and the note kept if declined."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from ism_desktop.domain.newer_year import NewerYear
from ism_desktop.gui.dialog_buttons import ask_between
from ism_desktop.gui.profile_settings import offered_year, remember_offered
from ism_desktop.gui.status_bar_note import StatusBarNote
from ism_desktop.workspace.newer_year import newer_year

if TYPE_CHECKING:
    from ism_desktop.gui.main_window import MainWindow


def ask_to_switch(parent: QWidget, found: NewerYear) -> bool:
    """«Trabajar en 2026» or «Seguir en 2025»; True for the first."""
    return ask_between(
        parent, f"Ejercicio {found.year}", found.question(), found.switch_label, found.stay_label
    )


class NewerYearOffer(StatusBarNote):
    """Asks once per year (after a base, an approval, at start); the note stays until then."""

    def __init__(self, window: MainWindow) -> None:
        # Asked once already, and said whole in its tooltip: the note that gives way first.
        super().__init__(window, "Ejercicio más reciente", yields=True)

    @property
    def note(self) -> QLabel:
        """The reminder while the profile works on an older year than the database."""
        return self.label

    def _found(self) -> NewerYear | None:
        session = self._window.session
        return newer_year(session.store, session.profile, offered_year(self._window.settings))

    def reminder(self) -> tuple[str, str] | None:
        """«Hay un ejercicio 2026: …» while the profile works on an older year (tip: all)."""
        found = self._found()
        return None if found is None else (found.note(), found.tip())

    def will_ask(self) -> bool:
        """Whether ``offer`` would ask now (a newer year not offered yet on this PC)."""
        found = self._found()
        return found is not None and found.to_ask

    def offer(self) -> None:
        """Ask to work on the newer year, if there is one not offered yet."""
        found = self._found()
        if found is not None and found.to_ask:
            remember_offered(self._window.settings, found.year)
            if ask_to_switch(self._window, found):
                from ism_desktop.gui.window_dialogs import switch_profile

                switch_profile(
                    self._window,
                    found.profile_for(self._window.session.profile),
                    found.switch_label,
                )
        self.show_note()
