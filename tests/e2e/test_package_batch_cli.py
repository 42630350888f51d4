"""``import-package`` with several files when the batch cannot be written: one clear sentence."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from tests.exchange.package_builders import export_unit, seed_store

pytestmark = pytest.mark.e2e


def test_a_copy_that_cannot_be_made_stops_the_batch_with_its_reason(
    tmp_path: Path, seed_path: Path, seed_text: str
) -> None:
    with seed_store(seed_text) as units:
        packages = [export_unit(units, tmp_path / unit, unit) for unit in ("004", "009")]
    database, data = tmp_path / "coordinadora.sqlite3", tmp_path / "datos"
    assert run_cli("import-etca", seed_path, "--db", database, data_dir=data).returncode == 0
    if (data / "copias").exists():
        (data / "copias").rename(tmp_path / "copias_de_antes")
    data.mkdir(exist_ok=True)
    (data / "copias").write_text("un archivo donde iría la carpeta", encoding="utf-8")
    missing = tmp_path / "no_existe.ismpaq"

    result = run_cli("import-package", "--db", database, *packages, missing, data_dir=data)

    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"Error: no se pudo guardar la copia de seguridad en «{data / 'copias'}»: "
        f"ahí debe ir una carpeta, pero «{data / 'copias'}» es un archivo.\n"
    )
    with contextlib.closing(sqlite3.connect(database)) as connection:
        assert connection.execute("SELECT COUNT(*) FROM received_packages").fetchone() == (0,)


def test_a_package_replaced_by_a_newer_one_in_the_batch_is_set_aside_not_an_error(
    tmp_path: Path, seed_path: Path, seed_text: str
) -> None:
    # The unit corrected its quarter and sent it again; both files came. The newer one is
    # received: the older is left out, said on the standard output, and the command succeeds.
    from ism_desktop.domain.quarter import Quarter
    from tests.exchange.test_package_batch import _corrected, _export_004

    with seed_store(seed_text) as unit:
        older = _export_004(unit, Quarter.FIRST, tmp_path / "1")
        _corrected(unit, Quarter.FIRST, 4321)
        newer = _export_004(unit, Quarter.FIRST, tmp_path / "2")
    database, data = tmp_path / "coordinadora.sqlite3", tmp_path / "datos"
    assert run_cli("import-etca", seed_path, "--db", database, data_dir=data).returncode == 0

    result = run_cli("import-package", "--db", database, older, newer, data_dir=data)

    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines()[:2] == [
        f"Se omite «1/{older.name}»: no se recibe el paquete con envío número 1: en este lote "
        "viene uno más reciente de la unidad 004 del mismo trimestre (envío número 2, "
        f"«2/{newer.name}»).",
        f"Recibido «{newer.name}»: paquete de informe de la unidad 004, ejercicio 2024, "
        "trimestre 1, envío número 2; cambió 1 meta; 0 avisos, 0 sin justificar.",
    ]
