"""Once a unit's quarter is closed, the offer to report the next one on this PC."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.next_quarter import NextQuarter, find_next_quarter
from ism_desktop.domain.profile import Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import spoken_list
from ism_desktop.domain.year_end import YearEnd, find_year_end
from ism_desktop.gui.dialog_buttons import ask_between
from ism_desktop.gui.status_bar_note import StatusBarNote
from ism_desktop.gui.year_action_boxes import say_done
from ism_desktop.workspace.newer_year import newer_year

if TYPE_CHECKING:
    from ism_desktop.exchange.intake.outcomes import ReceiveOutcome
    from ism_desktop.gui.main_window import MainWindow


def ask_to_move_on(parent: QWidget, found: NextQuarter) -> bool:
    """«Informar el segundo trimestre» or «Seguir en el primer trimestre»; True for the first."""
    title = f"Informar el {found.following.in_words}"
    return ask_between(parent, title, found.question(), found.switch_label, found.stay_label)


def offer_next_quarter(
    window: MainWindow, unit: UnitCode | None = None, closed: tuple[str, str] | None = None
) -> None:
    """Ask to report the next quarter if the profile's one is closed now (else nothing).

    ``unit``: the unit whose quarter was just closed. On the coordinating unit's PC any
    unit's closing may be the last of the quarter: it is offered once every unit's is closed.
    ``closed``: the box saying the closing just made (title, text), shown first, with the
    views reloaded; left out when the offer or the year's end follows for the profile's own
    unit, whose box says the quarter is closed (two boxes in a row said it twice).
    """
    session = window.session
    profile = session.profile
    if unit is not None and unit != profile.unit and profile.role is not Role.COORDINATOR:
        if closed is not None:
            say_done(window, *closed)
        return
    if closed is not None:
        session.reload()
    finished = session.finished_quarters()
    found = find_next_quarter(profile, finished)
    ended = year_end(window, finished) if found is None else None
    own = unit is None or unit == profile.unit
    if closed is not None and not (own and (found is not None or ended is not None)):
        QMessageBox.information(window, *closed)
    if found is not None and ask_to_move_on(window, found):
        from ism_desktop.gui.window_dialogs import switch_profile

        switch_profile(window, found.profile_for(profile), found.switch_label)
    elif ended is not None:
        # After the fourth there is no quarter to offer: the next year comes as a base.
        QMessageBox.information(window, ended.title, ended.message())
    window.next_quarter.show_note()


def year_end(window: MainWindow, finished: frozenset[Quarter]) -> YearEnd | None:
    """The unit's year, if no quarter of it is left open from the profile's on; else None.

    ``finished``: the quarters the PC is done with, as the caller read them.
    """
    session = window.session
    ended = find_year_end(session.profile, finished, newer_year=None)
    if ended is None:
        return None
    # Asked only once the year is over (the note is said again at every reload).
    newer = newer_year(session.store, session.profile, offered=None)
    return ended if newer is None else replace(ended, newer=newer.year)


def left_open_said(window: MainWindow, quarter: Quarter) -> str | None:
    """The coordinating unit, its own quarter just closed: which units keep the quarter open.

    Its quarter closed alone offered nothing, and nothing said why. None: every unit's is
    closed (the offer follows), or the fourth quarter (there is no next one to offer).
    """
    session = window.session
    left = session.workspace.units_left_open(quarter)
    if not left or quarter is Quarter.FOURTH:
        return None
    codes = spoken_list([unit.value for unit in left])
    where = f"la unidad {codes}" if len(left) == 1 else f"{len(left)} unidades: {codes}"
    return (
        f"El {quarter.in_words} sigue abierto en {where}. Cuando esté cerrado en todas, se "
        f"ofrecerá pasar al {Quarter(int(quarter) + 1).in_words}."
    )


class NextQuarterNote(StatusBarNote):
    """The status bar's reminder while the profile's quarter is closed and a later one is open.

    The offer is asked once, when the quarter closes; declined (to print it, say), the window
    opens on that quarter again at every start, read-only: the note says where to move on.
    After the fourth quarter it says how the next year comes.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "Trimestre siguiente")
        # Whether it says the closing follows the label beside it (a date set says none).
        window.year_actions.deadline_changed.connect(self.show_note)

    def reminder(self) -> tuple[str, str] | None:
        """The note and its tooltip while the profile's quarter is closed, as it stands now."""
        profile = self._window.session.profile
        finished = self._window.session.finished_quarters()
        found = find_next_quarter(profile, finished)
        # Beside the deadline label, which may say the quarter closed: said once.
        said = self._window.year_actions.closing_said
        if found is not None:
            return found.note(closing_said=said() is not None), found.tip()
        ended = year_end(self._window, finished)
        # A newer year already here has its own note (``NewerYearOffer``), saying as much.
        if ended is None or ended.newer is not None:
            return None
        # Its «Trimestre 4 cerrado» is the deadline's only when the fourth is on screen.
        fourth_said = profile.quarter is Quarter.FOURTH and said() is not None
        return ended.note(closing_said=fourth_said), ended.message()


class OfferAfterReceipt(QObject):
    """The coordinating unit's offer once a unit's package closed the last open unit's quarter.

    Receiving a unit's package closes its quarter: the last one awaited ends the quarter for
    every unit as a closing by hand does, but only a closing by hand offered the next quarter.
    Asked once the summary of what came in is closed.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._closing = False
        window.coordination.packages_received.connect(self._on_packages_received)
        window.coordination.received_shown.connect(self._on_received_shown)

    def _on_packages_received(self, results: list[ReceiveOutcome]) -> None:
        from ism_desktop.domain.package_kind import PackageKind

        quarter = self._window.session.profile.quarter
        self._closing = any(
            outcome.applied
            and outcome.incoming is not None
            and outcome.incoming.received.kind is PackageKind.REPORT
            and outcome.incoming.received.quarter is quarter
            for outcome in results
        )

    def _on_received_shown(self) -> None:
        closing, self._closing = self._closing, False
        if closing and self._window.session.profile.role is Role.COORDINATOR:
            offer_next_quarter(self._window)
