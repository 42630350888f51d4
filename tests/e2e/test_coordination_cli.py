"""Two PCs as two database files: the coordinating unit and its units, through the real CLI.

Base out, the unit types, its package in (dry run first), a newer package supersedes, an older
one and hostile ones are refused leaving the database byte for byte as it was, the board, the
return package of observations, and the consolidated report equal to the sum of the parts.
"""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ism_desktop.domain.audit import os_user
from tests.e2e.cli_runner import run_cli
from tests.e2e.unit_typing import type_first_quarter

pytestmark = pytest.mark.e2e

APOYO, ESTUDIOS, TRANSPARENCIA = "f567812178fe0372", "56190ba47cf2b956", "d8b0c7a337b76ab1"
TYPED_004 = {
    APOYO: (400, "SE REALIZARON 400 APOYOS Y GESTIONES SOCIALES PARA LA IGUALDAD."),
    "a7787a6376b1c2f5": ((0, 0), "NO SE PROGRAMARON SERVICIOS PARA ESTE TRIMESTRE."),
    "f20501255102642a": (300, "SE CAPTURARON 300 EXPEDIENTES DE ATENCIÓN."),
    ESTUDIOS: (850, "SE REALIZARON 850 ESTUDIOS SOCIOECONÓMICOS."),
    "8e0d8bcb2d3ec980": (800, "SE OTORGARON 800 ASESORÍAS LEGALES."),
    "fc446d2007da1825": (1600, "SE BRINDARON 1600 ATENCIONES PSICOLÓGICAS INDIVIDUALES."),
    "324d66f81b69ca65": (45, "SE REALIZARON 45 EVENTOS DE PROMOCIÓN Y ATENCIÓN."),
}
TYPED_009 = {TRANSPARENCIA: ((98, 100), "SE CUMPLIÓ CON EL 98 % DE LAS OBLIGACIONES.")}


def _ok(*args: str | Path) -> str:
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _observe(database: Path, text: str, *extra: str) -> None:
    """The coordinator's observation on ESTUDIOS SOCIOECONÓMICOS for the first quarter."""
    _ok(
        "observe",
        "--db",
        database,
        "--trimestre",
        "1",
        "--meta",
        ESTUDIOS[:8],
        "--texto",
        text,
        *extra,
    )


def _snapshot(database: Path) -> dict[str, bytes]:
    """The database file and any write-ahead log beside it, byte for byte."""
    files = [database, Path(f"{database}-wal")]
    return {path.name: path.read_bytes() for path in files if path.exists()}


def _dump(database: Path, units: set[str]) -> dict[str, Any]:
    metas = json.loads(_ok("dump", "--db", database))["metas"]
    return {meta["id"]: meta for meta in metas if meta["unidad"] in units}


def _sheet(path: Path, name: str) -> list[tuple[object, ...]]:
    workbook = openpyxl.load_workbook(path)
    return [tuple(row) for row in workbook[name].iter_rows(values_only=True)]


def _unit_pc(tmp_path: Path, coordinator: Path, unit: str, typing: Any) -> tuple[Path, Path]:
    """A unit's PC: its base imported, its first quarter typed, its package exported."""
    database = tmp_path / f"unidad_{unit}.sqlite3"
    base = Path(
        _ok(
            "export-base", "--db", coordinator, "--unidad", unit, "--out", tmp_path / "bases"
        ).strip()
    )
    imported = _ok("import-package", "--db", database, base)
    assert imported.startswith(f"Recibido «{base.name}»: programa base para la unidad {unit}")
    type_first_quarter(database, typing, f"Unidad {unit}")
    package = _ok(
        "export",
        "--db",
        database,
        "--unidad",
        unit,
        "--trimestre",
        "1",
        "--out",
        tmp_path / f"envio_{unit}",
    )
    return database, Path(package.strip())


@pytest.fixture
def coordinator(tmp_path: Path, seed_path: Path) -> Path:
    database = tmp_path / "coordinadora.sqlite3"
    _ok("import-etca", seed_path, "--db", database)
    return database


def test_the_coordination_cycle(coordinator: Path, tmp_path: Path) -> None:
    unit_004, package_004 = _unit_pc(tmp_path, coordinator, "004", TYPED_004)
    unit_009, package_009 = _unit_pc(tmp_path, coordinator, "009", TYPED_009)
    # The unit never typed a target: they came with the base.
    assert _dump(unit_004, {"004"})[ESTUDIOS]["num"][:10] == [900, 900, 800, 800, 3400] * 2

    # A dry run shows what would change and writes nothing.
    before = _snapshot(coordinator)
    dry = _ok("import-package", "--db", coordinator, package_004, "--dry-run")
    assert "Por recibir (nada guardado aún) «ETCA-III-04_2024_T1_unidad_004.ismpaq»" in dry
    assert "    Realizado T1 (NUM): 386 → 400" in dry
    assert "    Realizado T1 (NUM): 761 → 850" in dry
    assert _snapshot(coordinator) == before

    received = _ok("import-package", "--db", coordinator, package_004, package_009)
    # The warnings are those the unit's own validation listed in its package, none justified;
    # 009's two: the programme's «10 % among 100 %» slip, and «CUMPLIÓ» at 98.00 %.
    assert received.splitlines() == [
        "Recibido «ETCA-III-04_2024_T1_unidad_004.ismpaq»: paquete de informe de la unidad 004, "
        "ejercicio 2024, trimestre 1, envío número 1; cambiaron 7 metas; 4 avisos, 4 sin "
        "justificar.",
        "Recibido «ETCA-III-04_2024_T1_unidad_009.ismpaq»: paquete de informe de la unidad 009, "
        "ejercicio 2024, trimestre 1, envío número 1; cambió 1 meta; 2 avisos, 2 sin "
        "justificar.",
    ]
    first_package = tmp_path / "primero_004.zip"
    shutil.copy(package_004, first_package)

    # The unit corrects a figure and sends again: the newer package supersedes the first. Both
    # sides closed the quarter (export, receipt): each reopens it with a reason first.
    reopen = ("trimestre", "reabrir", "--unidad", "004", "--trimestre", "1")
    _ok(*reopen, "--motivo", "Corrección de una cifra", "--db", unit_004)
    _ok(*reopen, "--motivo", "La unidad corrige una cifra", "--db", coordinator)
    type_first_quarter(unit_004, {APOYO: (410, TYPED_004[APOYO][1])}, "Unidad 004")
    second = Path(
        _ok(
            "export",
            "--db",
            unit_004,
            "--unidad",
            "004",
            "--trimestre",
            "1",
            "--out",
            tmp_path / "segundo",
        ).strip()
    )
    dry = _ok("import-package", "--db", coordinator, second, "--dry-run")
    assert dry.splitlines()[1:3] == [
        "Paquete de la unidad 004, ejercicio 2024, trimestre 1, envío número 2: 1 meta cambia "
        "(el anterior fue el envío número 1).",
        "  Meta f567812178fe0372 (004): APOYO Y GESTIONES SOCIALES PARA LA IGUALDAD.",
    ]
    assert dry.splitlines()[3] == "    Realizado T1 (NUM): 400 → 410"
    _ok("import-package", "--db", coordinator, second)
    apoyo = _dump(coordinator, {"004"})[APOYO]
    assert (apoyo["num"][10], apoyo["avance"]) == (410, {"1": 82})

    # The older package is refused, and the database is byte for byte what it was. Received
    # already, it is said so, as the window says it (not «no es posterior… pida que lo exporte»).
    before = _snapshot(coordinator)
    older = run_cli("import-package", "--db", coordinator, first_package)
    assert older.returncode == 2
    assert re.search(
        r"«primero_004\.zip»: este paquete ya se recibió el \d\d/\d\d/\d{4} a las \d\d:\d\d\.",
        older.stderr,
    )
    assert "no es posterior" not in older.stderr
    assert "Traceback" not in older.stderr
    assert _snapshot(coordinator) == before

    # The board: who sent, when, with which sequence, and the colours of their metas.
    board = _ok("status", "--db", coordinator, "--trimestre", "1").splitlines()
    row_004 = next(line for line in board if line.startswith("004 "))
    row_009 = next(line for line in board if line.startswith("009 "))
    fields_004, fields_009 = row_004.split(), row_009.split()
    # Received at, in this PC's time, day first as the window shows it (it read the stored
    # «2026-12-03T17:30:23+00:00»).
    assert re.fullmatch(r"\d\d/\d\d/\d{4}", fields_004[-11])
    assert re.fullmatch(r"\d\d:\d\d", fields_004[-10])
    assert (fields_004[-13], fields_004[-12], fields_004[-9], fields_004[-8]) == (
        "recibido",
        "cerrado",
        "2",
        "0",
    )
    # 410/500 82.00 ámbar, nothing programmed gris, 300/270 111.11 ámbar, 850/900 94.44 verde,
    # 800/800 and 1600/1600 100.00 verde, 45/50 90.00 verde: 577.55 / 6 = 96.258… → 96.25.
    assert fields_004[-6:] == ["7", "4", "2", "0", "1", "96.25"]
    assert (fields_009[-13], fields_009[-12], fields_009[-9]) == ("recibido", "cerrado", "1")
    assert fields_009[-6:] == ["1", "1", "0", "0", "0", "98.00"]  # 98 % of a 100 % target
    # The others' first quarter came in the official report imported: delivered there.
    assert board[-3] == "Recibidos: 2 de 7; en el informe oficial importado: 5. Faltan: ninguna."
    assert board[-1].startswith("Abiertos aquí con sus cifras del informe oficial importado: ")

    # The consolidated report is the sum of the parts: each unit's metas as the unit has them.
    assert _dump(coordinator, {"004", "009"}) == {
        **_dump(unit_004, {"004"}),
        **_dump(unit_009, {"009"}),
    }
    whole = tmp_path / "instituto.xlsx"
    _ok(
        "report",
        "--db",
        coordinator,
        "--trimestre",
        "1",
        "--xlsx",
        whole,
        "--pdf",
        tmp_path / "instituto.pdf",
    )
    for unit, database in (("004", unit_004), ("009", unit_009)):
        own = tmp_path / f"unidad_{unit}.xlsx"
        _ok("report", "--db", database, "--trimestre", "1", "--unidad", unit, "--xlsx", own)
        assert _sheet(whole, unit) == _sheet(own, unit)

    # The return package: an observation goes back and the unit sees it next to the meta.
    _observe(coordinator, "Anexe la lista de usuarias.", "--autor", "Lucía")
    back = Path(
        _ok(
            "export-observations",
            "--db",
            coordinator,
            "--unidad",
            "004",
            "--trimestre",
            "1",
            "--out",
            tmp_path / "regreso",
        ).strip()
    )
    assert "Observación T1: (vacío) → «Anexe la lista de usuarias.»" in _ok(
        "import-package", "--db", unit_004, back, "--dry-run"
    )
    _ok("import-package", "--db", unit_004, back)
    listed = _ok("observe", "--db", unit_004, "--trimestre", "1", "--listar")
    heading, text, total = listed.splitlines()
    assert heading == "[1] Unidad 004, meta 56190ba47cf2b956 (ESTUDIOS SOCIOECONÓMICOS)"
    assert text.startswith("    T1, Lucía (")
    assert text.endswith("): Anexe la lista de usuarias.")
    assert total == "1 observación."


def _rewrite(source: Path, target: Path, extra: bytes = b"", tamper: bool = False) -> Path:
    """A copy with one more entry named ``../../fuera.txt``, or with datos.json tampered."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as hostile:
        for name in original.namelist():
            content = original.read(name)
            if tamper and name == "datos.json":
                content = content.replace(b"98", b"99", 1)
            hostile.writestr(name, content)
        if extra:
            hostile.writestr("../../fuera.txt", extra)
    return target


def test_hostile_packages_leave_the_database_untouched(coordinator: Path, tmp_path: Path) -> None:
    _, package = _unit_pc(tmp_path, coordinator, "009", TYPED_009)
    not_zip = tmp_path / "no_es_zip.zip"
    not_zip.write_text("hola", encoding="utf-8")
    truncated = tmp_path / "cortado.zip"
    truncated.write_bytes(package.read_bytes()[:-100])
    slip = _rewrite(package, tmp_path / "salida.zip", extra=b"x")
    tampered = _rewrite(package, tmp_path / "alterado.zip", tamper=True)
    _ok("import-package", "--db", coordinator, package)
    before = _snapshot(coordinator)

    result = run_cli(
        "import-package", "--db", coordinator, not_zip, truncated, slip, tampered, package
    )

    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    damaged = "el paquete está dañado o se modificó después de exportarlo"
    redo = "pida a quien se lo envió que lo exporte de nuevo."
    assert lines[:4] == [
        "Error: Rechazado «no_es_zip.zip»: no es un paquete de ISM Avance (.ismpaq).",
        f"Error: Rechazado «cortado.zip»: {damaged} (está incompleto: le falta el final, quizá "
        f"no terminó de copiarse o de descargarse); {redo}",
        f"Error: Rechazado «salida.zip»: {damaged} (la entrada «../../fuera.txt» saldría de la "
        f"carpeta del paquete); {redo}",
        f"Error: Rechazado «alterado.zip»: {damaged} (el contenido de datos.json no coincide con "
        f"su huella SHA-256 del manifiesto); {redo}",
    ]
    assert re.fullmatch(
        r"Error: Rechazado «ETCA-III-04_2024_T1_unidad_009\.ismpaq»: este paquete ya se recibió "
        r"el \d\d/\d\d/\d{4} a las \d\d:\d\d\.",
        lines[4],
    )
    assert lines[5:] == ["5 de 5 paquetes rechazados."]
    assert _snapshot(coordinator) == before
    assert not (tmp_path.parent / "fuera.txt").exists()


def test_an_observation_without_author_is_signed_as_the_window_signs_it(
    coordinator: Path,
) -> None:
    _observe(coordinator, "Revise.")

    listed = _ok("observe", "--db", coordinator, "--trimestre", "1", "--listar")

    # Signed with the bare user name («root»), where the window signs with the unit and user.
    text = listed.splitlines()[1]
    assert text.startswith(f"    T1, Unidad coordinadora (002) ({os_user()}) ("), text


def test_status_counts_the_spelling_warnings_the_unit_was_shown(
    coordinator: Path, tmp_path: Path, seed_path: Path
) -> None:
    unit = tmp_path / "unidad_004.sqlite3"
    _ok("import-etca", seed_path, "--db", unit)
    out = ("--out", tmp_path / "envio")
    package = _ok("export", "--db", unit, "--unidad", "004", "--trimestre", "1", *out).strip()
    _ok("import-package", "--db", coordinator, package)

    board = _ok("status", "--db", coordinator, "--trimestre", "1").splitlines()

    # Six warnings and «PSICOLOGIA» (¿PSICOLOGÍA?): seven unjustified, as the export said.
    row = next(line for line in board if line.startswith("004"))
    assert row.split()[-10:-6] == [row.split()[-10], "1", "0", "7"]
