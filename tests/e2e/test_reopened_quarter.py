"""A quarter reopened after the unit moved on can be corrected and sent again.

The unit sends its first quarter, types the second, then reopens the first to correct it. The
second quarter's figures are then legitimate. The first quarter is checked as its package
carries it (up to the quarter): the later figures neither block it nor add warnings the package
does not bear out, at the unit or at the coordinator. REALIZADO_POSTERIOR stays for figures
typed ahead of a quarter never sent in a package, closed by hand or not.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import cast

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli
from tests.e2e.test_coordination_cli import APOYO
from tests.e2e.test_coordination_cli import TYPED_004 as TYPED_ANY
from tests.e2e.year_helpers import Typing, ok, type_quarter

pytestmark = pytest.mark.e2e
TYPED_004 = cast(Typing, TYPED_ANY)
LATER = "REALIZADO_POSTERIOR"
REOPEN = ("trimestre", "reabrir", "--unidad", "004", "--trimestre", "1", "--motivo")
CLOSE = ("trimestre", "cerrar", "--unidad", "004", "--trimestre", "1")
SERVICES = "a7787a6376b1c2f5"  # tipo P
# Drafts of the second quarter, typed after the first was sent: one negative figure, a NUM
# over its DEN, and a narrative quoting a figure only the second quarter holds.
DRAFTS_T2: Typing = {
    APOYO: (-3, "BORRADOR: SE REALIZARON 437 APOYOS."),
    SERVICES: ((5, 3), "BORRADOR DE LOS SERVICIOS DEL SEGUNDO TRIMESTRE."),
}


def _rules(database: Path, quarter: int) -> list[str]:
    result = run_cli(
        "validate", "--db", database, "--trimestre", str(quarter), "--unidad", "004", "--json"
    )
    assert "Traceback" not in result.stderr
    return [item["regla"] for item in json.loads(result.stdout)]


def _unit_with_base(tmp_path: Path, seed_path: Path) -> tuple[Path, Path]:
    coordinator, unit = tmp_path / "coordinadora.sqlite3", tmp_path / "unidad.sqlite3"
    ok("import-etca", seed_path, "--db", coordinator)
    base = ok("export-base", "--db", coordinator, "--unidad", "004", "--out", tmp_path).strip()
    ok("import-package", "--db", unit, base)
    return coordinator, unit


def test_figures_typed_ahead_of_an_undelivered_quarter_still_block(
    tmp_path: Path, seed_path: Path
) -> None:
    _, unit = _unit_with_base(tmp_path, seed_path)
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.FIRST, 2024)
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.SECOND, 2024)

    assert LATER in _rules(unit, 1)
    result = run_cli(
        "export", "--db", unit, "--unidad", "004", "--out", tmp_path, "--trimestre", "1"
    )
    assert result.returncode != 0
    assert "posterior al trimestre que se informa" in result.stderr
    assert "Traceback" not in result.stderr


def test_closing_and_reopening_by_hand_is_not_sending(tmp_path: Path, seed_path: Path) -> None:
    # Only a package sends a quarter: a close and a reopen leave figures typed ahead suspect.
    _, unit = _unit_with_base(tmp_path, seed_path)
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.FIRST, 2024)
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.SECOND, 2024)
    ok(*CLOSE, "--db", unit)
    ok(*REOPEN, "Cierre por error", "--db", unit)

    assert LATER in _rules(unit, 1)


def _send(unit: Path, coordinator: Path, folder: Path, quarter: int) -> str:
    """Unit 004 exports the quarter's package and the coordinator receives it; its path."""
    package = ok(
        "export", "--db", unit, "--unidad", "004", "--out", folder, "--trimestre", str(quarter)
    ).strip()
    ok("import-package", "--db", coordinator, package)
    return package


def _warnings_in(package: str) -> list[tuple[str, str]]:
    with zipfile.ZipFile(package) as archive:
        data = json.loads(archive.read("datos.json"))
    return [(w["regla"], w["campo"]) for item in data["metas"] for w in item["avisos"]]


def test_a_corrected_quarter_carries_and_is_checked_on_nothing_later(
    tmp_path: Path, seed_path: Path
) -> None:
    coordinator, unit = _unit_with_base(tmp_path, seed_path)
    export = ("export", "--db", unit, "--unidad", "004", "--out")
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.FIRST, 2024)
    _send(unit, coordinator, tmp_path / "1", 1)
    type_quarter(unit, DRAFTS_T2, "Unidad 004", Quarter.SECOND, 2024)
    ok(*REOPEN, "Corrección", "--db", unit)
    type_quarter(
        unit, {APOYO: (401, "SE REALIZARON 401 APOYOS.")}, "Unidad 004", Quarter.FIRST, 2024
    )

    # The negative draft does not block the first quarter; nothing of T2 is found in it.
    found = run_cli("validate", "--db", unit, "--trimestre", "1", "--unidad", "004", "--json")
    fields = [item["campo"] for item in json.loads(found.stdout)]
    assert found.returncode == 0, found.stdout
    assert [f for f in fields if ".t2" in f] == []
    result = run_cli(*export, tmp_path / "2", "--trimestre", "1")
    assert result.returncode == 0, result.stderr
    # The person is told the drafts stay behind.
    assert "trimestres posteriores no van en este paquete" in result.stderr
    again = result.stdout.strip()
    with zipfile.ZipFile(again) as archive:
        data = json.loads(archive.read("datos.json"))
    history = [h["campo"] for item in data["metas"] for h in item["historial"]]
    assert [f for f in history if ".t2" in f] == []
    assert [w for w in _warnings_in(again) if ".t2" in w[1]] == []

    # The coordinator counts what the unit declared.
    ok(*REOPEN, "Llega la corrección", "--db", coordinator)
    ok("import-package", "--db", coordinator, again)
    with Store.open(coordinator) as store:
        [received] = [p for p in store.received.history() if p.sequence == 2]
    board = ok("status", "--db", coordinator, "--trimestre", "1")
    header = next(line for line in board.splitlines() if line.startswith("Unidad"))
    [row] = [line for line in board.splitlines() if line.startswith("004")]
    unresolved = row[header.index("Errores") + len("Errores") : header.index("Avisos s/j") + 10]
    assert int(unresolved) == received.unresolved_warnings == len(_warnings_in(again))


def test_a_reopened_quarter_is_corrected_and_sent_again(tmp_path: Path, seed_path: Path) -> None:
    coordinator, unit = _unit_with_base(tmp_path, seed_path)
    export = ("export", "--db", unit, "--unidad", "004", "--out")
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.FIRST, 2024)
    first = ok(*export, tmp_path / "1", "--trimestre", "1").strip()
    # The unit moves on and sends its second quarter too, then is asked to correct the first.
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.SECOND, 2024)
    second = ok(*export, tmp_path / "2", "--trimestre", "2").strip()
    ok("import-package", "--db", coordinator, first, second)
    ok(*REOPEN, "Corrección pedida por la coordinadora", "--db", unit)
    corrected = "SE REALIZARON 401 APOYOS Y GESTIONES SOCIALES."
    type_quarter(unit, {APOYO: (401, corrected)}, "Unidad 004", Quarter.FIRST, 2024)

    assert LATER not in _rules(unit, 1)
    again = ok(*export, tmp_path / "3", "--trimestre", "1").strip()
    # The corrected first quarter carries nothing of the second: that went in its own package.
    with zipfile.ZipFile(again) as archive:
        data = json.loads(archive.read("datos.json"))
    [apoyo] = [item for item in data["metas"] if item["id"] == APOYO]
    assert apoyo["num"][10:] == [401, None, None, None]
    assert apoyo["evaluacion"] == {"1": corrected}

    ok(*REOPEN, "Llega la corrección de la unidad", "--db", coordinator)
    ok("import-package", "--db", coordinator, again)
    assert LATER not in _rules(coordinator, 1)
    board = ok("status", "--db", coordinator, "--trimestre", "1")
    header = next(line for line in board.splitlines() if line.startswith("Unidad"))
    [row] = [line for line in board.splitlines() if line.startswith("004")]
    # «Errores» is right-aligned under its header, after «Sec.».
    errors = row[header.index("Envío") + len("Envío") : header.index("Errores") + len("Errores")]
    assert "recibido" in row
    assert errors.strip() == "0", board
    # The second quarter the coordinator holds is the one its package brought.
    dump = json.loads(ok("dump", "--db", coordinator, "--ejercicio", "2024", "--trimestre", "2"))
    [held] = [item for item in dump["metas"] if item["id"] == APOYO]
    assert held["num"][10:12] == [401, 400]
    assert held["evaluacion"] == {"1": corrected, "2": TYPED_004[APOYO][1]}


def test_a_first_quarter_sent_after_the_second_is_checked_up_to_it(
    tmp_path: Path, seed_path: Path
) -> None:
    # The second quarter's package went first (it carries the first quarter's figures too).
    coordinator, unit = _unit_with_base(tmp_path, seed_path)
    export = ("export", "--db", unit, "--unidad", "004", "--out")
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.FIRST, 2024)
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.SECOND, 2024)
    _send(unit, coordinator, tmp_path / "2", 2)

    assert LATER not in _rules(unit, 1)
    first = ok(*export, tmp_path / "1", "--trimestre", "1").strip()
    ok("import-package", "--db", coordinator, first)
    assert LATER not in _rules(coordinator, 1)


def test_a_corrected_quarter_says_nothing_of_later_reopenings(
    tmp_path: Path, seed_path: Path
) -> None:
    _, unit = _unit_with_base(tmp_path, seed_path)
    export = ("export", "--db", unit, "--unidad", "004", "--out")
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.FIRST, 2024)
    ok(*export, tmp_path / "1", "--trimestre", "1")
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.SECOND, 2024)
    ok(*export, tmp_path / "2", "--trimestre", "2")
    reopen_second = ("trimestre", "reabrir", "--unidad", "004", "--trimestre", "2", "--motivo")
    ok(*reopen_second, "Borrador", "--db", unit)
    type_quarter(
        unit, {APOYO: (555, "BORRADOR DEL SEGUNDO TRIMESTRE.")}, "Unidad 004", Quarter.SECOND, 2024
    )
    ok(*REOPEN, "Corrección", "--db", unit)
    type_quarter(
        unit, {APOYO: (401, "SE REALIZARON 401 APOYOS.")}, "Unidad 004", Quarter.FIRST, 2024
    )

    again = ok(*export, tmp_path / "3", "--trimestre", "1").strip()

    with zipfile.ZipFile(again) as archive:
        data = json.loads(archive.read("datos.json"))
    assert [item["trimestre"] for item in data["reaperturas"]] == [1]
    assert "555" not in json.dumps(data, ensure_ascii=False)
    assert "BORRADOR" not in json.dumps(data, ensure_ascii=False)


def test_news_of_the_coordinator_do_not_close_a_quarter_the_unit_reopened_since(
    tmp_path: Path, seed_path: Path
) -> None:
    # The unit reopened its first quarter to correct it; the next observations package, which
    # says the coordinator holds it closed since the package it received, closed it again.
    coordinator, unit = _unit_with_base(tmp_path, seed_path)
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.FIRST, 2024)
    _send(unit, coordinator, tmp_path / "1", 1)
    ok(*REOPEN, "Corregir expedientes", "--db", unit)
    observations = ok(
        "export-observations", "--db", coordinator, "--unidad", "004", "--trimestre", "1",
        "--out", tmp_path / "o",
    ).strip()  # fmt: skip

    ok("import-package", "--db", unit, observations)

    with Store.open(unit) as store:
        assert not store.closures.is_closed(2024, "30", UnitCode("004"), Quarter.FIRST)


def test_a_later_quarter_waits_until_the_reopened_one_is_sent_again(
    tmp_path: Path, seed_path: Path
) -> None:
    # The reviewer's case: the second quarter's package would carry the first quarter's
    # changes past that quarter's review, and the coordinator, holding it closed, refuses it.
    coordinator, unit = _unit_with_base(tmp_path, seed_path)
    export = ("export", "--db", unit, "--unidad", "004", "--out")
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.FIRST, 2024)
    _send(unit, coordinator, tmp_path / "1", 1)
    ok(*REOPEN, "Corrección", "--db", unit)
    type_quarter(
        unit, {APOYO: (401, "SE REALIZARON 401 APOYOS.")}, "Unidad 004", Quarter.FIRST, 2024
    )
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.SECOND, 2024)

    refused = run_cli(*export, tmp_path / "2", "--trimestre", "2")

    assert refused.returncode != 0
    assert "Traceback" not in refused.stderr
    assert (
        "el trimestre 1 está reabierto: exporte primero su paquete (corregido) y entréguelo; "
        "después, el del trimestre 2"
    ) in refused.stderr
    # Nothing written, no number taken, the second quarter still open.
    assert not (tmp_path / "2").exists()
    with Store.open(unit) as store:
        assert [p.quarter for p in store.packages.history()] == [Quarter.FIRST]
        assert not store.closures.is_closed(2024, "30", UnitCode("004"), Quarter.SECOND)

    # In order, both go through, and the coordinator takes both.
    first = ok(*export, tmp_path / "1b", "--trimestre", "1").strip()
    second = ok(*export, tmp_path / "2", "--trimestre", "2").strip()
    ok(*REOPEN, "Llega la corrección", "--db", coordinator)
    ok("import-package", "--db", coordinator, first, second)
