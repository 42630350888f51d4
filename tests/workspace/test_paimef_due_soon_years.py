"""The countdown keeps the closed year's last terms once next year's Programa Anual exists.

In January the office starts the new Programa Anual (due the last business day of February,
numeral 4.3.1) while the year just closed still owes its Informe Final (5 días hábiles, 4.3.9)
and its reintegro to the TESOFE (15 días naturales, 4.5.1). The countdown read only the latest
programme: the moment the new one was saved, both vanished from the status bar.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from ism_desktop.domain.audit import Author
from ism_desktop.store.store import Store
from ism_desktop.workspace.paimef_review import due_soon_for
from tests.paimef_builders import programme

AUTHOR = Author("Enlace PAIMEF", "mlopez")


def _due_soon(tmp_path: Path, years: tuple[int, ...], today: date) -> list[tuple[str, date]]:
    with Store.open(tmp_path / "datos.sqlite3") as store:
        for year in years:  # no dates: only the terms of the year itself run
            store.paimef.replace(replace(programme(year=year), dates={}), AUTHOR, "prueba", [])
        deadlines, _calendar = due_soon_for(store, today)
    return [(d.term.numeral, d.due) for d in deadlines]


def test_the_closed_year_s_informe_final_and_reintegro_stay_beside_the_new_programme(
    tmp_path: Path,
) -> None:
    due = _due_soon(tmp_path, (2026, 2027), today=date(2027, 1, 4))

    # 1 January 2027 is a Friday and a holiday: five días hábiles end on Friday the 8th.
    assert ("4.3.9", date(2027, 1, 8)) in due
    assert ("4.5.1", date(2027, 1, 15)) in due


def test_the_closed_year_s_terms_inside_it_are_not_brought_back(tmp_path: Path) -> None:
    # Its February and May terms were the countdown's a year ago: only the ones that run
    # into the new year come along, or January would list a year of old misses.
    due = _due_soon(tmp_path, (2026, 2027), today=date(2027, 1, 4))

    assert all(day.year == 2027 for _numeral, day in due)


def test_a_closed_year_delivered_leaves_nothing_open(tmp_path: Path) -> None:
    with Store.open(tmp_path / "datos.sqlite3") as store:
        closed = programme(year=2026)
        delivered = {
            "entrega_informe_final": date(2027, 1, 6),
            "reintegro_tesofe": date(2027, 1, 7),
        }
        store.paimef.replace(replace(closed, dates=delivered), AUTHOR, "prueba", [])
        store.paimef.replace(replace(programme(year=2027), dates={}), AUTHOR, "prueba", [])
        deadlines, _calendar = due_soon_for(store, date(2027, 1, 8))

    assert [d for d in deadlines if d.term.numeral in ("4.3.9", "4.5.1")] == []
