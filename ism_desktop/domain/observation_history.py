"""The coordinator's observations on a meta as lines of its history of changes.

They are kept in their own table, each with its author and time; the history read the figures
and texts changed and not what the coordinating unit asked of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ism_desktop.domain.audit import AuditEntry, FieldChange
from ism_desktop.domain.justification_history import among_changes, signed_author
from ism_desktop.domain.observation import Observation

# The field of a history line that is an observation, not a figure or a text of the meta.
OBSERVATION_FIELD = "observacion."


def observation_entry(observation: Observation) -> AuditEntry:
    """One observation as a line of the history: its time, its author, its text."""
    quarter = int(observation.quarter)
    change = FieldChange(
        f"{OBSERVATION_FIELD}t{quarter}",
        f"Observación de la unidad coordinadora T{quarter}",
        "",
        observation.text,
    )
    return AuditEntry(observation.at, signed_author(observation.author), change)


def with_observations(
    entries: Sequence[AuditEntry], observations: Iterable[Observation]
) -> list[AuditEntry]:
    """The history (oldest first) with the meta's observations among its lines, by time."""
    return among_changes(entries, map(observation_entry, observations))
