"""The coordinator's observations among a meta's changes: by time, each with its author."""

from __future__ import annotations

from ism_desktop.domain.audit import AuditEntry, Author, FieldChange
from ism_desktop.domain.observation import Observation
from ism_desktop.domain.observation_history import with_observations
from ism_desktop.domain.quarter import Quarter


def _observed(at: str, text: str, author: str) -> Observation:
    return Observation(2024, Quarter.SECOND, "m1", text, author, at)


def test_observations_go_between_the_changes_by_time_signed_as_written() -> None:
    changes = [
        AuditEntry(
            "2024-07-01T10:00:00-07:00",
            Author("Unidad 004", "luis"),
            FieldChange("x", "Realizado T2", "", "1"),
        ),
        AuditEntry(
            "2024-07-03T10:00:00-07:00",
            Author("Unidad 004", "luis"),
            FieldChange("x", "Realizado T2", "1", "2"),
        ),
    ]
    observations = [
        # Same second as the second change (UTC, 17:00 is 10:00 at -07:00): after it.
        _observed("2024-07-03T17:00:00+00:00", "Gracias.", "Unidad coordinadora (002) (eva)"),
        _observed("2024-07-02T08:00:00-07:00", "Falta la evidencia.", "ana"),  # the CLI's
    ]

    merged = with_observations(changes, observations)

    assert [(e.author, e.change.label, e.change.old, e.change.new) for e in merged] == [
        (Author("Unidad 004", "luis"), "Realizado T2", "", "1"),
        (Author("", "ana"), "Observación de la unidad coordinadora T2", "", "Falta la evidencia."),
        (Author("Unidad 004", "luis"), "Realizado T2", "1", "2"),
        (
            Author("Unidad coordinadora (002)", "eva"),
            "Observación de la unidad coordinadora T2",
            "",
            "Gracias.",
        ),
    ]
