"""The unit is told, on receiving its base, that its target-change request was decided.

Its PC shows a requested figure at once, so an approval changes no meta there: the receipt
said only «0 metas cambian», and nothing of the decision the unit was waiting for.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.exchange.export.base import export_base
from ism_desktop.exchange.intake.packages import receive_packages
from ism_desktop.store.store import Store
from ism_desktop.workspace.target_requests import decide_request
from tests.exchange import test_target_decisions as asked


@pytest.mark.parametrize(
    ("approve", "said"),
    [
        (True, "ninguna meta cambió; su solicitud de cambio de meta fue aprobada."),
        (False, "cambió 1 meta; su solicitud de cambio de meta fue rechazada."),
    ],
)
def test_the_receipt_says_the_request_was_decided(
    coordinator: Store, tmp_path: Path, approve: bool, said: str
) -> None:
    with Store.in_memory() as unit:
        request = asked.requested_at_the_unit(unit, coordinator, tmp_path)
        decide_request(coordinator, request.request_id, approve, "OF-1/2024", asked.COORDINATOR)
        base = export_base(coordinator, asked.UNIT, tmp_path / "2").path

        [outcome] = receive_packages(unit, [base])

        assert outcome.summary().endswith(said), outcome.summary()
        report = unit.reports.load()
        assert report is not None
        shown = report.meta_by_id(asked.APOYO)
        assert shown is not None
        assert shown.num.modified[1] == Decimal(450 if approve else 500)
