"""A unit's last quarter of the year closed: what the unit is told comes next.

The next quarter is offered when one closes (``next_quarter``); after the fourth there is none,
and the next year reaches a unit's PC only as the programa base the coordinating unit sends.
A unit closing its fourth quarter was told nothing of that.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import PROFILE_MENU

# Where a unit receives every package, the programa base among them.
RECEIVE_MENU = "Archivo → Recibir paquetes…"


@dataclass(frozen=True, slots=True)
class YearEnd:
    """The profile's year, its last quarter closed; ``newer``: a later year already held.

    Closed is not sent (a quarter closed by hand was not delivered): nothing here says the
    year was reported, only that no quarter of it is left to work on.
    """

    year: int
    newer: int | None

    @property
    def title(self) -> str:
        """The box's title."""
        return f"Fin del ejercicio {self.year}"

    def message(self) -> str:
        """The box shown once the year's last quarter closes."""
        closed = (
            f"El {Quarter.FOURTH.in_words} de {self.year}, el último del ejercicio, está cerrado."
        )
        if self.newer is not None:
            return (
                f"{closed}\n\nEl programa {self.newer} ya está en esta computadora: para "
                f"trabajar en él, {PROFILE_MENU}…"
            )
        following = self.year + 1
        return (
            f"{closed}\n\nEl ejercicio {following} empieza con su programa base, que envía la "
            f"unidad coordinadora: recíbalo con {RECEIVE_MENU} y la ventana preguntará si "
            f"trabajar en {following}."
        )

    def note(self, *, closing_said: bool = False) -> str:
        """The status bar's reminder while the year stays on screen and no newer one is held.

        Short: it shares the bar with the save time and each passing message. ``closing_said``:
        the bar says the fourth quarter closed already (its deadline label): said once.
        """
        coming = f"ejercicio {self.year + 1} llega con su programa base"
        return f"El {coming}" if closing_said else f"Trimestre 4 cerrado: el {coming}"


def find_year_end(
    profile: PcProfile, closed: Collection[Quarter], newer_year: int | None
) -> YearEnd | None:
    """The unit's year, if the profile's quarter and every later one are closed; else None.

    Only a unit's PC, as ``find_next_quarter``: the two never both answer.
    """
    if profile.role is not Role.UNIT or profile.quarter not in closed:
        return None
    if any(quarter > profile.quarter and quarter not in closed for quarter in Quarter):
        return None
    return YearEnd(profile.year, newer_year)
