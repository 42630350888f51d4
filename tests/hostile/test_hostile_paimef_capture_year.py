"""``paimef capturar`` into a year with no Programa Anual: refused, said how to load it.

«2030-T1» for «2026-T1», or a --db that is not the office's database: the capture was stored
without a word under a year whose programme nobody loaded, seen by no review nor informe.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from ism_desktop.store.store import Store
from tests.hostile.test_hostile_paimef_capture import _capture
from tests.hostile.test_hostile_paimef_keys import _bytes, copied
from tests.hostile.test_hostile_paimef_keys import imported as imported  # the fixture

pytestmark = pytest.mark.e2e


def _years_without_programme(seed: int) -> list[int]:
    """Years around and far from the sample's 2026 (the one it has), drawn from 2000–2100."""
    rng = random.Random(seed)
    drawn = {2025, 2027, 2030, 2000, 2100} | {rng.randint(2000, 2100) for _ in range(4)}
    return sorted(drawn - {2026})


@pytest.mark.parametrize("year", _years_without_programme(30))
def test_a_year_without_programme_is_refused_and_told_how_to_load_it(
    imported: Path, tmp_path: Path, year: int
) -> None:
    database = copied(imported, tmp_path)
    before = _bytes(database)

    code, out, err = _capture(database, f"{year}-T1")

    assert (code, out) == (2, "")
    assert "Traceback" not in err
    assert f"el ejercicio {year} no tiene Programa Anual en esta base de datos" in err
    assert "(la base tiene el de 2026)" in err
    assert "ism-desktop paimef import-programa ARCHIVO --db" in err
    assert _bytes(database) == before


def test_a_database_with_no_programme_at_all_says_so(tmp_path: Path) -> None:
    database = tmp_path / "otra.sqlite3"
    Store.open(database).close()
    before = _bytes(database)

    code, out, err = _capture(database, "2026-T1")

    assert (code, out) == (2, "")
    assert "el ejercicio 2026 no tiene Programa Anual en esta base de datos" in err
    assert "(la base no tiene ninguno)" in err
    assert _bytes(database) == before


def test_the_year_of_the_programme_is_still_captured(imported: Path, tmp_path: Path) -> None:
    database = copied(imported, tmp_path)

    code, out, err = _capture(database, "2026-T1")

    assert (code, out) == (0, "Indicador 2, primer trimestre de 2026: 30.00%"), err
