"""A justification counts as changed after its quarter's package only if it was written again.

Told by the order of writing, not by the clock: with the PC's clock once ahead, a justification
written then looked later than every package exported after the clock was set right, and the
next quarter was held back for ever. Saving the same answer again (the same «enterado», the
same text) writes nothing: it is no change, and closing the quarter again is not refused.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.justification import JustificationKey
from ism_desktop.workspace.quarter_closing import ClosingError, close_quarter, reopen_quarter
from ism_desktop.workspace.transfers import export_unit_package
from ism_desktop.workspace.workspace import Workspace
from tests.workspace.conftest import STUDIES, WorkspaceFactory, by_name, unit

UNIT = UnitCode("004")
T1, T2 = Quarter.FIRST, Quarter.SECOND
SONORA = timezone(timedelta(hours=-7))
SECOND = PcProfile(Role.UNIT, UNIT, 2024, T2)


def _key(workspace: Workspace) -> JustificationKey:
    return JustificationKey(2024, by_name(workspace, STUDIES).stable_id, T1, "META_MODIFICADA")


def _at(day: int, hour: int) -> datetime:
    return datetime(2024, 4, day, hour, 0, tzinfo=SONORA)


def test_a_justification_written_with_the_clock_ahead_does_not_hold_back_for_ever(
    open_workspace: WorkspaceFactory, tmp_path: Path
) -> None:
    workspace = open_workspace(unit("004"))
    export_unit_package(workspace.store, UNIT, T1, tmp_path / "t1", year=2024, now=_at(16, 9))
    reopen_quarter(workspace.store, 2024, UNIT, T1, "Corrección", workspace.author)
    # The clock two hours ahead: the justification reads 12:00 when it is 10:00.
    workspace.clock = lambda: _at(16, 12)
    workspace.justify(_key(workspace), "Oficio 12.")

    # The clock set right, the corrected quarter goes out again at 10:00.
    export_unit_package(workspace.store, UNIT, T1, tmp_path / "t1b", year=2024, now=_at(16, 10))

    second = open_workspace(SECOND)
    assert second.quarters_to_send_again() == {}
    assert second.package_held_back() is None


def test_the_same_enterado_given_again_is_no_change(
    open_workspace: WorkspaceFactory, tmp_path: Path
) -> None:
    workspace = open_workspace(unit("004"))
    workspace.clock = lambda: _at(15, 9)
    workspace.justify(_key(workspace), None)
    export_unit_package(workspace.store, UNIT, T1, tmp_path / "t1", year=2024, now=_at(15, 10))
    reopen_quarter(workspace.store, 2024, UNIT, T1, "Revisión", workspace.author)
    workspace.clock = lambda: _at(16, 9)

    workspace.justify(_key(workspace), None, author="pepe")

    stored = workspace.store.justifications.get(_key(workspace))
    assert stored is not None
    assert (stored.text, stored.at) == ("", "2024-04-15T09:00:00-07:00")
    assert close_quarter(workspace.store, 2024, UNIT, T1, workspace.author)
    assert open_workspace(SECOND).quarters_to_send_again() == {}


def test_the_same_text_saved_again_is_no_change(
    open_workspace: WorkspaceFactory, tmp_path: Path
) -> None:
    workspace = open_workspace(unit("004"))
    workspace.clock = lambda: _at(15, 9)
    workspace.justify(_key(workspace), "Oficio 12.")
    export_unit_package(workspace.store, UNIT, T1, tmp_path / "t1", year=2024, now=_at(15, 10))
    reopen_quarter(workspace.store, 2024, UNIT, T1, "Revisión", workspace.author)
    workspace.clock = lambda: _at(16, 9)

    saved = workspace.justify(_key(workspace), " Oficio 12. ")

    assert saved.justification is not None
    assert saved.justification.at == "2024-04-15T09:00:00-07:00"  # what the database holds
    assert close_quarter(workspace.store, 2024, UNIT, T1, workspace.author)
    assert open_workspace(SECOND).package_held_back() is None


def _other_key(workspace: Workspace) -> JustificationKey:
    first = next(m for m in workspace.metas() if m.stable_id != _key(workspace).meta_id)
    return JustificationKey(2024, first.stable_id, T1, "ORTOGRAFIA")


def _sent_with_two(open_workspace: WorkspaceFactory, tmp_path: Path) -> Workspace:
    """T1 sent with two justifications, the second written last, then reopened."""
    workspace = open_workspace(unit("004"))
    workspace.clock = lambda: _at(15, 9)
    workspace.justify(_key(workspace), "Oficio 12.")
    workspace.justify(_other_key(workspace), "Así se escribe.")
    export_unit_package(workspace.store, UNIT, T1, tmp_path / "t1", year=2024, now=_at(15, 10))
    reopen_quarter(workspace.store, 2024, UNIT, T1, "Revisión", workspace.author)
    workspace.clock = lambda: _at(16, 9)
    return workspace


def test_a_justification_removed_after_sending_is_a_change(
    open_workspace: WorkspaceFactory, tmp_path: Path
) -> None:
    workspace = _sent_with_two(open_workspace, tmp_path)

    workspace.remove_justification(_other_key(workspace))

    with pytest.raises(ClosingError, match=r"cambió después de enviar su paquete \(1 meta\)"):
        close_quarter(workspace.store, 2024, UNIT, T1, workspace.author)


def test_a_justification_rewritten_after_the_newest_was_removed_is_a_change(
    open_workspace: WorkspaceFactory, tmp_path: Path
) -> None:
    # Numbered from the rows left, the rewrite took the removed one's number: no later than
    # the package's mark, it was not seen.
    workspace = _sent_with_two(open_workspace, tmp_path)
    workspace.remove_justification(_other_key(workspace))
    workspace.justify(_key(workspace), "Otro texto.")

    with pytest.raises(ClosingError, match=r"cambió después de enviar su paquete \(2 metas\)"):
        close_quarter(workspace.store, 2024, UNIT, T1, workspace.author)
