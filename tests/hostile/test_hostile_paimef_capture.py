"""``paimef capturar`` with a period that reads as another: refused; at full width: read.

«2026-Т1» (a Cyrillic Т) and «٢٠٢٦-T1» (Arabic-Indic digits) read as 2026-T1; the first was
refused, the second stored as 2026-T1 where a year so typed is refused everywhere else. The
fullwidth «２０２６-Ｔ１» is the same characters and was refused. The database stays as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from tests.hostile.generators import fullwidth, look_alike_keys
from tests.hostile.test_hostile_paimef_keys import _bytes, copied
from tests.hostile.test_hostile_paimef_keys import imported as imported  # the fixture

pytestmark = pytest.mark.e2e

# A few of each kind: the rule meets them all in tests/domain/paimef/test_period_look_alikes.py.
LOOK_ALIKES = dict(list(look_alike_keys("2026-T1"))[::9])


def _capture(database: Path, period: str) -> tuple[int, str, str]:
    result = run_cli(
        "paimef", "capturar", "--numero", "2", "--periodo", period, "130", "100",
        "--db", database, data_dir=database.parent,
    )  # fmt: skip
    return result.returncode, result.stdout.strip(), result.stderr


@pytest.mark.parametrize("case", LOOK_ALIKES)
def test_a_period_that_reads_as_another_is_refused(
    imported: Path, tmp_path: Path, case: str
) -> None:
    database = copied(imported, tmp_path)
    before = _bytes(database)

    code, _out, err = _capture(database, LOOK_ALIKES[case])

    assert code == 2
    assert "Traceback" not in err
    assert "no es un periodo" in err
    assert _bytes(database) == before


def test_a_period_at_full_width_is_stored_as_its_characters(imported: Path, tmp_path: Path) -> None:
    database = copied(imported, tmp_path)

    code, out, err = _capture(database, fullwidth("2026-T1"))

    assert (code, out) == (0, "Indicador 2, primer trimestre de 2026: 30.00%"), err


@pytest.mark.parametrize("year", [0, 1999, 2101, 9999])
def test_a_period_out_of_the_years_every_other_field_takes_is_refused(
    imported: Path, tmp_path: Path, year: int
) -> None:
    # «1999-T1» and «9999-T1» were stored, each under an ejercicio no window nor command can
    # open (2000 to 2100 everywhere else): a slip of the year, kept where no one sees it.
    database = copied(imported, tmp_path)
    before = _bytes(database)
    period = f"{year:04d}-T1"

    code, out, err = _capture(database, period)

    assert (code, out) == (2, "")
    assert "Traceback" not in err
    assert f"«{period}»: el año {year:04d} está fuera de los años 2000–2100" in err
    assert _bytes(database) == before
