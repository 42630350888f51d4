"""A new year's programme only for a year after the one copied, and not for a distant one.

``programa nuevo --ejercicio 2023 --desde 2024`` and ``--ejercicio 2052`` (a typo) both made a
programme, and nothing removes a programme once made.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.store.store import Store
from ism_desktop.workspace.year_programme import ProgrammeError, new_year

AUTHOR = Author("Coordinación", "ana")
# The clock the use case is given: the programme of 2025 is prepared late in 2024.
LATE_2024 = datetime(2024, 11, 20, 10, 0, tzinfo=timezone(timedelta(hours=-7)))


@pytest.mark.parametrize(
    ("year", "why"),
    [
        (2023, "el ejercicio 2023 no es posterior al ejercicio 2024 que se copia"),
        (2024, "el ejercicio 2024 ya tiene metas"),
        (2026, "el ejercicio 2026 está a más de un año del actual (2024)"),
        (2052, "el ejercicio 2052 está a más de un año del actual (2024)"),
    ],
)
def test_a_year_not_after_the_copied_one_or_too_far_ahead_is_refused(
    db_path: Path, year: int, why: str
) -> None:
    with Store.open(db_path) as store:
        with pytest.raises(ProgrammeError) as refused:
            new_year(store, year, 2024, AUTHOR, now=LATE_2024)
        assert why in str(refused.value)
        assert "no se cambió nada" in str(refused.value)
        assert store.reports.load_year_metas(year) == [] or year == 2024


def test_next_year_is_made(db_path: Path) -> None:
    with Store.open(db_path) as store:
        done = new_year(store, 2025, 2024, AUTHOR, now=LATE_2024)
        assert done.added == len(store.reports.load_year_metas(2025)) > 0
