"""A refused export leaves no empty ``--out`` folder behind.

With the database held by another program (or read-only), ``export-base --out CARPETA`` made the
folder, then was refused at its first write: the person found an empty folder and no package.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from tests.e2e.test_reopened_quarter import _unit_with_base

pytestmark = pytest.mark.e2e

COMMANDS = {
    "export-base": ("export-base",),
    "export-observations": ("export-observations", "--unidad", "004", "--trimestre", "1"),
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_an_export_refused_by_a_held_database_leaves_no_folder(
    tmp_path: Path, seed_path: Path, command: str
) -> None:
    database, _unit = _unit_with_base(tmp_path, seed_path)
    out = tmp_path / "nueva" / "paquetes"
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = run_cli(*COMMANDS[command], "--out", out, "--db", database)
    finally:
        holder.execute("ROLLBACK")
        holder.close()

    assert result.returncode == 2, result.stdout
    assert "Traceback" not in result.stderr
    assert "otro programa está usando la base de datos" in result.stderr.lower()
    assert not (tmp_path / "nueva").exists()
