"""A target-change request decided at the coordinator, and the decision applied at the unit."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author, TargetChangeReason
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_modified
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.package_records import TargetChangeRequest
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


def _apoyo_at_the_unit(unit: Store, coordinator: Store, folder: Path) -> Meta:
    """The unit's PC starts with the coordinator's base; its APOYO meta as it arrived."""
    _receive(unit, export_base(coordinator, UNIT, folder).path)
    report = unit.reports.load()
    assert report is not None
    meta = report.meta_by_id(APOYO)
    assert meta is not None
    return meta


def requested_at_the_unit(unit: Store, coordinator: Store, folder: Path) -> TargetChangeRequest:
    """The unit asks for APOYO's T2 from 500 to 450; its request as pending at the coordinator."""
    before = _apoyo_at_the_unit(unit, coordinator, folder / "base")
    after = with_modified(before, Quarter.SECOND, Decimal(450))
    unit.edits.save(2024, before, after, Author("Unidad 004", "luis"), TargetChangeReason("R"))
    _receive(coordinator, _send(unit, folder / "1"))
    pending = coordinator.target_requests.pending(2024)
    [quarterly] = [r for r in pending if r.field == "modificado.t2.num"]
    return quarterly


def test_a_rejected_request_goes_back_and_is_undone_at_the_unit(
    coordinator: Store, tmp_path: Path
) -> None:
    with Store.in_memory() as unit:
        before = _apoyo_at_the_unit(unit, coordinator, tmp_path / "base")
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


def _asked_of_two_quarters(unit: Store, coordinator: Store, folder: Path) -> dict[str, int]:
    """The unit asks T2 650 and T3 700 of APOYO; the coordinator's pending ids by field."""
    before = _apoyo_at_the_unit(unit, coordinator, folder / "base")
    asked = with_modified(
        with_modified(before, Quarter.SECOND, Decimal(650)), Quarter.THIRD, Decimal(700)
    )
    unit.edits.save(2024, before, asked, Author("Unidad 004", "luis"), TargetChangeReason("Más"))
    _receive(coordinator, _send(unit, folder / "1"))
    return {r.field: r.request_id for r in coordinator.target_requests.pending(2024)}


def test_the_annual_is_decided_with_the_rows_last_quarter(
    coordinator: Store, tmp_path: Path
) -> None:
    # Two quarters of one row asked: before, deciding the first recorded the annual with it,
    # at the total of both (2350) though only one was applied (2050).
    with Store.in_memory() as unit:
        pending = _asked_of_two_quarters(unit, coordinator, tmp_path)
        assert set(pending) == {"modificado.t2.num", "modificado.t3.num", "modificado.anual.num"}

        first = decide_request(
            coordinator, pending["modificado.t2.num"], True, "Of. 1", COORDINATOR
        )

        assert [d.field for d in first.decisions] == ["modificado.t2.num"]
        left = {r.field for r in coordinator.target_requests.pending(2024)}
        assert left == {"modificado.t3.num", "modificado.anual.num"}
        last = decide_request(coordinator, pending["modificado.t3.num"], False, "No", COORDINATOR)
        assert [d.field for d in last.decisions] == ["modificado.t3.num", "modificado.anual.num"]
        assert coordinator.target_requests.pending(2024) == []


@pytest.mark.parametrize("approve", [True, False], ids=["aprobada", "rechazada"])
def test_a_decision_leaves_a_target_the_unit_changed_again_since(
    coordinator: Store, tmp_path: Path, approve: bool
) -> None:
    # The decision on 450 arrived after the unit had asked 470: it put 450 (or 500, rejected)
    # over the 470, and the next package withdrew the 470 request, undecided, without a word.
    with Store.in_memory() as unit:
        before = _apoyo_at_the_unit(unit, coordinator, tmp_path / "base")
        luis = Author("Unidad 004", "luis")
        asked = with_modified(before, Quarter.SECOND, Decimal(450))
        unit.edits.save(2024, before, asked, luis, TargetChangeReason("Recorte de personal"))
        _receive(coordinator, _send(unit, tmp_path / "1"))
        [quarterly] = [
            r for r in coordinator.target_requests.pending(2024) if r.field == "modificado.t2.num"
        ]
        decide_request(coordinator, quarterly.request_id, approve, "Oficio 12/2024", COORDINATOR)
        again = with_modified(asked, Quarter.SECOND, Decimal(470))
        unit.edits.save(2024, asked, again, luis, TargetChangeReason("Oficio ISM/55/2024"))

        _receive(unit, export_observations(coordinator, UNIT, Quarter.FIRST, tmp_path / "o").path)

        back = unit.reports.load()
        assert back is not None
        apoyo = back.meta_by_id(APOYO)
        assert apoyo is not None
        assert apoyo.num.modified[1] == Decimal(470)
        # The decision is kept all the same, its moment day first (it read as stored, ISO).
        [decided] = [d for d in unit.decisions.for_year(2024) if d.field == "modificado.t2.num"]
        assert re.search(r" el \d\d/\d\d/\d{4} \d\d:\d\d por ", decided.describe())


@pytest.mark.parametrize(
    ("approve", "text", "said"),
    [
        (False, "no procede\x07", "el motivo del rechazo tiene un carácter que no es texto"),
        (True, "OF\x07-1", "el número del documento que lo autoriza tiene un carácter"),
        (False, "NO " * 700, "el motivo del rechazo tiene 2\u00a0099 caracteres (máx. 2\u00a0000)"),
    ],
)
def test_a_decision_the_unit_could_not_read_is_refused_when_typed(
    coordinator: Store, tmp_path: Path, approve: bool, text: str, said: str
) -> None:
    # Stored, it travelled in every programa base and observations package after, and the
    # unit refused them all («una decisión (motivo) tiene un carácter que no es texto»).
    from ism_desktop.workspace.target_requests import RequestError

    with Store.in_memory() as unit:
        quarterly = requested_at_the_unit(unit, coordinator, tmp_path)

    with pytest.raises(RequestError, match=re.escape(said)):
        decide_request(coordinator, quarterly.request_id, approve, text, COORDINATOR)

    assert len(coordinator.target_requests.pending(2024)) == 2
