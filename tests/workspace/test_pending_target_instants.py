"""A unit's request is answered by a decision on a request made before it, by instant not text.

A decision carries the moment of the request it answers, which may be a package's «creado»;
the unit's PC compared it with its own requests as text. With the PC's zone corrected between
two requests (Mexico City's -06:00 to Sonora's -07:00), «10:30-06:00» read as later than
«10:00-07:00», half an hour after it: the newer request counted as answered and no longer
showed as pending.
"""

from __future__ import annotations

from decimal import Decimal

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.year_news import REJECTED, Decision
from ism_desktop.workspace.pending_targets import pending_targets
from tests.workspace.conftest import WorkspaceFactory, by_name, unit
from tests.workspace.test_target_request_undo import REASON

STUDIES = "ESTUDIOS SOCIOECONÓMICOS"  # unit 004: modified T2 900 (NUM)
FIELD = "modificado.t2.num"
FIRST = "2024-04-10T10:30:00-06:00"  # 16:30 UTC, the PC set to Mexico City's zone
SECOND = "2024-04-10T10:00:00-07:00"  # 17:00 UTC, half an hour later, in Sonora's


def test_a_decision_on_an_earlier_request_leaves_the_later_one_pending(
    open_workspace: WorkspaceFactory,
) -> None:
    workspace = open_workspace(unit("004"))
    store, meta = workspace.store, by_name(workspace, STUDIES)
    db = store._db
    workspace.change_modified_target(meta.stable_id, Quarter.SECOND, Decimal(777), None, REASON)
    db.execute("UPDATE target_changes SET at = ?", [FIRST])
    store.decisions.record(
        [
            Decision(
                2024, "30", meta.key.unit, meta.stable_id, FIELD, "Modificado T2 (NUM)", "900",
                "777", REASON.text, FIRST, REJECTED, "", "Sin presupuesto", "002",
                "2024-04-12T09:00:00-07:00",
            )
        ]
    )  # fmt: skip
    assert pending_targets(store, workspace.profile, by_name(workspace, STUDIES)) == []
    workspace.change_modified_target(meta.stable_id, Quarter.SECOND, Decimal(800), None, REASON)
    db.execute("UPDATE target_changes SET at = ? WHERE at != ?", [SECOND, FIRST])

    pending = pending_targets(store, workspace.profile, by_name(workspace, STUDIES))

    assert [item.field for item in pending] == [FIELD]
    assert "777 → 800" in pending[0].text
