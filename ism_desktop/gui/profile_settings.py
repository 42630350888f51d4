"""The PC's profile kept in QSettings (the registry on Windows), separate from the data."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.unit_code import UnitCode


def load_profile(settings: QSettings) -> PcProfile | None:
    """The saved profile, or None on first run (or if what is saved is unusable)."""
    try:
        role = Role(str(settings.value("perfil/rol", "")))
        unit = UnitCode(str(settings.value("perfil/unidad", "")))
        year = int(str(settings.value("perfil/ejercicio", "")))
        quarter = Quarter(int(str(settings.value("perfil/trimestre", ""))))
    except ValueError:
        return None
    return PcProfile(role, unit, year, quarter)


def save_profile(settings: QSettings, profile: PcProfile) -> None:
    """Remember the profile for the next start."""
    settings.setValue("perfil/rol", profile.role.value)
    settings.setValue("perfil/unidad", profile.unit.value)
    settings.setValue("perfil/ejercicio", profile.year)
    settings.setValue("perfil/trimestre", int(profile.quarter))
    settings.sync()


def offered_year(settings: QSettings) -> int | None:
    """The latest newer year this PC has offered to work on (None: none yet)."""
    try:
        return int(str(settings.value("perfil/ejercicio_ofrecido", "")))
    except ValueError:
        return None


def remember_offered(settings: QSettings, year: int) -> None:
    """Offered once, whatever the answer: the next start does not ask again for that year."""
    settings.setValue("perfil/ejercicio_ofrecido", year)
    settings.sync()
