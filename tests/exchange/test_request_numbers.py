"""A request keeps its number from package to package, and a request asked again is heard.

``solicitudes aprobar N`` approves what the list showed as N: the numbers were given anew with
each package, so N could be another meta's request. A request asked again after its rejection
was dropped, as if it were the old one still travelling.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author, TargetChangeReason
from ism_desktop.domain.editing import with_modified
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.export.observations import export_observations
from ism_desktop.store.store import Store
from ism_desktop.workspace.quarter_closing import reopen_quarter
from ism_desktop.workspace.target_requests import decide_request
from tests.exchange.test_target_decisions import (
    APOYO,
    COORDINATOR,
    UNIT,
    _apoyo_at_the_unit,
    _receive,
    _send,
)

LUIS = Author("Unidad 004", "luis")


def _ask(unit: Store, quarter: Quarter, value: int, why: str) -> None:
    report = unit.reports.load()
    assert report is not None
    before = report.meta_by_id(APOYO)
    assert before is not None
    after = with_modified(before, quarter, Decimal(value))
    unit.edits.save(2024, before, after, LUIS, TargetChangeReason(why))


def _send_again(unit: Store, coordinator: Store, folder: Path) -> None:
    reopen_quarter(coordinator, 2024, UNIT, Quarter.FIRST, "Reenvío", COORDINATOR)
    _receive(coordinator, _send(unit, folder))


def _numbers(coordinator: Store) -> dict[str, int]:
    return {r.field: r.request_id for r in coordinator.target_requests.pending(2024)}


def test_a_request_keeps_its_number_and_a_new_one_never_takes_an_old_number(
    coordinator: Store, tmp_path: Path
) -> None:
    with Store.in_memory() as unit:
        _apoyo_at_the_unit(unit, coordinator, tmp_path / "base")
        _ask(unit, Quarter.SECOND, 650, "Más")
        _ask(unit, Quarter.THIRD, 700, "Más")
        _receive(coordinator, _send(unit, tmp_path / "1"))
        first = _numbers(coordinator)
        # The unit takes its third-quarter request back and asks one of the fourth.
        _ask(unit, Quarter.THIRD, 400, "Ya no")
        _ask(unit, Quarter.FOURTH, 900, "Otra")

        _send_again(unit, coordinator, tmp_path / "2")

        second = _numbers(coordinator)
        assert second["modificado.t2.num"] == first["modificado.t2.num"]
        assert "modificado.t3.num" not in second
        assert second["modificado.t4.num"] not in first.values()


class _NextDay(datetime):
    """The clock of the day after: the unit asks again once the rejection has reached it."""

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> _NextDay:
        return cls.fromisoformat("2026-12-31T10:00:00-07:00")


def test_a_request_asked_again_after_its_rejection_waits_for_a_decision(
    coordinator: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.in_memory() as unit:
        _apoyo_at_the_unit(unit, coordinator, tmp_path / "base")
        _ask(unit, Quarter.SECOND, 450, "Recorte de personal")
        _receive(coordinator, _send(unit, tmp_path / "1"))
        number = _numbers(coordinator)["modificado.t2.num"]
        decide_request(coordinator, number, False, "Sin oficio", COORDINATOR)
        _receive(unit, export_observations(coordinator, UNIT, Quarter.FIRST, tmp_path / "o").path)
        monkeypatch.setattr("ism_desktop.store.meta_edit_repository.datetime", _NextDay)
        _ask(unit, Quarter.SECOND, 450, "Oficio ISM/DG/123/2024 autoriza el recorte")

        _send_again(unit, coordinator, tmp_path / "2")

        [asked] = [
            r for r in coordinator.target_requests.pending(2024) if r.field == "modificado.t2.num"
        ]
        assert (asked.requested, asked.reason) == (
            "450",
            "Oficio ISM/DG/123/2024 autoriza el recorte",
        )
