"""The quarter a PC reports next, offered once the one it works on is closed.

A unit's PC reports the quarter of its profile. Once that quarter is closed (by its export or
by hand), nothing more can be typed in it, and the next quarter was only reachable through the
PC's configuration, which a person closing the first quarter did not think of looking in. The
coordinating unit reports the institution's quarter: it is offered the next once that quarter
is closed for every unit, its own among them.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace

from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import PROFILE_MENU, REOPEN_MENU


@dataclass(frozen=True, slots=True)
class NextQuarter:
    """The profile's quarter, closed, and the first later one not closed.

    ``every_unit``: the coordinating unit's, closed for every unit (not for one alone).
    """

    year: int
    closed: Quarter
    following: Quarter
    every_unit: bool = False

    def question(self) -> str:
        """What the window asks, e.g. «El primer trimestre de 2024 está cerrado. ¿Pasar…?»."""
        where = " en todas las unidades" if self.every_unit else ""
        return (
            f"El {self.closed.in_words} de {self.year} está cerrado{where}. ¿Pasar a informar el "
            f"{self.following.in_words} en esta computadora?\n\n"
            f"Lo capturado en el {self.closed.in_words} queda guardado; para volver a verlo: "
            f"{PROFILE_MENU}…\n\n"
            # Chosen again, the quarter is read-only: a figure left out waits on a reopening.
            "Cerrado, no admite cifras: para escribir una que faltó, reábralo antes con un "
            f"motivo ({REOPEN_MENU})."
        )

    @property
    def switch_label(self) -> str:
        """The button that reports the following quarter."""
        return f"Informar el {self.following.in_words}"

    @property
    def stay_label(self) -> str:
        """The button that keeps the closed quarter on screen."""
        return f"Seguir en el {self.closed.in_words}"

    def note(self, *, closing_said: bool = False) -> str:
        """The status bar's reminder while the closed quarter stays on screen.

        Short: it shares the bar with the save time, the deadline and each passing message;
        the menu entry named whole (at 1366 px «Archivo → Configuración…» read as cut off).
        ``closing_said``: the bar says the quarter closed already (its deadline label, once
        nothing is awaited): the closing said twice side by side, the note says where to go.
        """
        if closing_said:
            return f"Informar el T{int(self.following)}: {PROFILE_MENU}"
        return f"T{int(self.closed)} cerrado; el T{int(self.following)}: {PROFILE_MENU}"

    def tip(self) -> str:
        """The note's tooltip: the whole sentence, in words."""
        return (
            f"Trimestre {int(self.closed)} cerrado: el {self.following.in_words} se informa en "
            f"{PROFILE_MENU}…"
        )

    def profile_for(self, profile: PcProfile) -> PcProfile:
        """The same PC reporting the following quarter."""
        return replace(profile, quarter=self.following)


def find_next_quarter(profile: PcProfile, closed: Collection[Quarter]) -> NextQuarter | None:
    """The quarter to offer the PC, given the quarters it is done with; None: none.

    ``closed``: a unit's PC, the quarters its unit closed; the coordinating unit's, those
    closed for every unit (its own quarter closed alone leaves units still to deliver). None
    while the profile's quarter is open, and after the fourth.
    """
    if profile.quarter not in closed:
        return None
    later = [quarter for quarter in Quarter if quarter > profile.quarter and quarter not in closed]
    every_unit = profile.role is Role.COORDINATOR
    return NextQuarter(profile.year, profile.quarter, later[0], every_unit) if later else None
