"""A meta id that matches no meta is quoted back short and printable, the store unchanged.

``justify --meta`` and ``observe --meta`` repeated the id whole: a value pasted by mistake (a
whole line of ``validate --json``, 300 characters) made a message as long, and an escape
sequence in it reached the terminal.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from tests.hostile.generators import echoed_values
from tests.hostile.quoted_refusal import refused_briefly

pytestmark = pytest.mark.e2e

SEED_REPORT = Path(__file__).parents[2] / "resources" / "sample" / "etca_iii_04_2024_t1.txt"
CASES = dict(echoed_values()) | {"linea-json": '{"unidad": "004", "regla": "X"}' * 25}
UNKNOWN = "no hay ninguna meta con el identificador «"
COMMANDS = {
    "justify": ("justify", "--trimestre", "1", "--regla", "META_MODIFICADA", "--enterado"),
    "observe": ("observe", "--trimestre", "1", "--texto", "Revisar."),
}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the sample report, imported by the real command."""
    db = tmp_path_factory.mktemp("ids") / "ism.sqlite3"
    imported = run_cli("import-etca", SEED_REPORT, "--db", db)
    assert imported.returncode == 0, imported.stderr
    return db


@pytest.mark.parametrize(("command", "case"), [(c, k) for c in COMMANDS for k in CASES])
def test_an_unknown_meta_id_is_quoted_short_and_printable(
    seeded: Path, tmp_path: Path, command: str, case: str
) -> None:
    db = Path(shutil.copy(seeded, tmp_path / "ism.sqlite3"))
    # The escape's own characters read «?», the rest as typed (lowered, as ids are compared).
    place = f"{UNKNOWN}?[2j?[31ma»" if case == "escape" else UNKNOWN

    refused_briefly(db, *COMMANDS[command], "--meta", CASES[case], place=place)
