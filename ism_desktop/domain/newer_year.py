"""A year newer than the profile's in the database: offered to the window once, then noted.

Approving a later year's programme, or receiving its base, makes it the database's period:
the commands take it from then on. The window works on its profile's year, so it offers the
newer one, once per year; declined, a note stays in the status bar.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import PROFILE_MENU


@dataclass(frozen=True, slots=True)
class NewerYear:
    """The database's period, newer than the profile's year; ``to_ask``: not offered yet."""

    year: int
    quarter: Quarter
    worked_on: int
    unit: UnitCode
    coordinator: bool
    approved: bool
    to_ask: bool

    def question(self) -> str:
        """What the window asks, e.g. «Llegó el programa 2026 de la unidad 004. ¿Trabajar…?»."""
        if not self.approved:
            came = f"Hay un informe del ejercicio {self.year} en la base de datos."
        elif self.coordinator:
            came = f"El programa {self.year} está aprobado."
        else:
            came = f"Llegó el programa {self.year} de la unidad {self.unit}."
        return f"{came} ¿Trabajar ahora en el ejercicio {self.year} ({self.quarter.in_words})?"

    @property
    def switch_label(self) -> str:
        """The button that works on the newer year."""
        return f"Trabajar en {self.year}"

    @property
    def stay_label(self) -> str:
        """The button that keeps the profile's year."""
        return f"Seguir en {self.worked_on}"

    def note(self) -> str:
        """The status bar's reminder once declined.

        Short, the menu named by its first word as the next quarter's note names it: beside
        the delivery date, the whole menu's name cut the note's last words at 1366 px.
        """
        what = "un programa" if self.approved else "un ejercicio"
        return f"Hay {what} {self.year}: para trabajar en él, Archivo → Configuración…"

    def tip(self) -> str:
        """The note's tooltip: the menu named whole."""
        what = "El programa" if self.approved else "El ejercicio"
        return f"{what} {self.year} está en esta computadora; para trabajar en él: {PROFILE_MENU}…"

    def profile_for(self, profile: PcProfile) -> PcProfile:
        """The same PC working on the newer year and the database's quarter."""
        return replace(profile, year=self.year, quarter=self.quarter)


def find_newer_year(
    profile: PcProfile,
    current: tuple[int, Quarter] | None,
    *,
    approved: bool,
    offered: int | None,
) -> NewerYear | None:
    """The database's period (``current``) if newer than the profile's year, else None.

    ``approved``: whether that year's programme is approved; ``offered``: the latest year
    already offered on this PC (asked once per year, whatever the answer).
    """
    if current is None or current[0] <= profile.year:
        return None
    year, quarter = current
    return NewerYear(
        year,
        quarter,
        profile.year,
        profile.unit,
        profile.role is Role.COORDINATOR,
        approved,
        to_ask=offered is None or offered < year,
    )
