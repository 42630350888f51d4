"""What each justification answered is stored with it; those stored before count as they did."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.engine import ValidationResult
from ism_desktop.domain.validation.finding import Finding, Severity
from ism_desktop.domain.validation.justification import Justification, JustificationKey
from ism_desktop.store.store import Store
from tests.store.reference_migrations import build_step_by_step

META = "324d66f81b69ca65"
RULE = "AVANCE_FUERA_DE_RANGO"
KEY = JustificationKey(2024, META, Quarter.FIRST, RULE)
AT = "2024-04-10T09:30:00-07:00"
AT_78 = "El avance oficial de T1 es 78.00 %, fuera del rango de 90 % a 110 %."
AT_66 = "El avance oficial de T1 es 66.00 %, fuera del rango de 90 % a 110 %."


def warning(message: str) -> Finding:
    return Finding(RULE, Severity.WARNING, META, Quarter.FIRST, "avance_t1", message)


def test_the_answered_warnings_round_trip() -> None:
    saved = Justification.justified(KEY, "Cierre del módulo.", "ana", AT, answered=(AT_78,))

    with Store.in_memory() as store:
        store.justifications.save(saved)
        store.justifications.save_all([saved])
        read = store.justifications.get(KEY)

    assert read == saved
    assert read is not None
    assert read.answered == (AT_78,)


def test_a_justification_of_an_older_database_still_counts_after_the_upgrade(
    tmp_path: Path,
) -> None:
    path = tmp_path / "de_una_version_anterior.sqlite3"
    build_step_by_step(path, stop_before="0131_justification_answers")
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "INSERT INTO justifications (year, meta_stable_id, quarter, rule_code, text, "
            "acknowledged, author, at) VALUES (2024, ?, 1, ?, 'Cierre del módulo.', 0, 'ana', ?)",
            [META, RULE, AT],
        )

    with Store.open(path) as store:
        (kept,) = store.justifications.for_year(2024)

    assert kept.text == "Cierre del módulo."
    assert kept.answered is None
    result = ValidationResult(2024, Quarter.FIRST, ()).with_justifications([kept])
    # Nobody knows what it answered: it counts for whatever the warning says, as it did.
    assert result.justification_for(warning(AT_66)) == kept
    assert result.earlier_justification_for(warning(AT_66)) is None
