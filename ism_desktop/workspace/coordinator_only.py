"""Steps only the coordinating unit takes: refused on a unit's database, before anything changes.

A unit that made and approved a programme of its own could never take its real programa base
(an approved programme's original targets do not change), and a delivery date it set would read
as the coordinator's.
"""

from __future__ import annotations

from ism_desktop.domain.package_records import unit_database_refusal as identity_refusal
from ism_desktop.store.store import Store


def unit_database_refusal(store: Store, what: str) -> str | None:
    """Why ``what`` may not be done on this database (a unit's), in Spanish; None if it may."""
    return identity_refusal(store.identity.get(), what)
