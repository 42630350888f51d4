"""A Programa Anual's clave with a character that does not show, or reads as another, is refused.

Each acción has its own clave («la clave A.1 ya se usó»), and justifications, findings and the
history name the acción by it. «A\\u200b.1» passed as another clave that reads «A.1» on
screen and in the informe: two acciones A.1, and ``justificar --accion A.1`` reached only one.
The characters come from ``invisible_characters()``; the database stays as it was.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ism_desktop.exchange.paimef.programme_json import programme_to_json
from tests.e2e.cli_runner import run_cli
from tests.e2e.paimef_programme_db import programme_imported
from tests.hostile.generators import invisible_characters, look_alike_characters
from tests.paimef_builders import programme

pytestmark = pytest.mark.e2e

# And a few that show but read as another: «AА.1» (a Cyrillic А) reads as «AA.1».
CHARACTERS = dict(invisible_characters()) | dict(list(look_alike_characters("A"))[::2])


def _bytes(database: Path) -> dict[str, bytes]:
    files = [database, Path(f"{database}-wal")]
    return {p.name: p.read_bytes() for p in files if p.exists() and p.stat().st_size}


def copied(database: Path, folder: Path) -> Path:
    """A copy of ``database`` in ``folder``, for one test to change (or not)."""
    copy = folder / "datos.sqlite3"
    copy.write_bytes(database.read_bytes())
    return copy


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("claves")
    return programme_imported(folder, data_dir=folder)


@pytest.mark.parametrize("code", CHARACTERS)
def test_a_clave_that_reads_as_another_is_refused(
    imported: Path, tmp_path: Path, code: str
) -> None:
    database = copied(imported, tmp_path)
    document = json.loads(programme_to_json(programme()))
    second = document["acciones"][1]  # A.2, of vertiente A as A.1
    second["clave"] = f"A{CHARACTERS[code]}.1"
    source = tmp_path / "programa.json"
    source.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    before = _bytes(database)

    result = run_cli("paimef", "import-programa", source, "--db", database, data_dir=tmp_path)

    assert result.returncode == 2, result.stdout
    assert "Traceback" not in result.stderr
    # Line 27 holds the second acción's clave (two-space indent, one meta in the first).
    assert "programa.json, línea 27 (acción " in result.stderr, result.stderr
    assert ", clave): " in result.stderr
    assert code in result.stderr
    assert _bytes(database) == before
