"""The unit's pending requests counted over many metas: its decisions are read once, not per meta.

The list of metas and the box after an export asked the database for the unit's decisions once
for every meta; they say the same with one reading.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.year_news import Decision
from ism_desktop.workspace.pending_targets import asked_metas, asked_of_unit, pending_targets
from tests.workspace.conftest import WorkspaceFactory, by_name, unit
from tests.workspace.test_target_request_undo import ATTENTION, REASON

STUDIES = "ESTUDIOS SOCIOECONÓMICOS"  # unit 004: modified T2 900 (NUM)


def test_the_requests_counted_are_those_of_each_meta_with_one_reading(
    open_workspace: WorkspaceFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = open_workspace(unit("004"))
    attention, studies = by_name(workspace, ATTENTION), by_name(workspace, STUDIES)
    workspace.change_modified_target(
        attention.stable_id, Quarter.FIRST, Decimal(1700), None, REASON
    )
    workspace.change_modified_target(studies.stable_id, Quarter.SECOND, Decimal(777), None, REASON)
    store, profile, metas = workspace.store, workspace.profile, workspace.metas()
    one_by_one = {m.stable_id: pending_targets(store, profile, m) for m in metas}
    readings: list[int] = []
    read = store.decisions.for_year

    def counted(year: int, unit_code: object = None) -> list[Decision]:
        readings.append(year)
        return read(year, unit_code)  # type: ignore[arg-type]

    monkeypatch.setattr(store.decisions, "for_year", counted)

    assert asked_of_unit(store, profile, metas) == (2, 2)
    assert asked_metas(store, profile, metas) == {attention.stable_id, studies.stable_id}
    assert {k for k, asked in one_by_one.items() if asked} == {
        attention.stable_id,
        studies.stable_id,
    }
    assert readings == [2024, 2024]  # once for each call, not once per meta
