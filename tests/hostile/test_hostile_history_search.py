"""``paimef historial --buscar`` says what it searched quoted short and printable.

The text searched was printed back as typed: an escape sequence («\\x1b[31mrojo») coloured or
cleared the terminal, and 100 000 characters made a line as long.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.exchange.paimef.programme_json import programme_to_json
from tests.e2e.cli_runner import run_cli
from tests.hostile.generators import echoed_values
from tests.paimef_builders import programme

pytestmark = pytest.mark.e2e

CASES = dict(echoed_values())


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding a Programa Anual PAIMEF (so it has a history to search)."""
    folder = tmp_path_factory.mktemp("historial")
    source = folder / "programa.json"
    source.write_text(programme_to_json(programme()), encoding="utf-8")
    db = folder / "datos.sqlite3"
    imported = run_cli("paimef", "import-programa", source, "--db", db, data_dir=folder)
    assert imported.returncode == 0, imported.stderr
    return db


@pytest.mark.parametrize("case", CASES)
def test_the_text_searched_is_echoed_short_and_printable(
    database: Path, tmp_path: Path, case: str
) -> None:
    result = run_cli(
        "paimef", "historial", "--db", database, "--buscar", CASES[case], data_dir=tmp_path
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("El PAIMEF 2026 no tiene cambios registrados con «")
    assert all(line.isprintable() for line in result.stdout.splitlines()), result.stdout[:200]
    assert len(result.stdout) < 200


def test_a_printable_search_is_echoed_as_typed(database: Path, tmp_path: Path) -> None:
    result = run_cli(
        "paimef", "historial", "--db", database, "--buscar", "  rojo  ", data_dir=tmp_path
    )

    assert result.stdout == (
        "El PAIMEF 2026 no tiene cambios registrados con «rojo» en esta base de datos.\n"
    )
