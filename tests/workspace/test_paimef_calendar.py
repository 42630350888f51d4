"""Changing the non-working days: the file and its history rows together, or neither."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.paimef.business_calendar import NonWorkingDay
from ism_desktop.store.store import Store
from ism_desktop.workspace.paimef_calendar import change_non_working_days
from ism_desktop.workspace.paimef_history import paimef_history
from ism_desktop.workspace.paimef_review import non_working_days
from tests.paimef_builders import programme

AUTHOR = Author("Enlace PAIMEF", "mlopez")
THURSDAY = NonWorkingDay(date(2026, 4, 2), "Jueves Santo")


def test_a_day_added_is_recorded_with_the_deadlines_it_moved(tmp_path: Path) -> None:
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(programme(), AUTHOR, "prueba", [])
        saved = change_non_working_days(store, [THURSDAY], AUTHOR)
        lines = paimef_history(store, 2026)
        assert non_working_days(store) == [THURSDAY]
    assert saved.summary.startswith("día inhábil 02/04/2026 agregado; mueve ")
    newest = [line for line in lines if line.what == "día inhábil 02/04/2026 agregado"]
    # One save, one line: the day, then each deadline it moved on a line of its own.
    (saved_line,) = newest
    assert saved_line.detail.splitlines()[0] == "Jueves Santo"
    assert any(
        "4.3.6" in moved and "27/04/2026 → 28/04/2026" in moved
        for moved in saved_line.detail.splitlines()[1:]
    )
    assert (newest[0].profile, newest[0].os_user) == ("Enlace PAIMEF", "mlopez")


def test_the_same_days_again_record_nothing(tmp_path: Path) -> None:
    with Store.open(tmp_path / "datos.sqlite3") as store:
        change_non_working_days(store, [THURSDAY], AUTHOR)
        before = paimef_history(store, 2026)
        saved = change_non_working_days(store, [THURSDAY], AUTHOR)
        assert saved.changes == ()
        assert paimef_history(store, 2026) == before


def test_a_day_of_next_year_moving_this_years_informe_is_in_both_years(tmp_path: Path) -> None:
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(programme(), AUTHOR, "prueba", [])
        change_non_working_days(store, [NonWorkingDay(date(2027, 1, 4), "Cierre")], AUTHOR)
        this_year = paimef_history(store, 2026)
        next_year = paimef_history(store, 2027)
    assert this_year[0].what == next_year[0].what == "día inhábil 04/01/2027 agregado"
    moved = [said for line in next_year for said in line.detail.splitlines()]
    assert any(said.startswith("PAIMEF 2026, plazo ") for said in moved)


def test_a_file_that_cannot_be_written_leaves_no_history_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*_args: object) -> None:
        raise PermissionError("sin permiso")

    monkeypatch.setattr("ism_desktop.workspace.paimef_review.save_non_working_days", refused)
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(programme(), AUTHOR, "prueba", [])
        before = paimef_history(store, 2026)
        with pytest.raises(PermissionError, match="sin permiso"):
            change_non_working_days(store, [THURSDAY], AUTHOR)
        assert paimef_history(store, 2026) == before
        assert non_working_days(store) == []
