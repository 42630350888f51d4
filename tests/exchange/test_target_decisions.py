"""A target-change request decided at the coordinator, and the decision applied at the unit."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ism_desktop.domain.audit import Author, TargetChangeReason
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_modified
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.export.base import export_base
from ism_desktop.exchange.export.observations import export_observations
from ism_desktop.exchange.export.report_package import export_package
from ism_desktop.exchange.intake.packages import apply_package, check_package
from ism_desktop.store.store import Store
from ism_desktop.workspace.quarter_closing import reopen_quarter
from ism_desktop.workspace.target_requests import decide_request
from tests.exchange.package_builders import NOW, no_findings

UNIT = UnitCode("004")
APOYO = "f567812178fe0372"
COORDINATOR = Author("Unidad coordinadora (002)", "ana")


def _receive(store: Store, path: Path) -> None:
    apply_package(store, check_package(store, path))


def _send(unit: Store, folder: Path) -> Path:
    return export_package(unit, UNIT, Quarter.FIRST, folder, validate=no_findings, now=NOW).path


def test_a_rejected_request_goes_back_and_is_undone_at_the_unit(
    coordinator: Store, tmp_path: Path
) -> None:
    with Store.in_memory() as unit:
        _receive(unit, export_base(coordinator, UNIT, tmp_path / "base").path)
        report = unit.reports.load()
        assert report is not None
        before = report.meta_by_id(APOYO)
        assert before is not None
        assert before.num.modified[1] == Decimal(500)
        reason = TargetChangeReason("Recorte de personal")
        after = with_modified(before, Quarter.SECOND, Decimal(450))
        unit.edits.save(2024, before, after, Author("Unidad 004", "luis"), reason)
        first = _send(unit, tmp_path / "1")
        _receive(coordinator, first)
        pending = coordinator.target_requests.pending(2024)
        assert sorted(r.field for r in pending) == ["modificado.anual.num", "modificado.t2.num"]
        [quarterly] = [r for r in pending if r.field == "modificado.t2.num"]
        assert quarterly.reason == "Recorte de personal"

        outcome = decide_request(
            coordinator, quarterly.request_id, False, "Sin oficio", COORDINATOR
        )

        assert [d.decision for d in outcome.decisions] == ["rechazada", "rechazada"]
        assert coordinator.target_requests.pending(2024) == []
        programme = coordinator.reports.load()
        assert programme is not None
        assert programme.meta_by_id(APOYO).num.modified[1] == Decimal(500)  # type: ignore[union-attr]

        # A package made before the unit learnt the decision does not ask again.
        reopen_quarter(coordinator, 2024, UNIT, Quarter.FIRST, "Reenvío", COORDINATOR)
        _receive(coordinator, _send(unit, tmp_path / "2"))
        assert coordinator.target_requests.pending(2024) == []

        _receive(unit, export_observations(coordinator, UNIT, Quarter.FIRST, tmp_path / "o").path)

        back = unit.reports.load()
        assert back is not None
        apoyo = back.meta_by_id(APOYO)
        assert apoyo is not None
        assert (apoyo.num.modified[1], apoyo.num.modified_annual) == (Decimal(500), Decimal(1900))
        assert [d.decision for d in unit.decisions.for_year(2024)] == ["rechazada", "rechazada"]
        last = unit.edits.target_changes(2024, APOYO)[-1]
        assert last.reason.text == "Solicitud rechazada por la unidad coordinadora: Sin oficio"
        # The trail: the unit's change, then the decision undoing it.
        assert len(unit.edits.target_changes(2024, APOYO)) == 2
