"""``ism-desktop export`` into a folder where the package's name is taken by a folder.

Nothing was exported, yet the refusal named the hidden temporary file and a sequence number
was used up: a row in the database and the mark beside it, so the next package skipped it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e
PACKAGE = "ETCA-III-04_2024_T1_unidad_004.ismpaq"


def _numbering(database: Path) -> tuple[list[tuple[object, ...]], str | None]:
    """The logged exports and the sequence mark kept beside the database."""
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT * FROM package_exports").fetchall()
    marks = database.with_name(database.name + ".secuencias.json")
    return rows, marks.read_text(encoding="utf-8") if marks.exists() else None


def test_a_folder_named_like_the_package_is_refused_before_a_number_is_taken(
    tmp_path: Path, seed_path: Path
) -> None:
    database, out = tmp_path / "informe.sqlite3", tmp_path / "paquetes"
    assert run_cli("import-etca", seed_path, "--db", database).returncode == 0
    export = ("export", "--db", database, "--unidad", "004", "--trimestre", "1", "--out", out)
    # One package out first: the mark beside the database exists and has a number to keep.
    first = run_cli(*export)
    assert first.returncode == 0, first.stderr
    Path(first.stdout.strip()).unlink()
    (out / PACKAGE / "dentro").mkdir(parents=True)
    before = _numbering(database)
    assert before[1] is not None

    refused = run_cli(*export)

    assert refused.returncode != 0
    assert "Traceback" not in refused.stderr
    assert f"«{out / PACKAGE}» es una carpeta" in refused.stderr
    assert ".tmp" not in refused.stderr
    assert _numbering(database) == before
    assert sorted(p.name for p in out.iterdir()) == [PACKAGE]
    assert [p.name for p in (out / PACKAGE).iterdir()] == ["dentro"]


def test_a_base_package_is_refused_the_same_way(tmp_path: Path, seed_path: Path) -> None:
    database, out = tmp_path / "informe.sqlite3", tmp_path / "bases"
    assert run_cli("import-etca", seed_path, "--db", database).returncode == 0
    export = ("export-base", "--db", database, "--unidad", "004", "--out", out)
    first = run_cli(*export)
    assert first.returncode == 0, first.stderr
    package = Path(first.stdout.strip())
    package.unlink()
    package.mkdir()
    before = _numbering(database)

    refused = run_cli(*export)

    assert refused.returncode != 0
    assert "Traceback" not in refused.stderr
    assert f"«{package}» es una carpeta" in refused.stderr
    assert _numbering(database) == before


def test_every_base_destination_is_checked_before_any_is_written(
    tmp_path: Path, seed_path: Path
) -> None:
    """All units at once: a folder in the way of one base refuses them all, none numbered."""
    database, out = tmp_path / "informe.sqlite3", tmp_path / "bases"
    assert run_cli("import-etca", seed_path, "--db", database).returncode == 0
    blocked = out / "ETCA-III-04_2024_programa_base_unidad_004.ismpaq"
    (blocked / "dentro").mkdir(parents=True)
    before = _numbering(database)

    refused = run_cli("export-base", "--db", database, "--out", out)

    assert refused.returncode != 0
    assert "Traceback" not in refused.stderr
    assert f"«{blocked}» es una carpeta" in refused.stderr
    assert "Sí se escribieron" not in refused.stderr
    assert _numbering(database) == before
    assert [p.name for p in out.iterdir()] == [blocked.name]
    assert [p.name for p in blocked.iterdir()] == ["dentro"]
