"""Exporting the PAIMEF programme where it cannot be read back or written: a Spanish refusal."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("name", ["programa.txt", "carpeta_que_no_existe/programa.json"])
def test_an_export_that_cannot_be_done_is_refused_in_spanish(
    tmp_path: Path, seed_path: Path, name: str
) -> None:
    database = tmp_path / "base.sqlite3"
    assert run_cli("import-etca", seed_path, "--db", database).returncode == 0
    target = tmp_path / name

    result = run_cli("paimef", "export-programa", str(target), "--db", database)

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "Error:" in result.stderr
    assert target.name in result.stderr
    assert "No such file" not in result.stderr
    assert not target.exists()
