"""Justifications, observations, reports, packages, exports and restores through the workspace."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_achieved
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.justification import JustificationKey
from ism_desktop.exchange.etca.errors import EtcaFormatError
from ism_desktop.platform import backups_dir
from ism_desktop.store.backup import create_backup
from ism_desktop.store.backup_catalogue import list_backups
from ism_desktop.workspace.changes import PermissionRefusedError, WorkspaceError
from tests.exchange.package_builders import base_with_new_target
from tests.workspace.conftest import (
    COORDINATOR,
    MOMENT,
    STUDIES,
    WorkspaceFactory,
    by_name,
    stored,
    unit,
)

T1 = Quarter.FIRST


def _copies(db_path: Path) -> list[str]:
    return [info.reason for info in list_backups(backups_dir(), db_path.name)]


def test_a_justification_is_stored_with_its_author_and_settles_the_warning(
    open_workspace: WorkspaceFactory,
) -> None:
    workspace = open_workspace(unit("004"))
    warning = next(f for f in workspace.validation.warnings if f.rule == "META_MODIFICADA")

    changes = workspace.justify_finding(warning, "Oficio OF-12 de la coordinación.")

    assert changes.justification is not None
    assert changes.justification.author == "Unidad 004 (ana)"
    assert changes.justification.at == MOMENT.isoformat(timespec="seconds")
    assert workspace.validation.justification_for(warning) == changes.justification
    assert workspace.store.justifications.get(changes.key) == changes.justification


def test_an_empty_justification_is_an_acknowledgement_and_can_be_removed(
    open_workspace: WorkspaceFactory,
) -> None:
    workspace = open_workspace(unit("004"))
    meta = by_name(workspace, STUDIES)
    key = JustificationKey(2024, meta.stable_id, T1, "META_MODIFICADA")

    assert workspace.justify(key, "  ").justification.is_acknowledgement  # type: ignore[union-attr]
    assert workspace.remove_justification(key).removed
    assert workspace.store.justifications.get(key) is None
    assert not workspace.remove_justification(key).removed


def test_a_meta_this_pc_does_not_see_cannot_be_justified(
    open_workspace: WorkspaceFactory,
) -> None:
    other = open_workspace(COORDINATOR).metas()[0]
    workspace = open_workspace(unit("004"))

    with pytest.raises(
        PermissionRefusedError,
        match=f"La meta {other.stable_id} no está entre las de esta computadora",
    ):
        workspace.justify(JustificationKey(2024, other.stable_id, T1, "META_MODIFICADA"), "x")


def test_the_coordinator_observes_a_units_meta(open_workspace: WorkspaceFactory) -> None:
    workspace = open_workspace(COORDINATOR)
    meta = by_name(workspace, STUDIES)

    changes = workspace.observe(meta.stable_id, "  Revisar la evidencia.  ")

    assert changes.observation.id is not None
    assert changes.observation.text == "Revisar la evidencia."
    assert changes.observation.author == "Unidad coordinadora (002) (ana)"
    assert workspace.store.observations.for_meta(2024, meta.stable_id) == [changes.observation]


def test_a_unit_may_not_observe_and_an_empty_observation_is_refused(
    open_workspace: WorkspaceFactory,
) -> None:
    workspace = open_workspace(unit("004"))
    meta = by_name(workspace, STUDIES)
    with pytest.raises(PermissionRefusedError, match="coordinadora"):
        workspace.observe(meta.stable_id, "Texto")
    coordinator = open_workspace(COORDINATOR)
    with pytest.raises(WorkspaceError, match="vacía"):
        coordinator.observe(meta.stable_id, "   ")
    assert coordinator.store.observations.for_meta(2024, meta.stable_id) == []


def test_the_coordinators_own_meta_takes_no_observation(open_workspace: WorkspaceFactory) -> None:
    # No package takes it to anyone: the command kept it, and it stayed unsent.
    coordinator = open_workspace(COORDINATOR)
    own = next(m for m in coordinator.store.reports.load().metas if m.key.unit == UnitCode("002"))  # type: ignore[union-attr]
    with pytest.raises(WorkspaceError, match="son para las otras unidades"):
        coordinator.observe(own.stable_id, "Texto")
    assert coordinator.store.observations.for_meta(2024, own.stable_id) == []


def test_importing_a_report_copies_the_data_first_and_forgets_undo(
    open_workspace: WorkspaceFactory, db_path: Path, seed_path: Path
) -> None:
    workspace = open_workspace(unit("004"))
    meta = by_name(workspace, STUDIES)
    workspace.edit_meta(with_achieved(meta, T1, Decimal(900)))

    changes = workspace.import_report(seed_path)

    assert changes.summary.metas > 0
    assert changes.backup is not None
    assert _copies(db_path) == ["antes de importar un informe"]
    assert len(workspace.history) == 0


def test_a_report_that_cannot_be_read_leaves_no_copy_and_keeps_undo(
    open_workspace: WorkspaceFactory, db_path: Path, tmp_path: Path
) -> None:
    workspace = open_workspace(unit("004"))
    workspace.edit_meta(with_achieved(by_name(workspace, STUDIES), T1, Decimal(900)))
    broken = tmp_path / "informe.txt"
    broken.write_text("esto no es un informe\n", encoding="utf-8")

    with pytest.raises(EtcaFormatError, match="no se encontró el título"):
        workspace.import_report(broken)

    assert _copies(db_path) == []
    assert len(workspace.history) == 1


def test_a_received_package_clears_undo_so_it_can_never_be_rolled_back(
    open_workspace: WorkspaceFactory, db_path: Path, seed_text: str, tmp_path: Path
) -> None:
    workspace = open_workspace(unit("004"))
    meta = by_name(workspace, STUDIES)
    workspace.edit_meta(with_achieved(meta, T1, Decimal(900)))

    checked = workspace.check_packages([base_with_new_target(seed_text, tmp_path, STUDIES, 700)])
    assert len(workspace.history) == 1  # a review writes nothing
    changes = workspace.apply_packages(checked)
    workspace.reload()

    assert changes.applied == 1
    assert changes.backup is not None
    assert len(workspace.history) == 0
    with pytest.raises(WorkspaceError, match="nada que deshacer"):
        workspace.undo()
    now = stored(db_path, meta.stable_id)
    assert (now.num.achieved[0], now.num.modified[1]) == (Decimal(900), Decimal(700))


def test_refused_packages_make_no_copy_and_keep_undo(
    open_workspace: WorkspaceFactory, db_path: Path, tmp_path: Path
) -> None:
    workspace = open_workspace(unit("004"))
    workspace.edit_meta(with_achieved(by_name(workspace, STUDIES), T1, Decimal(900)))
    bogus = tmp_path / "paquete.ismpaq"
    bogus.write_bytes(b"esto no es un zip")

    changes = workspace.apply_packages(workspace.check_packages([bogus] * 20))

    assert changes.applied == 0
    assert changes.backup is None
    assert all(outcome.refused for outcome in changes.outcomes)
    assert _copies(db_path) == []
    assert len(workspace.history) == 1


def test_export_writes_the_units_package(open_workspace: WorkspaceFactory, tmp_path: Path) -> None:
    workspace = open_workspace(unit("004"))

    exported = workspace.export_package(tmp_path)

    assert exported.path.is_file()
    assert exported.manifest.unit == UnitCode("004")


def test_restore_puts_a_copy_back_keeps_the_current_data_and_forgets_undo(
    open_workspace: WorkspaceFactory, db_path: Path
) -> None:
    workspace = open_workspace(unit("004"))
    meta = by_name(workspace, STUDIES)
    copy = create_backup(db_path, backups_dir(), "manual")
    workspace.edit_meta(with_achieved(meta, T1, Decimal(900)))

    changes = workspace.restore_backup(copy, backups_dir())

    assert changes.safety is not None
    assert stored(db_path, meta.stable_id).num.achieved[0] == Decimal(761)
    assert workspace.meta(meta.stable_id).num.achieved[0] == Decimal(761)
    assert len(workspace.history) == 0


def test_a_failed_restore_says_so_and_leaves_the_data(
    open_workspace: WorkspaceFactory, db_path: Path
) -> None:
    workspace = open_workspace(unit("004"))
    copy = create_backup(db_path, backups_dir(), "manual")
    copy.path.write_bytes(b"no es una base de datos")

    with pytest.raises(WorkspaceError, match=r"^No se restauró la copia"):
        workspace.restore_backup(copy, backups_dir())

    assert workspace.metas()  # reopened on the untouched data
