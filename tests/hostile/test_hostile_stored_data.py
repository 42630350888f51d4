"""Data already in a database from an older version: reports and dumps still write, cleaned."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.editing import with_evaluation
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli
from tests.hostile.generators import control_characters

ESTUDIOS = "56190ba47cf2b956"


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Path:
    database = tmp_path_factory.mktemp("antigua") / "antigua.sqlite3"
    assert run_cli("import-etca", seed_path, "--db", database).returncode == 0
    return database


@pytest.mark.parametrize(("case", "bad"), list(control_characters())[:6])
def test_the_workbook_is_written_without_characters_excel_refuses(
    imported: Path, tmp_path: Path, case: str, bad: str
) -> None:
    database = tmp_path / "vieja.sqlite3"
    database.write_bytes(imported.read_bytes())
    with Store.open(database) as store:
        report = store.reports.load()
        assert report is not None
        before = report.meta_by_id(ESTUDIOS)
        assert before is not None
        after = with_evaluation(before, Quarter.FIRST, f"SE REALIZARON{bad} 761 ESTUDIOS.")
        store.edits.save(2024, before, after, Author("versión anterior", "prueba"))

    result = run_cli("report", "--db", database, "--trimestre", "1", "--xlsx", tmp_path / "i.xlsx")

    assert result.returncode == 0, result.stderr
    texts = [
        str(cell)
        for sheet in openpyxl.load_workbook(tmp_path / "i.xlsx").worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell is not None
    ]
    assert "SE REALIZARON 761 ESTUDIOS." in texts


@pytest.mark.parametrize("command", ["dump", "validate", "report"])
def test_a_huge_figure_stored_by_an_older_version_is_named_not_a_traceback(
    imported: Path, tmp_path: Path, seed_path: Path, command: str
) -> None:
    import contextlib
    import sqlite3

    database = tmp_path / "vieja.sqlite3"
    database.write_bytes(imported.read_bytes())
    with contextlib.closing(sqlite3.connect(database)) as connection, connection:
        connection.execute(
            "UPDATE figure_rows SET achieved_q1 = ? WHERE meta_id = "
            "(SELECT id FROM metas WHERE stable_id = ?)",
            ["9" * 30, ESTUDIOS],
        )
    extra = {"dump": [], "validate": ["--trimestre", "1"]}.get(
        command, ["--trimestre", "1", "--xlsx", str(tmp_path / "i.xlsx")]
    )

    result = run_cli(command, "--db", database, *extra)
    repaired = run_cli("import-etca", seed_path, "--db", database)

    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "demasiado grande" in result.stderr
    assert repaired.returncode == 0, repaired.stderr
    assert run_cli(command, "--db", database, *extra).returncode in {0, 1}


@pytest.mark.parametrize(("case", "bad"), [("U+000B", "\x0b"), *list(control_characters())[:3]])
def test_a_bad_motivo_an_older_version_stored_does_not_stop_the_commands(
    imported: Path, tmp_path: Path, case: str, bad: str
) -> None:
    # The old window stored the motivo it refused a moment later: from then on ``validate``
    # and ``export`` said «ocurrió un error inesperado» and the unit could not deliver.
    import contextlib
    import sqlite3
    from decimal import Decimal

    from ism_desktop.domain.audit import TargetChangeReason
    from ism_desktop.domain.editing import with_modified

    database = tmp_path / "vieja.sqlite3"
    database.write_bytes(imported.read_bytes())
    with Store.open(database) as store:
        report = store.reports.load()
        assert report is not None
        before = report.meta_by_id(ESTUDIOS)
        assert before is not None
        after = with_modified(before, Quarter.SECOND, Decimal(90), None)
        store.edits.save(2024, before, after, Author("Unidad 004", "ana"), TargetChangeReason("x"))
    with contextlib.closing(sqlite3.connect(database)) as connection, connection:
        connection.execute("UPDATE target_changes SET reason = ?", [f"RECORTE{bad}OFICIO 123"])
    coordinator = tmp_path / "coordinadora.sqlite3"
    coordinator.write_bytes(imported.read_bytes())
    period = ["--unidad", "004", "--trimestre", "1"]

    checked = run_cli("validate", "--db", database, *period)
    exported = run_cli("export", "--db", database, *period, "--out", tmp_path / "p")
    received = run_cli("import-package", "--db", coordinator, exported.stdout.strip())

    for result in (checked, exported, received):
        assert "inesperado" not in result.stderr
        assert "Traceback" not in result.stderr
    assert checked.returncode in {0, 1}, checked.stderr
    assert exported.returncode == 0, exported.stderr
    assert received.returncode == 0, received.stderr
    listed = json.loads(run_cli("solicitudes", "--db", coordinator, "--json").stdout)
    reasons = [request["motivo"] for request in listed["pendientes"] if request["motivo"]]
    assert reasons
    assert all(reason.startswith("RECORTE") and bad not in reason for reason in reasons)
