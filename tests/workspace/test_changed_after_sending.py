"""What changed in a quarter after its package went out, not its state, holds later ones back.

Closing the quarter again by hand sent nothing: the next quarter's package carried its changes
past their own quarter's review, and the coordinating unit refused it.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_achieved, with_evaluation
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.justification import JustificationKey
from ism_desktop.exchange.export.reopened_before import HeldBackError
from ism_desktop.store.closure_repository import CLOSE, ClosureEvent
from ism_desktop.workspace.quarter_closing import ClosingError, close_quarter, reopen_quarter
from ism_desktop.workspace.workspace import Workspace
from tests.workspace.conftest import STUDIES, WorkspaceFactory, by_name, unit

UNIT = UnitCode("004")
T1, T2 = Quarter.FIRST, Quarter.SECOND
# Before the workspace's clock (15/04/2024): what it saves comes after the package.
SENT_AT = datetime(2024, 4, 11, 10, 0, tzinfo=timezone(timedelta(hours=-7)))
SECOND = PcProfile(Role.UNIT, UNIT, 2024, T2)


def _sent_and_reopened(open_workspace: WorkspaceFactory, folder: Path) -> Workspace:
    """Unit 004's first quarter exported from this PC (which closes it), then reopened."""
    from ism_desktop.workspace.transfers import export_unit_package

    workspace = open_workspace(unit("004"))
    export_unit_package(workspace.store, UNIT, T1, folder, year=2024, now=SENT_AT)
    reopen_quarter(workspace.store, 2024, UNIT, T1, "Corrección", workspace.author)
    return workspace


def _closed_as_before(workspace: Workspace) -> None:
    """Closed again as an earlier version of the program did, whatever had changed."""
    author = Author("Unidad 004", "ana")
    event = ClosureEvent(2024, "30", UNIT, T1, CLOSE, "", author, "2024-04-16T09:00:00-07:00")
    assert workspace.store.closures.set_state(event)


def test_a_quarter_with_a_figure_changed_since_its_package_is_not_closed_by_hand(
    open_workspace: WorkspaceFactory, tmp_path: Path
) -> None:
    workspace = _sent_and_reopened(open_workspace, tmp_path / "t1")
    meta = by_name(workspace, STUDIES)
    workspace.edit_meta(with_achieved(meta, T1, Decimal(765)))

    with pytest.raises(ClosingError) as refused:
        close_quarter(workspace.store, 2024, UNIT, T1, workspace.author)

    said = str(refused.value)
    assert said.startswith(
        "el trimestre 1 de la unidad 004 cambió después de enviar su paquete (1 meta): cerrarlo "
        "a mano no envía esos cambios, y el paquete de un trimestre posterior los llevaría sin "
        "la revisión de su trimestre: la unidad coordinadora lo rechazaría."
    )
    assert said.endswith("No se cerró el trimestre.")
    assert not workspace.store.closures.is_closed(2024, "30", UNIT, T1)


def test_a_justification_given_since_the_package_counts_as_a_change(
    open_workspace: WorkspaceFactory, tmp_path: Path
) -> None:
    workspace = _sent_and_reopened(open_workspace, tmp_path / "t1")
    meta = by_name(workspace, STUDIES)
    workspace.justify(JustificationKey(2024, meta.stable_id, T1, "META_MODIFICADA"), "Oficio 12.")

    with pytest.raises(ClosingError, match="cambió después de enviar su paquete"):
        close_quarter(workspace.store, 2024, UNIT, T1, workspace.author)
    _closed_as_before(workspace)
    second = open_workspace(SECOND)

    assert second.package_held_back() is not None
    assert second.quarters_to_send_again() == {T1: False}


def test_a_quarter_closed_again_with_a_changed_narrative_holds_the_window_and_the_export(
    open_workspace: WorkspaceFactory, tmp_path: Path
) -> None:
    workspace = _sent_and_reopened(open_workspace, tmp_path / "t1")
    meta = by_name(workspace, STUDIES)
    workspace.edit_meta(with_evaluation(meta, T1, "Se corrigió la evaluación."))
    _closed_as_before(workspace)
    second = open_workspace(SECOND)

    said = second.package_held_back()
    with pytest.raises(HeldBackError) as refused:
        second.export_package(tmp_path / "t2")

    assert said is not None
    assert said.startswith(
        "el trimestre 1 cambió después de enviar su paquete: exporte primero su paquete "
        "(corregido) y entréguelo; después, el del trimestre 2. Sus cambios no se han enviado: "
        "el del trimestre 2 llevaría sus cambios sin la revisión de su trimestre, y la unidad "
        "coordinadora, que lo tiene cerrado, lo rechazaría."
    )
    assert str(refused.value) == said
    assert not (tmp_path / "t2").exists()
    assert [p.quarter for p in second.store.packages.history()] == [T1]


def test_reopened_and_closed_with_nothing_changed_holds_nothing_back(
    open_workspace: WorkspaceFactory, tmp_path: Path
) -> None:
    workspace = _sent_and_reopened(open_workspace, tmp_path / "t1")
    meta = by_name(workspace, STUDIES)
    # Typed and undone: the figure is as it was sent.
    workspace.edit_meta(with_achieved(meta, T1, Decimal(765)))
    workspace.undo()

    assert close_quarter(workspace.store, 2024, UNIT, T1, workspace.author)
    second = open_workspace(SECOND)
    assert second.quarters_to_send_again() == {}
    assert second.package_held_back() is None


def test_a_corrected_quarter_sent_again_holds_nothing_back(
    open_workspace: WorkspaceFactory, tmp_path: Path
) -> None:
    workspace = _sent_and_reopened(open_workspace, tmp_path / "t1")
    meta = by_name(workspace, STUDIES)
    workspace.edit_meta(with_achieved(meta, T1, Decimal(765)))

    workspace.export_package(tmp_path / "t1b")

    second = open_workspace(SECOND)
    assert second.quarters_to_send_again() == {}
    assert second.package_held_back() is None
