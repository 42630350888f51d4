"""What ``import-package`` tells beside a receipt: information as «Nota:», warnings as «Aviso:».

A programme base's news (its delivery date) was printed «Aviso: fecha de entrega del trimestre
1: …», as if something were wrong; the person could no longer tell what asked for attention.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli
from tests.e2e.year_helpers import ok

pytestmark = pytest.mark.e2e


def _coordinator_with_base(tmp_path: Path, seed_path: Path) -> Path:
    """The coordinator's base for unit 004, carrying T1's delivery date (15/04/2024)."""
    coordinator = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", coordinator)
    ok("trimestre", "fecha", "--trimestre", "1", "--fecha", "2024-04-15", "--db", coordinator)
    out = tmp_path / "base"
    return Path(ok("export-base", "--db", coordinator, "--unidad", "004", "--out", out).strip())


@pytest.mark.parametrize("dry_run", [False, True], ids=["recibir", "revisar"])
def test_a_bases_news_is_a_note_not_a_warning(
    tmp_path: Path, seed_path: Path, dry_run: bool
) -> None:
    base = _coordinator_with_base(tmp_path, seed_path)
    unit = tmp_path / "unidad_004.sqlite3"
    if dry_run:
        Store.open(unit).close()  # a review needs the database to exist, as a unit's PC has it

    result = run_cli("import-package", "--db", unit, base, *(["--dry-run"] if dry_run else []))

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    dated = [line for line in lines if "fecha de entrega del trimestre 1: 15/04/2024" in line]
    assert dated == ["  Nota: fecha de entrega del trimestre 1: 15/04/2024"], result.stdout
    assert not any(line.lstrip().startswith("Aviso:") for line in lines), result.stdout
