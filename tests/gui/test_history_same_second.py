"""A meta's «Historial de cambios» keeps separate actions of one second apart, in their order.

Times are kept to the second: two figures saved, a programme base received and an answer given
within it must read as their own lines, newest first, none merged into another or moved before it.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.editing import with_achieved
from ism_desktop.domain.justification_history import with_answers
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.justification import JustificationKey
from ism_desktop.gui.audit_dialog import AuditDialog
from ism_desktop.store.store import Store
from ism_desktop.workspace.workspace import Workspace
from tests.exchange.package_builders import base_with_new_target
from tests.gui.conftest import unit_profile

pytestmark = pytest.mark.gui
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"  # unit 004: achieved T1 761, modified T2 900
SECOND = datetime(2024, 4, 15, 9, 30).astimezone().isoformat(timespec="seconds")


def test_four_actions_of_one_second_stay_apart_in_order(
    db_path: Path, tmp_path: Path, seed_text: str, qtbot: QtBot
) -> None:
    with Store.open(db_path) as store:
        workspace = Workspace(store, unit_profile("004"), lambda: datetime.now().astimezone())
        workspace.reload(validate=False)
        meta = next(m for m in workspace.metas() if m.description == STUDIES)
        workspace.edit_meta(with_achieved(meta, Quarter.FIRST, Decimal(700)))
        edited = workspace.meta(meta.stable_id)
        workspace.edit_meta(with_achieved(edited, Quarter.FIRST, Decimal(695)))
        base = base_with_new_target(seed_text, tmp_path, STUDIES, 880)
        assert workspace.apply_packages(workspace.check_packages([base])).applied == 1
        key = JustificationKey(2024, meta.stable_id, Quarter.FIRST, "AVANCE_FUERA_DE_RANGO")
        workspace.justify(key, "Menos solicitudes en el trimestre.")
        # All of it within one second, as the store keeps times.
        store._db.execute("UPDATE audit_log SET at = ?", [SECOND])
        store._db.execute("UPDATE justifications SET at = ?", [SECOND])
        entries = with_answers(
            store.edits.history(2024, meta.stable_id),
            store.justifications.for_meta(2024, meta.stable_id),
        )
        dialog = AuditDialog(meta, entries, [])
        qtbot.addWidget(dialog)

    table = dialog.table
    lines = [
        tuple(str(table.model().index(row, column).data()) for column in (0, 3, 4, 5))
        for row in range(table.rowCount())
    ]
    when = "15/04/2024 09:30:00"
    assert [line[0] for line in lines] == [when] * 5
    assert [line[1:] for line in lines] == [
        (
            "Justificación del aviso T1: El % de avance oficial sale del rango esperado y la "
            "evaluación no lo explica",
            "",
            "«Menos solicitudes en el trimestre.»",
        ),
        # The base's one change: its quarter and the annual that follows it.
        ("Modificado anual (NUM)", "3400", "3380"),
        ("Modificado T2 (NUM)", "900", "880"),
        ("Realizado T1 (NUM)", "700", "695"),
        ("Realizado T1 (NUM)", "761", "700"),
    ]
