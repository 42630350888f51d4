"""What settles a warning: stored justifications, and the recorded reason of a target change.

A modified target changed through the program carries its reason (and document) in the
meta's history; that reason is what the META_MODIFICADA warning asks for, so it counts as
the justification unless the unit wrote one of its own.
"""

from __future__ import annotations

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.figure_rules import TARGET_CHANGED
from ism_desktop.domain.validation.justification import Justification, JustificationKey
from ism_desktop.store.store import Store


def justifications_for_year(store: Store, year: int) -> list[Justification]:
    """Stored justifications plus those implied by recorded target-change reasons."""
    stored = store.justifications.for_year(year)
    written = {item.key for item in stored}
    implied: list[Justification] = []
    for meta_id, changes in store.edits.target_changes_for_year(year).items():
        last = changes[-1]
        document = f" (documento {last.reason.document})" if last.reason.document else ""
        text = f"Cambio de meta registrado: {last.reason.text}{document}"
        for quarter in Quarter:
            key = JustificationKey(year, meta_id, quarter, TARGET_CHANGED.code)
            if key not in written:
                implied.append(Justification.justified(key, text, last.author.profile, last.at))
    return [*stored, *implied]
