"""A quarter changed after its package went out holds back the later quarters, whatever its state.

The unit sends its first quarter, reopens it and corrects it. Closed again by hand, nothing was
sent: the second quarter's package carried the corrections past the first quarter's review, and
the coordinating unit refused it. What holds the later package back is what changed since the
quarter's last package, not only whether the quarter is open; reopening and closing again with
nothing changed holds nothing back.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import cast

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.closure_repository import CLOSE, ClosureEvent
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli
from tests.e2e.test_coordination_cli import APOYO
from tests.e2e.test_coordination_cli import TYPED_004 as TYPED_ANY
from tests.e2e.year_helpers import Typing, ok, type_quarter

pytestmark = pytest.mark.e2e
TYPED_004 = cast(Typing, TYPED_ANY)
UNIT = UnitCode("004")
REOPEN = ("trimestre", "reabrir", "--unidad", "004", "--trimestre", "1", "--motivo", "Corrección")
CLOSE_T1 = ("trimestre", "cerrar", "--unidad", "004", "--trimestre", "1")
EXPORT = ("export", "--unidad", "004", "--out")
ENTERADO = (
    "justify", "--meta", APOYO, "--regla", "AVANCE_FUERA_DE_RANGO", "--trimestre", "1",
    "--enterado",
)  # fmt: skip
CORRECTED = {APOYO: (401, "SE REALIZARON 401 APOYOS.")}


def _sent_and_reopened(tmp_path: Path, seed_path: Path) -> Path:
    """A unit's PC that sent its first quarter and reopened it; its database."""
    coordinator, unit = tmp_path / "coordinadora.sqlite3", tmp_path / "unidad.sqlite3"
    ok("import-etca", seed_path, "--db", coordinator)
    base = ok("export-base", "--db", coordinator, "--unidad", "004", "--out", tmp_path).strip()
    ok("import-package", "--db", unit, base)
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.FIRST, 2024)
    ok(*EXPORT, tmp_path / "t1", "--db", unit, "--trimestre", "1")
    ok(*REOPEN, "--db", unit)
    return unit


def _exported(unit: Path) -> list[Quarter]:
    with Store.open(unit) as store:
        return [p.quarter for p in store.packages.history()]


def _closed(unit: Path, quarter: Quarter) -> bool:
    with Store.open(unit) as store:
        return store.closures.is_closed(2024, "30", UNIT, quarter)


def test_a_changed_quarter_is_not_closed_by_hand(tmp_path: Path, seed_path: Path) -> None:
    unit = _sent_and_reopened(tmp_path, seed_path)
    type_quarter(unit, CORRECTED, "Unidad 004", Quarter.FIRST, 2024)

    refused = run_cli(*CLOSE_T1, "--db", unit)

    assert refused.returncode != 0
    assert "Traceback" not in refused.stderr
    assert (
        "Error: el trimestre 1 de la unidad 004 cambió después de enviar su paquete (1 meta): "
        "cerrarlo a mano no envía esos cambios"
    ) in refused.stderr
    assert "Exporte el paquete corregido del trimestre 1 (al exportarlo se cierra)" in (
        refused.stderr
    )
    assert refused.stderr.rstrip().endswith("No se cerró el trimestre.")
    # The command it names exports that quarter of that year, whatever year is the latest.
    assert (
        "(en la línea de comandos: ism-desktop export --ejercicio 2024 --unidad 004 "
        "--trimestre 1 --out CARPETA)"
    ) in refused.stderr
    assert not _closed(unit, Quarter.FIRST)
    # Still reopened, it holds the second quarter's package back.
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.SECOND, 2024)
    held = run_cli(*EXPORT, tmp_path / "t2", "--db", unit, "--trimestre", "2")
    assert held.returncode != 0
    assert "el trimestre 1 está reabierto: exporte primero su paquete (corregido)" in held.stderr
    assert (
        "(en la línea de comandos: ism-desktop export --ejercicio 2024 --unidad 004 "
        "--trimestre 1 --out CARPETA)"
    ) in held.stderr
    assert not (tmp_path / "t2").exists()


def test_a_quarter_closed_again_with_unsent_changes_holds_the_next_back(
    tmp_path: Path, seed_path: Path
) -> None:
    # Closed again by an earlier version of the program (or by the coordinating unit's
    # package): the quarter is closed, and its corrections were never sent.
    unit = _sent_and_reopened(tmp_path, seed_path)
    type_quarter(unit, CORRECTED, "Unidad 004", Quarter.FIRST, 2024)
    with Store.open(unit) as store:
        author = Author("Unidad 004", "prueba")
        store.closures.set_state(
            ClosureEvent(2024, "30", UNIT, Quarter.FIRST, CLOSE, "", author, "2030-01-01T10:00")
        )
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.SECOND, 2024)

    held = run_cli(*EXPORT, tmp_path / "t2", "--db", unit, "--trimestre", "2")

    assert held.returncode != 0
    assert "Traceback" not in held.stderr
    assert (
        "el trimestre 1 cambió después de enviar su paquete: exporte primero su paquete "
        "(corregido) y entréguelo; después, el del trimestre 2. Sus cambios no se han enviado: "
        "el del trimestre 2 llevaría sus cambios sin la revisión de su trimestre"
    ) in held.stderr
    assert "No se exportó nada del trimestre 2." in held.stderr
    assert not (tmp_path / "t2").exists()
    assert _exported(unit) == [Quarter.FIRST]
    # The corrected first quarter goes out (closed, it is sent again); then the second.
    ok(*EXPORT, tmp_path / "t1b", "--db", unit, "--trimestre", "1")
    ok(*EXPORT, tmp_path / "t2", "--db", unit, "--trimestre", "2")
    assert _exported(unit) == [Quarter.FIRST, Quarter.FIRST, Quarter.SECOND]


def test_reopening_and_closing_again_with_nothing_changed_holds_nothing_back(
    tmp_path: Path, seed_path: Path
) -> None:
    unit = _sent_and_reopened(tmp_path, seed_path)
    # A figure typed and then put back as it was sent is no change either.
    type_quarter(unit, CORRECTED, "Unidad 004", Quarter.FIRST, 2024)
    type_quarter(unit, {APOYO: TYPED_004[APOYO]}, "Unidad 004", Quarter.FIRST, 2024)

    ok(*CLOSE_T1, "--db", unit)
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.SECOND, 2024)
    ok(*EXPORT, tmp_path / "t2", "--db", unit, "--trimestre", "2")

    assert _closed(unit, Quarter.FIRST)
    assert _exported(unit) == [Quarter.FIRST, Quarter.SECOND]


def test_a_corrected_quarter_sent_again_lets_the_next_go(tmp_path: Path, seed_path: Path) -> None:
    unit = _sent_and_reopened(tmp_path, seed_path)
    type_quarter(unit, CORRECTED, "Unidad 004", Quarter.FIRST, 2024)
    ok(*EXPORT, tmp_path / "t1b", "--db", unit, "--trimestre", "1")
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.SECOND, 2024)

    ok(*EXPORT, tmp_path / "t2", "--db", unit, "--trimestre", "2")

    assert _exported(unit) == [Quarter.FIRST, Quarter.FIRST, Quarter.SECOND]


def test_the_same_enterado_given_again_lets_the_quarter_close(
    tmp_path: Path, seed_path: Path
) -> None:
    coordinator, unit = tmp_path / "coordinadora.sqlite3", tmp_path / "unidad.sqlite3"
    ok("import-etca", seed_path, "--db", coordinator)
    base = ok("export-base", "--db", coordinator, "--unidad", "004", "--out", tmp_path).strip()
    ok("import-package", "--db", unit, base)
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.FIRST, 2024)
    ok(*ENTERADO, "--db", unit)
    ok(*EXPORT, tmp_path / "t1", "--db", unit, "--trimestre", "1")
    with contextlib.closing(sqlite3.connect(unit)) as db, db:
        # Sent an hour ago: what is written now comes after it, whatever the second.
        db.execute("UPDATE package_exports SET created_at = datetime(created_at, '-1 hour')")
    ok(*REOPEN, "--db", unit)

    again = ok(*ENTERADO, "--db", unit)
    ok(*CLOSE_T1, "--db", unit)

    assert again.startswith("Ya estaba guardado, sin cambios: meta f567812178fe0372")
    assert _closed(unit, Quarter.FIRST)
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.SECOND, 2024)
    ok(*EXPORT, tmp_path / "t2", "--db", unit, "--trimestre", "2")
    assert _exported(unit) == [Quarter.FIRST, Quarter.SECOND]
