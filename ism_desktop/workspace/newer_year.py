"""Whether the database works on a year newer than the window's profile (the commands' year)."""

from __future__ import annotations

from ism_desktop.domain.newer_year import NewerYear, find_newer_year
from ism_desktop.domain.profile import PcProfile
from ism_desktop.workspace.opening import Store


def newer_year(store: Store, profile: PcProfile, offered: int | None) -> NewerYear | None:
    """The year approval or a base made current, if newer than the profile's; else None.

    ``offered``: the latest year this PC has already offered (None: none yet).
    """
    current = store.reports.current_period()
    if current is None or current[0] <= profile.year:
        return None
    approved = store.years.is_approved(current[0])
    return find_newer_year(profile, current, approved=approved, offered=offered)
