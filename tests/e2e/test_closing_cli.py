"""A closed quarter holds: neither a package, nor an import, nor a command changes it."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.intake.packages import check_package
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.store.closure_repository import QuarterClosedError
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli
from tests.e2e.test_coordination_cli import APOYO
from tests.e2e.test_coordination_cli import TYPED_004 as TYPED_ANY
from tests.e2e.year_helpers import Typing, ok, type_quarter

pytestmark = pytest.mark.e2e
TYPED_004 = cast(Typing, TYPED_ANY)
APOYO_Q1 = (
    "77.20%NUM 500.00 500.00 400.00 500.00 1900.00 500.00 500.00 400.00 500.00 1900.00 386.00"
)


def _snapshot(database: Path) -> dict[str, bytes]:
    files = [database, Path(f"{database}-wal")]
    return {path.name: path.read_bytes() for path in files if path.exists()}


def test_an_import_cannot_change_a_closed_quarter(tmp_path: Path, seed_path: Path) -> None:
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    ok("trimestre", "cerrar", "--unidad", "004", "--trimestre", "1", "--db", database)
    # The same report again changes nothing, so it is accepted.
    ok("import-etca", seed_path, "--db", database)
    tampered = tmp_path / "informe_cambiado.txt"
    text = seed_path.read_text(encoding="utf-8")
    assert text.count(APOYO_Q1) == 1
    tampered.write_text(text.replace(APOYO_Q1, APOYO_Q1[:-6] + "999.00"), encoding="utf-8")
    before = _snapshot(database)

    result = run_cli("import-etca", tampered, "--db", database)

    assert result.returncode == 2
    assert "el trimestre 1 de la unidad 004 está cerrado" in result.stderr
    assert "Traceback" not in result.stderr
    assert _snapshot(database) == before
    # Reopened with a reason, the same import goes through.
    ok(
        "trimestre",
        "reabrir",
        "--unidad",
        "004",
        "--trimestre",
        "1",
        "--motivo",
        "Corrección del informe oficial",
        "--db",
        database,
    )
    ok("import-etca", tampered, "--db", database)


def test_the_command_line_needs_a_reason_to_reopen(tmp_path: Path, seed_path: Path) -> None:
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    ok("trimestre", "cerrar", "--unidad", "004", "--trimestre", "1", "--db", database)
    before = _snapshot(database)
    for motivo in ([], ["--motivo", "   "]):
        result = run_cli(
            "trimestre", "reabrir", "--unidad", "004", "--trimestre", "1", *motivo, "--db", database
        )
        assert result.returncode == 2
        assert "motivo" in result.stderr
    assert _snapshot(database) == before
    with Store.open(database) as store:
        assert store.closures.is_closed(2024, "30", UnitCode("004"), Quarter.FIRST)
        [event] = store.closures.log(2024)
        assert event.action == "cerrar"


def test_a_package_cannot_change_a_closed_quarter(tmp_path: Path, seed_path: Path) -> None:
    coordinator, unit = tmp_path / "coordinadora.sqlite3", tmp_path / "unidad.sqlite3"
    ok("import-etca", seed_path, "--db", coordinator)
    base = ok("export-base", "--db", coordinator, "--unidad", "004", "--out", tmp_path).strip()
    ok("import-package", "--db", unit, base)
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.FIRST, 2024)
    export = ("export", "--db", unit, "--unidad", "004", "--out")
    first = ok(*export, tmp_path / "1", "--trimestre", "1").strip()
    # The coordinator closed the quarter before the package came: refused, nothing written.
    ok("trimestre", "cerrar", "--unidad", "004", "--trimestre", "1", "--db", coordinator)
    before = _snapshot(coordinator)
    result = run_cli("import-package", "--db", coordinator, first)
    assert result.returncode == 2
    assert "el trimestre 1 de la unidad 004 está cerrado" in result.stderr
    # The window shows this text too: it named only the command, which an office never types.
    assert (
        "reábralo con un motivo (Año → Cerrar o reabrir un trimestre…; en la línea de comandos: "
        'ism-desktop trimestre reabrir --ejercicio 2024 --unidad 004 --trimestre 1 --motivo "…")'
    ) in result.stderr
    assert _snapshot(coordinator) == before
    # The unit's own export closed its first quarter: typing there is refused too.
    with pytest.raises(QuarterClosedError, match="está cerrado"):
        type_quarter(unit, {APOYO: (1, "OTRA")}, "Unidad 004", Quarter.FIRST, 2024)

    # Reopened there and received, the quarter is closed at both ends; the unit then reopens
    # its own copy and changes the first quarter. Its second quarter's package waits for the
    # first one's, corrected.
    reopen = ("trimestre", "reabrir", "--unidad", "004", "--trimestre", "1", "--motivo")
    ok(*reopen, "Llega el paquete", "--db", coordinator)
    ok("import-package", "--db", coordinator, first)
    ok(*reopen, "Corrección", "--db", unit)
    type_quarter(unit, {APOYO: (401, "OTRA")}, "Unidad 004", Quarter.FIRST, 2024)
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.SECOND, 2024)
    held = run_cli(*export, tmp_path / "2", "--trimestre", "2")
    assert held.returncode != 0
    assert "el trimestre 1 está reabierto: exporte primero su paquete" in held.stderr
    # Closing it again by hand would send nothing: refused, it stays open.
    closing = run_cli("trimestre", "cerrar", "--unidad", "004", "--trimestre", "1", "--db", unit)
    assert closing.returncode != 0
    assert "cambió después de enviar su paquete" in closing.stderr
    # Sent again, but the corrected package never reaches the coordinator: the changes ride
    # in the second quarter's package, and the coordinator, which holds the first quarter
    # closed, refuses it.
    ok(*export, tmp_path / "1b", "--trimestre", "1")
    second = ok(*export, tmp_path / "2", "--trimestre", "2").strip()
    with (
        Store.open(coordinator) as store,
        pytest.raises(PackageRefusedError, match="cambia un trimestre cerrado"),
    ):
        check_package(store, Path(second))
    before = _snapshot(coordinator)
    result = run_cli("import-package", "--db", coordinator, second)
    assert result.returncode == 2
    assert "Realizado T1 (NUM)" in result.stderr
    assert _snapshot(coordinator) == before


@pytest.mark.parametrize(
    ("quarter", "typed", "rule"),
    [
        ("4", "15/01/2023", "debe ser posterior al 31/12/2024, último día del trimestre."),
        ("2", "31/03/2024", "debe ser posterior al 30/06/2024, último día del trimestre."),
        ("1", "01/01/2026", "debe caer a más tardar el 31/12/2025."),
        # Taken before: due before its own quarter ended, and before the second's 15/07.
        ("3", "10/07/2024", "debe ser posterior al 30/09/2024, último día del trimestre."),
    ],
    ids=["antes-del-año", "antes-del-trimestre", "dos-años-después", "dentro-del-trimestre"],
)
def test_a_delivery_date_outside_its_quarter_is_refused(
    tmp_path: Path, seed_path: Path, quarter: str, typed: str, rule: str
) -> None:
    # «15/01/2023» for the fourth quarter of 2024 was stored, and every unit showed as late by
    # 1,418 days.
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    before = _snapshot(database)

    result = run_cli(
        "trimestre", "fecha", "--trimestre", quarter, "--fecha", typed, "--db", database
    )

    assert result.returncode == 2
    assert f"la fecha de entrega del trimestre {quarter} de 2024 ({typed}) {rule}" in result.stderr
    assert "Traceback" not in result.stderr
    assert _snapshot(database) == before


def test_an_empty_delivery_date_is_refused_and_the_stored_one_kept(
    tmp_path: Path, seed_path: Path
) -> None:
    # Refused with ««» no es una fecha», after the stored date had been taken away.
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    ok("trimestre", "fecha", "--trimestre", "2", "--fecha", "15/07/2024", "--db", database)
    before = _snapshot(database)

    result = run_cli("trimestre", "fecha", "--trimestre", "2", "--fecha", "", "--db", database)

    assert result.returncode == 2
    assert "no es una fecha" in result.stderr
    assert _snapshot(database) == before


def test_a_delivery_date_is_taken_away_with_quitar(tmp_path: Path, seed_path: Path) -> None:
    # The window can leave a quarter without a date; the command had no way to.
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    ok("trimestre", "fecha", "--trimestre", "2", "--fecha", "15/07/2024", "--db", database)

    said = ok("trimestre", "fecha", "--trimestre", "2", "--quitar", "--db", database)

    assert said == "Fecha de entrega del trimestre 2 de 2024: quitada.\n"
    with Store.open(database) as store:
        assert store.years.delivery_dates(2024) == {}
    both = run_cli(
        "trimestre",
        "fecha",
        "--trimestre",
        "2",
        "--quitar",
        "--fecha",
        "15/07/2024",
        "--db",
        database,
    )
    assert both.returncode == 2
    assert "Traceback" not in both.stderr


def test_the_closing_by_an_export_names_the_send_number_as_the_window_does(
    tmp_path: Path, seed_path: Path
) -> None:
    coordinator, unit = tmp_path / "coordinadora.sqlite3", tmp_path / "unidad.sqlite3"
    ok("import-etca", seed_path, "--db", coordinator)
    base = ok("export-base", "--db", coordinator, "--unidad", "004", "--out", tmp_path).strip()
    ok("import-package", "--db", unit, base)
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.FIRST, 2024)
    ok("export", "--db", unit, "--unidad", "004", "--out", tmp_path / "1", "--trimestre", "1")

    with Store.open(unit) as store:
        [event] = [e for e in store.closures.log(2024) if e.action == "cerrar"]
    # The export dialog says «envío número»; the closing it leaves says the same, not «secuencia».
    assert event.author.profile == "Paquete exportado, envío número 1"


def test_the_coordinator_closes_no_quarter_a_unit_never_reported(
    tmp_path: Path, seed_path: Path
) -> None:
    from tests.e2e.test_reopened_quarter import _unit_with_base

    coordinator, _unit = _unit_with_base(tmp_path, seed_path)  # the coordinator's, by its base
    before = _snapshot(coordinator)

    result = run_cli("trimestre", "cerrar", "--unidad", "004", "--trimestre", "2",
                     "--db", coordinator)  # fmt: skip

    assert result.returncode == 2, result.stdout
    assert "la unidad 004 no ha entregado el trimestre 2 de 2024" in result.stderr
    assert "«import-package»" in result.stderr
    assert "No se cerró el trimestre." in result.stderr
    assert "Traceback" not in result.stderr
    assert _snapshot(coordinator) == before
    # The coordinator's own unit sends no package: its quarter closes by hand.
    ok("trimestre", "cerrar", "--unidad", "002", "--trimestre", "2", "--db", coordinator)
    # The first quarter came in the official report imported: delivered, it closes by hand.
    ok("trimestre", "cerrar", "--unidad", "004", "--trimestre", "1", "--db", coordinator)
