"""The warnings' answers among a meta's changes: by time, each side keeping its own order."""

from __future__ import annotations

from ism_desktop.domain.audit import AuditEntry, Author, FieldChange
from ism_desktop.domain.justification_history import with_answers
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.justification import Justification, JustificationKey


def _change(at: str, new: str) -> AuditEntry:
    return AuditEntry(at, Author("Unidad 004", "luis"), FieldChange("x", "Realizado T1", "", new))


def _answer(at: str, rule: str, text: str, author: str) -> Justification:
    key = JustificationKey(2024, "m1", Quarter.SECOND, rule)
    if not text:
        return Justification.acknowledged(key, author, at)
    return Justification.justified(key, text, author, at)


def test_answers_go_between_the_changes_by_time_and_the_changes_keep_their_order() -> None:
    changes = [
        _change("2024-07-01T10:00:00-07:00", "1"),
        # The PC's clock was set back: still after the first, as it was written.
        _change("2024-06-01T10:00:00-07:00", "2"),
        _change("2024-07-03T10:00:00-07:00", "3"),
    ]
    answers = [
        # Same second as the third change: after it. UTC, 17:00 is 10:00 at -07:00.
        _answer(
            "2024-07-03T17:00:00+00:00",
            "AVANCE_FUERA_DE_RANGO",
            "",
            "Unidad coordinadora (002) (eva)",
        ),
        _answer("2024-07-02T08:00:00-07:00", "META_MODIFICADA", "Recorte.", "ana"),
    ]

    merged = with_answers(changes, answers)

    assert [(e.at, e.author, e.change.label, e.change.new) for e in merged] == [
        ("2024-07-01T10:00:00-07:00", Author("Unidad 004", "luis"), "Realizado T1", "1"),
        ("2024-06-01T10:00:00-07:00", Author("Unidad 004", "luis"), "Realizado T1", "2"),
        (
            "2024-07-02T08:00:00-07:00",
            Author("", "ana"),
            "Justificación del aviso T2: La meta modificada difiere de la original (anual o del "
            "trimestre) sin motivo",
            "Recorte.",
        ),
        ("2024-07-03T10:00:00-07:00", Author("Unidad 004", "luis"), "Realizado T1", "3"),
        (
            "2024-07-03T17:00:00+00:00",
            Author("Unidad coordinadora (002)", "eva"),
            "Justificación del aviso T2: El % de avance oficial sale del rango esperado y la "
            "evaluación no lo explica",
            "enterado",
        ),
    ]
    assert all(e.change.old == "" for e in merged[2::2])
