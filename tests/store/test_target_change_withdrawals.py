"""A modified-target request taken back by Undo is kept, marked withdrawn, never sent again.

Older files have requests with no such mark: after the upgrade they stay asked, as they were.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from ism_desktop.domain.audit import TargetChangeReason
from ism_desktop.store.store import Store
from tests.store.reference_migrations import build_step_by_step

META = "324d66f81b69ca65"
AT = "2024-04-10T09:30:00-07:00"
MIGRATION = "0140_target_change_withdrawals"


def test_a_request_of_an_older_database_is_still_asked_after_the_upgrade(
    tmp_path: Path,
) -> None:
    path = tmp_path / "de_una_version_anterior.sqlite3"
    build_step_by_step(path, stop_before=MIGRATION)
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "INSERT INTO target_changes (year, meta_stable_id, field, old_value, new_value, "
            "reason, document, profile, os_user, at) VALUES (2024, ?, 'modificado.t1.num', "
            "'1600', '1700', 'Ajuste autorizado.', 'OF-7', 'Unidad 004', 'ana', ?)",
            [META, AT],
        )

    with Store.open(path) as store:
        (asked,) = store.edits.target_changes(2024, META)
        history = store.edits.target_change_history(2024, META)
        for_year = store.edits.target_changes_for_year(2024)

    assert (asked.old, asked.new, asked.at) == ("1600", "1700", AT)
    assert asked.reason == TargetChangeReason("Ajuste autorizado.", "OF-7")
    assert asked.withdrawn_at is None
    assert history == [asked]
    assert for_year == {META: [asked]}
    with contextlib.closing(sqlite3.connect(path)) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM _sqlite_migrations")}
    assert MIGRATION in names
