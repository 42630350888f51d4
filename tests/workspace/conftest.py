"""A workspace over a real database file holding the seed report, and its helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.store.store import Store
from ism_desktop.workspace.workspace import Workspace

STUDIES = "ESTUDIOS SOCIOECONÓMICOS"  # unit 004, absolute: achieved T1 761, modified T2 900
MOMENT = datetime(2024, 4, 15, 9, 30, tzinfo=timezone(timedelta(hours=-7)))
WorkspaceFactory = Callable[[PcProfile], Workspace]


def unit(code: str = "004") -> PcProfile:
    return PcProfile(Role.UNIT, UnitCode(code), 2024, Quarter.FIRST)


COORDINATOR = PcProfile.coordinator(2024, Quarter.FIRST)


@pytest.fixture
def db_path(tmp_path: Path, seed_path: Path) -> Path:
    path = tmp_path / "avance.sqlite3"
    with Store.open(path) as store:
        import_etca_file(seed_path, store.reports)
    return path


@pytest.fixture
def open_workspace(db_path: Path) -> Iterator[WorkspaceFactory]:
    opened: list[Workspace] = []

    def factory(profile: PcProfile) -> Workspace:
        workspace = Workspace(Store.open(db_path), profile, lambda: MOMENT, os_user_name="ana")
        workspace.reload()
        opened.append(workspace)
        return workspace

    yield factory
    for workspace in opened:
        workspace.store.close()


def by_name(workspace: Workspace, description: str) -> Meta:
    (meta,) = [m for m in workspace.metas() if m.description == description]
    return meta


def stored(db_path: Path, stable_id: str) -> Meta:
    """The meta as a fresh connection reads it from the file."""
    with Store.open(db_path) as store:
        report = store.reports.load()
        assert report is not None
        meta = report.meta_by_id(stable_id)
        assert meta is not None
        return meta
