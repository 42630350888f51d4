"""The coordinating unit's delivery dates reach the units as they are, a date taken away too."""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store
from ism_desktop.workspace.quarter_closing import set_delivery_dates
from tests.e2e.year_helpers import ok

pytestmark = pytest.mark.e2e


def _dates(database: Path) -> dict[Quarter, str]:
    with Store.open(database) as store:
        return store.years.delivery_dates(2024)


def _send_base(coordinator: Path, unit: Path, folder: Path) -> None:
    base = ok("export-base", "--db", coordinator, "--unidad", "004", "--out", folder).strip()
    ok("import-package", "--db", unit, base)


def test_a_date_taken_away_at_the_coordinator_is_taken_away_at_the_unit(
    tmp_path: Path, seed_path: Path
) -> None:
    # The unit kept counting down to a date the coordinating unit had removed.
    coordinator, unit = tmp_path / "coordinadora.sqlite3", tmp_path / "unidad.sqlite3"
    ok("import-etca", seed_path, "--db", coordinator)
    for quarter, day in (("1", "15/04/2024"), ("2", "15/07/2024")):
        ok("trimestre", "fecha", "--trimestre", quarter, "--fecha", day, "--db", coordinator)
    _send_base(coordinator, unit, tmp_path / "1")
    assert _dates(unit) == {Quarter.FIRST: "2024-04-15", Quarter.SECOND: "2024-07-15"}

    with Store.open(coordinator) as store:  # as the dialog does with the second date emptied
        typed = {Quarter.FIRST: "15/04/2024", Quarter.SECOND: ""}
        set_delivery_dates(store, 2024, typed)
    _send_base(coordinator, unit, tmp_path / "2")

    assert _dates(unit) == {Quarter.FIRST: "2024-04-15"}
