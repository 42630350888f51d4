"""A unit reinstalled on a new PC gets back, with its programme base, what it had delivered.

The coordinating unit closes a quarter when it receives it, and the base tells the new PC so.
Without the delivered figures the new PC held a closed first quarter with nothing in it: it
could neither type it nor export the second quarter, which needs the first one's figures.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.figures import Series
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli
from tests.e2e.test_coordination_cli import TYPED_009, _unit_pc
from tests.e2e.unit_typing import type_first_quarter, type_quarter
from tests.e2e.year_helpers import ok, unit_base

pytestmark = pytest.mark.e2e

TRANSPARENCIA = "d8b0c7a337b76ab1"
Q1, Q2 = Quarter.FIRST, Quarter.SECOND


def _first_quarter(database: Path) -> tuple[Decimal | None, Decimal | None, str | None, bool]:
    with Store.open(database) as store:
        report = store.reports.load(year=2024)
        assert report is not None
        meta = report.meta_by_id(TRANSPARENCIA)
        assert meta is not None
        assert meta.den is not None
        closed = store.closures.is_closed(2024, meta.key.entity, UnitCode("009"), Q1)
        return (
            meta.num.value(Series.ACHIEVED, Q1),
            meta.den.value(Series.ACHIEVED, Q1),
            meta.evaluations.get(Q1),
            closed,
        )


@pytest.fixture
def coordinator(tmp_path: Path, seed_path: Path) -> Path:
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    return database


def test_a_reinstalled_pc_gets_back_its_delivered_quarter_and_sends_the_next(
    coordinator: Path, tmp_path: Path
) -> None:
    _unit, first = _unit_pc(tmp_path, coordinator, "009", TYPED_009)
    ok("import-package", "--db", coordinator, first)

    new_pc = tmp_path / "computadora_nueva" / "unidad_009.sqlite3"
    ok("import-package", "--db", new_pc, unit_base(coordinator, "009", tmp_path / "base2"))

    assert _first_quarter(new_pc) == (
        Decimal(98),
        Decimal(100),
        "SE CUMPLIÓ CON EL 98 % DE LAS OBLIGACIONES.",
        True,
    )
    type_quarter(new_pc, {TRANSPARENCIA: ((99, 100), "SE CUMPLIÓ CON EL 99 %.")}, "U", Q2)
    second = ok(
        "export", "--db", new_pc, "--unidad", "009", "--trimestre", "2", "--out", tmp_path / "t2"
    )
    taken = run_cli("import-package", "--db", coordinator, second.strip())
    assert taken.returncode == 0, taken.stderr
    assert "trimestre 2, secuencia 2" in taken.stdout


def test_what_the_unit_holds_is_kept_over_what_it_delivered(
    coordinator: Path, tmp_path: Path
) -> None:
    unit, first = _unit_pc(tmp_path, coordinator, "009", TYPED_009)
    ok("import-package", "--db", coordinator, first)
    # Reopened at the unit and typed again, not sent yet: the unit's own figures are newer.
    ok(
        "trimestre", "reabrir", "--db", unit, "--unidad", "009", "--trimestre", "1",
        "--motivo", "corrección de cifras",
    )  # fmt: skip
    type_first_quarter(unit, {TRANSPARENCIA: ((97, 100), "SE CUMPLIÓ CON EL 97 %.")}, "U")

    ok("import-package", "--db", unit, unit_base(coordinator, "009", tmp_path / "base2"))

    assert _first_quarter(unit)[:3] == (Decimal(97), Decimal(100), "SE CUMPLIÓ CON EL 97 %.")


def test_an_open_quarter_is_not_sent_back(coordinator: Path, tmp_path: Path) -> None:
    _unit, first = _unit_pc(tmp_path, coordinator, "009", TYPED_009)
    ok("import-package", "--db", coordinator, first)
    ok(
        "trimestre", "reabrir", "--db", coordinator, "--unidad", "009", "--trimestre", "1",
        "--motivo", "la unidad corrige sus cifras",
    )  # fmt: skip

    new_pc = tmp_path / "computadora_nueva" / "unidad_009.sqlite3"
    ok("import-package", "--db", new_pc, unit_base(coordinator, "009", tmp_path / "base2"))

    assert _first_quarter(new_pc) == (None, None, None, False)
