"""Every mistake in a command's options is said in Spanish, as the rest of the program speaks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        (
            ("justify", "--meta", "abc", "--regla", "X", "--trimestre", "1"),
            "falta uno de los argumentos: --texto --enterado --quitar",
        ),
        (
            (
                "justify",
                "--meta",
                "abc",
                "--regla",
                "X",
                "--trimestre",
                "1",
                "--texto",
                "a",
                "--enterado",
            ),
            "argumento --enterado: no se admite junto con --texto",
        ),
        (
            ("copias", "--ayuda=x"),
            "argumento -h/--ayuda/--help: no lleva valor (se dio 'x')",
        ),
    ],
)
def test_argument_mistakes_are_said_in_spanish(
    tmp_path: Path, arguments: tuple[str, ...], said: str
) -> None:
    result = run_cli(*arguments, "--db", tmp_path / "datos.sqlite3")

    assert result.returncode == 2
    assert result.stderr.splitlines()[-1].endswith(f"error: {said}"), result.stderr
