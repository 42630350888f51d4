"""``paimef import-programa`` of the Programa Anual already stored: nothing copied or written."""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.exchange.paimef.programme_json import programme_to_json
from tests.e2e.cli_runner import run_cli
from tests.paimef_builders import programme

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_importing_the_stored_programme_again_changes_nothing(tmp_path: Path, suffix: str) -> None:
    # It made a backup and wrote «importación de …» with no detail in the history.
    db = tmp_path / "datos.sqlite3"
    source = tmp_path / "programa.json"
    source.write_text(programme_to_json(programme()), encoding="utf-8")
    first = run_cli("paimef", "import-programa", source, "--db", db, data_dir=tmp_path)
    assert first.returncode == 0, first.stderr
    again = tmp_path / f"otra_vez{suffix}"
    exported = run_cli("paimef", "export-programa", again, "--db", db, data_dir=tmp_path)
    assert exported.returncode == 0, exported.stderr
    copies = sorted((tmp_path / "copias").glob("*.sqlite3"))
    history = run_cli("paimef", "historial", "--db", db, data_dir=tmp_path).stdout

    result = run_cli("paimef", "import-programa", again, "--db", db, data_dir=tmp_path)

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == (
        f"El archivo otra_vez{suffix} tiene el mismo Programa Anual PAIMEF 2026 que el guardado: "
        "no se cambió nada."
    )
    assert "Copia de seguridad" not in result.stdout
    assert sorted((tmp_path / "copias").glob("*.sqlite3")) == copies
    after = run_cli("paimef", "historial", "--db", db, data_dir=tmp_path)
    assert after.stdout == history
    assert after.stdout.startswith("Historial del PAIMEF 2026: 1 cambio,")
