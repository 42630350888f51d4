"""A usage error quotes the value refused short and printable, whatever option refused it.

``--hoy``, ``--ejercicio`` and ``--firma`` (and any option whose value argparse could not
convert) repeated the value whole: 100 000 digits made a line as long, and an escape sequence
coloured or cleared the terminal.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from tests.hostile.generators import echoed_values

pytestmark = pytest.mark.e2e

CASES = dict(echoed_values()) | {"digitos": "9" * 100_000, "año-y-escape": "2024\x1b[2J"}
OPTIONS = {
    "hoy": ("paimef", "plazos", "--hoy"),
    "firma": ("paimef", "plazos", "--firma"),
    "ejercicio-paimef": ("paimef", "plazos", "--ejercicio"),
    "ejercicio": ("dump", "--ejercicio"),
    "trimestre": ("export", "--unidad", "004", "--out", "x", "--trimestre"),
}


@pytest.mark.parametrize("option", OPTIONS)
@pytest.mark.parametrize("case", CASES)
def test_the_refused_value_is_quoted_short_and_printable(
    tmp_path: Path, option: str, case: str
) -> None:
    result = run_cli(*OPTIONS[option], CASES[case], "--db", tmp_path / "x.sqlite3")

    assert result.returncode == 2, result.stdout[:200]
    said = result.stderr.splitlines()[-1]
    assert f"error: argumento {OPTIONS[option][-1]}: " in said
    assert said.isprintable(), said[:200]
    assert len(said) < 300, said[:200]
