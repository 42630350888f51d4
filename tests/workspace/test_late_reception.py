"""A report package received after its quarter's delivery date says so as it is received.

The board said «recibido (tarde)», but the lines of the reception itself (the window's
«Paquetes recibidos», ``import-package``) said nothing of it: the one moment the person
receiving it looks at that package.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.intake.receiver import IntakeOptions
from ism_desktop.store.store import Store
from ism_desktop.workspace import transfers
from tests.exchange.package_builders import export_unit, seed_store

ARRIVED = datetime(2024, 4, 12, 9, 30, tzinfo=timezone(timedelta(hours=-7)))
LATE = "llegó después de la fecha de entrega (11/04/2024)"


@pytest.mark.parametrize("review", [False, True])
def test_a_package_after_the_delivery_date_says_it_came_late(
    seed_text: str, db_path: Path, tmp_path: Path, review: bool
) -> None:
    with seed_store(seed_text) as unit:
        package = export_unit(unit, tmp_path / "paquete")
    options = IntakeOptions(now=ARRIVED)
    with Store.open(db_path) as store:
        store.years.set_delivery_dates(2024, {Quarter.FIRST: "2024-04-11"})
        if review:  # the window: checked, looked at, then applied
            checked = transfers.check_packages(store, [package], options)
            assert LATE not in checked[0].summary()  # not received yet: not late yet
            outcomes, _copy = transfers.apply_packages(store, checked)
        else:  # the command
            outcomes, _copy = transfers.receive_files(store, [package], options)

    (outcome,) = outcomes
    assert outcome.applied
    assert outcome.summary().endswith(f"; {LATE}.")


@pytest.mark.parametrize("due", ["2024-04-12", None])
def test_a_package_on_time_or_without_a_date_says_nothing_of_it(
    seed_text: str, db_path: Path, tmp_path: Path, due: str | None
) -> None:
    with seed_store(seed_text) as unit:
        package = export_unit(unit, tmp_path / "paquete")
    with Store.open(db_path) as store:
        if due is not None:  # arriving on the day itself is on time
            store.years.set_delivery_dates(2024, {Quarter.FIRST: due})
        outcomes, _copy = transfers.receive_files(store, [package], IntakeOptions(now=ARRIVED))

    assert outcomes[0].applied
    assert "fecha de entrega" not in outcomes[0].summary()
