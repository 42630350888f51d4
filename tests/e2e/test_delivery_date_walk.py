"""Delivery dates from a real year's walk: quarters due out of order, two wrong dates at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store
from ism_desktop.workspace.quarter_closing import ClosingError, set_delivery_dates
from tests.e2e.cli_runner import run_cli
from tests.e2e.year_helpers import ok

pytestmark = pytest.mark.e2e


def _snapshot(database: Path) -> dict[str, bytes]:
    files = [database, Path(f"{database}-wal")]
    return {path.name: path.read_bytes() for path in files if path.exists()}


def test_a_date_before_an_earlier_quarters_is_stored_with_a_warning(
    tmp_path: Path, seed_path: Path
) -> None:
    # An extension can push T2 past T3's date: allowed, but said, as a weekend date is.
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    typed = (("2", "21/10/2024"), ("3", "15/10/2024"))
    said = [
        run_cli("trimestre", "fecha", "--trimestre", q, "--fecha", day, "--db", database)
        for q, day in typed
    ]

    result = said[-1]

    assert result.returncode == 0, result.stderr
    assert result.stdout == "Fecha de entrega del trimestre 3 de 2024: 15/10/2024.\n"
    assert result.stderr == (
        "Aviso: el trimestre 3 vencería el 15/10/2024, antes que el trimestre 2 (21/10/2024).\n"
    )
    with Store.open(database) as store:
        assert store.years.delivery_dates(2024)[Quarter.THIRD] == "2024-10-15"


def test_every_wrong_date_is_said_at_once_and_none_is_stored(
    tmp_path: Path, seed_path: Path
) -> None:
    # With T3 and T4 both wrong only T3 was said; T4's came after T3 was put right.
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    before = _snapshot(database)
    typed = {
        Quarter.FIRST: "15/04/2024",
        Quarter.SECOND: "15/07/2024",
        Quarter.THIRD: "10/07/2024",
        Quarter.FOURTH: "15/12/2024",
    }

    with Store.open(database) as store, pytest.raises(ClosingError) as refused:
        set_delivery_dates(store, 2024, typed)

    assert str(refused.value) == (
        "la fecha de entrega del trimestre 3 de 2024 (10/07/2024) debe ser posterior al "
        "30/09/2024, último día del trimestre.\n"
        "la fecha de entrega del trimestre 4 de 2024 (15/12/2024) debe ser posterior al "
        "31/12/2024, último día del trimestre."
    )
    assert _snapshot(database) == before
