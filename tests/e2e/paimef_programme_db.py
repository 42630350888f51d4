"""A database with the sample PAIMEF programme imported through the CLI, as a user would.

``loaded_db`` is the fixture giving it to a test; import it into the test module.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.exchange.paimef.programme_json import programme_to_json
from tests.e2e.cli_runner import run_cli
from tests.paimef_builders import programme


def programme_imported(folder: Path, data_dir: Path | None = None) -> Path:
    """``paimef import-programa`` of the sample programme into a new database in ``folder``.

    ``data_dir`` is the data folder the CLI is run with (the session's when None).
    """
    source = folder / "programa.json"
    source.write_text(programme_to_json(programme()), encoding="utf-8")
    db = folder / "datos.sqlite3"
    result = run_cli("paimef", "import-programa", source, "--db", db, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "4 acciones" in result.stdout
    return db


@pytest.fixture
def loaded_db(tmp_path: Path) -> Path:
    return programme_imported(tmp_path, data_dir=tmp_path)
