"""What a unit's PC sent, where its database holds a report of dependencies 51 and 84.

The PC is known as 84's 003. Another dependency's 003 (51's) was read as its own: its
reopened quarter held back 84's next package, its changes refused closing 84's quarter, and a
request's way was judged by 51's packages (the report's first heading's), none sent from here.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_achieved
from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.exchange.export.check import ExportCheck
from ism_desktop.exchange.export.report_package import ExportedPackage, export_package
from ism_desktop.store.closure_repository import CLOSE, REOPEN, ClosureEvent
from ism_desktop.store.store import Store
from ism_desktop.workspace.quarter_closing import close_quarter
from ism_desktop.workspace.target_said import request_route
from ism_desktop.workspace.workspace import Workspace
from tests.two_dependencies import AWAITED, DELIVERED, SHARED, state_database

AUTHOR = Author("Unidad 003", "prueba")


def _no_findings(_report: ProgressReport, _quarter: Quarter, _unit: UnitCode) -> ExportCheck:
    return ExportCheck()


def _unit_pc(folder: Path) -> Store:
    store = Store.open(state_database(folder, "unidad.sqlite3"))
    store.identity.set(PcIdentity(Role.UNIT, AWAITED, SHARED))
    return store


def _set(store: Store, entity: str, quarter: Quarter, action: str) -> None:
    event = ClosureEvent(2024, entity, SHARED, quarter, action, "motivo", AUTHOR, "")
    assert store.closures.set_state(event)


def _export(store: Store, folder: Path, quarter: Quarter) -> ExportedPackage:
    return export_package(store, SHARED, quarter, folder, validate=_no_findings)


def _edit_the_other_dependency_s(store: Store, quarter: Quarter) -> None:
    report = store.reports.load(year=2024)
    assert report is not None
    meta = report.metas_of(SHARED, DELIVERED)[0]
    store.edits.save(2024, meta, with_achieved(meta, quarter, Decimal(4321)), AUTHOR)


def _workspace(store: Store, quarter: Quarter) -> Workspace:
    workspace = Workspace(store, PcProfile(Role.UNIT, SHARED, 2024, quarter))
    workspace.reload(validate=False)
    return workspace


def _reopened_there(store: Store) -> None:
    _set(store, DELIVERED, Quarter.FIRST, CLOSE)
    _set(store, DELIVERED, Quarter.FIRST, REOPEN)


def test_the_other_dependency_s_reopening_does_not_hold_back(tmp_path: Path) -> None:
    with _unit_pc(tmp_path) as store:
        _reopened_there(store)
        _export(store, tmp_path / "t1", Quarter.FIRST)

        assert _workspace(store, Quarter.SECOND).quarters_to_send_again() == {}
        second = _export(store, tmp_path / "t2", Quarter.SECOND)

    assert second.manifest.entity == AWAITED


def test_the_other_dependency_s_change_does_not_refuse_closing_the_own_quarter(
    tmp_path: Path,
) -> None:
    with _unit_pc(tmp_path) as store:
        _export(store, tmp_path / "t1", Quarter.FIRST)
        _set(store, AWAITED, Quarter.FIRST, REOPEN)
        _edit_the_other_dependency_s(store, Quarter.FIRST)

        assert _workspace(store, Quarter.FIRST).quarters_to_send_again() == {Quarter.FIRST: True}
        assert close_quarter(store, 2024, SHARED, Quarter.FIRST, AUTHOR)
        assert store.closures.is_closed(2024, AWAITED, SHARED, Quarter.FIRST)
        assert _workspace(store, Quarter.SECOND).quarters_to_send_again() == {}


def test_a_request_s_way_is_judged_by_the_own_dependency_s_packages(tmp_path: Path) -> None:
    with _unit_pc(tmp_path) as store:
        _export(store, tmp_path / "t1", Quarter.FIRST)

        route = _workspace(store, Quarter.FIRST).request_route()

    assert route == request_route(Quarter.FIRST, reopened=False)


def test_a_unit_pc_is_named_as_its_own_dependency_names_it(tmp_path: Path) -> None:
    with _unit_pc(tmp_path) as store:
        workspace = _workspace(store, Quarter.FIRST)

        # As the generated report prints 84's 003 (51's is «CEDS COORDINACIÓN EJECUTIVA»).
        assert workspace.unit_name(SHARED) == "ISV COORDINACIÓN REGIONAL SUR"
