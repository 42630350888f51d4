"""What a save wrote is named from inside its own transaction, never read after it.

The marks Undo uses (the save's target-change records, its last audit entry) were read after
the save committed: another program writing in between had its records counted as the step's,
and Undo then withdrew a request that program had asked.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ism_desktop.domain.audit import TargetChangeReason
from ism_desktop.domain.quarter import Quarter
from tests.workspace.conftest import WorkspaceFactory, by_name, unit

ATTENTION = "ATENCIÓN PSICOLÓGICA INDIVIDUAL"  # unit 004: modified T1 1600 (NUM)
REASON = TargetChangeReason("Ajuste autorizado por la dirección.", "OF-7")
OTHER_AT = "2024-04-15T09:31:00-07:00"


def _other_program_writes(db_path: Path, stable_id: str) -> None:
    """Another program, on its own connection, records a request of T2 on the same meta."""
    with contextlib.closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute(
            "INSERT INTO audit_log (year, meta_stable_id, field, label, old_value, new_value, "
            "profile, os_user, at) VALUES (2024, ?, 'modificado.t2.num', 'Modificado T2 (NUM)', "
            "'1600', '1650', 'Unidad 004', 'luis', ?)",
            [stable_id, OTHER_AT],
        )
        connection.execute(
            "INSERT INTO target_changes (year, meta_stable_id, field, old_value, new_value, "
            "reason, document, profile, os_user, at) VALUES (2024, ?, 'modificado.t2.num', "
            "'1600', '1650', 'Pedido de la otra ventana.', '', 'Unidad 004', 'luis', ?)",
            [stable_id, OTHER_AT],
        )


def test_undo_withdraws_only_what_its_own_save_wrote(
    open_workspace: WorkspaceFactory, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = open_workspace(unit("004"))
    stable_id = by_name(workspace, ATTENTION).stable_id
    edits = workspace.store.edits
    # Right after the save returns (its transaction committed), before anything else is read.
    for name in ("save", "save_marked"):
        if hasattr(edits, name):
            saving: Callable[..., Any] = getattr(edits, name)

            def saved(*args: Any, _saving: Callable[..., Any] = saving, **kwargs: Any) -> Any:
                result = _saving(*args, **kwargs)
                _other_program_writes(db_path, stable_id)
                return result

            monkeypatch.setattr(edits, name, saved)

    workspace.change_modified_target(stable_id, Quarter.FIRST, Decimal(1700), None, REASON)
    monkeypatch.undo()
    workspace.undo()

    in_force = [(c.field, c.reason.text) for c in edits.target_changes(2024, stable_id)]
    assert in_force == [("modificado.t2.num", "Pedido de la otra ventana.")]
    step = workspace.history.to_redo()
    assert step is not None
    assert step.written is not None
    with contextlib.closing(sqlite3.connect(db_path)) as connection:
        ids = [
            (int(row[0]), str(row[1]))
            for row in connection.execute("SELECT id, os_user FROM audit_log ORDER BY id")
        ]
    # The request's own entry, then the other program's, then the undo's.
    assert [who for _, who in ids] == ["ana", "luis", "ana"]
    assert step.written.audit_id == ids[0][0]
