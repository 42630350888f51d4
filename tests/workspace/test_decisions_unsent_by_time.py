"""Which units have change-request decisions no package carried yet, told by time, on a real file.

A programa base or a package of observations carries every decision of the unit's year; a
decision taken after the unit's last one waits. Times are the PC's, to the second: one in the
package's own second counts as carried.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.exchange.export.observations import export_observations
from ism_desktop.store.store import Store
from ism_desktop.workspace.target_requests import decide_request
from tests.change_requests import asked

UNIT = UnitCode("004")
AUTHOR = Author("Unidad 002", "ana")
HERMOSILLO = timezone(timedelta(hours=-7))
SENT = datetime(2024, 4, 10, 9, 30, 0, tzinfo=HERMOSILLO)


@pytest.fixture
def store(tmp_path: Path, seed_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "coordinadora.sqlite3") as opened:
        import_etca_file(seed_path, opened.reports)
        yield opened


def _asked(store: Store) -> int:
    """Unit 004 asks for T2's modified NUM of its first meta; the request's number."""
    report = store.reports.load(year=2024)
    assert report is not None
    meta = next(m for m in report.metas if m.key.unit == UNIT)
    return asked(store, UNIT, meta.stable_id)


def test_a_decision_in_the_package_s_second_counts_as_carried(store: Store, tmp_path: Path) -> None:
    # Decided, then sent within the same second (the usual order, and a script's): carried.
    decide_request(store, _asked(store), False, "Sin sustento.", AUTHOR, now=SENT)
    export_observations(store, UNIT, Quarter.FIRST, tmp_path / "salida", now=SENT)

    assert store.decisions.unsent_by_unit(2024) == {}


def test_times_written_in_other_offsets_are_compared_as_instants(
    store: Store, tmp_path: Path
) -> None:
    decide_request(store, _asked(store), False, "Sin sustento.", AUTHOR, now=SENT)
    # Exported a second later, from a PC on UTC: «16:30:01+00:00» is after «09:30:00-07:00».
    later = (SENT + timedelta(seconds=1)).astimezone(UTC)
    export_observations(store, UNIT, Quarter.FIRST, tmp_path / "salida", now=later)

    assert store.decisions.unsent_by_unit(2024) == {}


def test_a_unit_never_sent_a_package_has_its_decisions_waiting(store: Store) -> None:
    decide_request(store, _asked(store), False, "Sin sustento.", AUTHOR, now=SENT)

    assert store.decisions.unsent_by_unit(2024) == {UNIT: 1}
