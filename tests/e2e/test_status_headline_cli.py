"""``status`` prints the board's headline as the window's board shows it.

The window led with who is missing (or that none is); the command left it to be read out
of the table and its closing counts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e


@pytest.fixture
def coordinator(tmp_path: Path, seed_path: Path) -> Path:
    """The coordinator's database: the official report of 2024's first quarter imported."""
    path = tmp_path / "coordinadora.sqlite3"
    assert run_cli("import-etca", seed_path, "--db", path, data_dir=tmp_path).returncode == 0
    return path


@pytest.mark.parametrize(
    ("quarter", "headline"),
    [
        (
            "1",
            "Todas las unidades están al día: 7 unidades sin paquete, con sus cifras en el informe "
            "oficial importado y el trimestre abierto aquí.",
        ),
        ("2", "Faltan 7 unidades: 001, 003, 004, 005, 006, 008, 009."),
    ],
)
def test_the_status_says_the_headline(
    coordinator: Path, tmp_path: Path, quarter: str, headline: str
) -> None:
    done = run_cli("status", "--db", coordinator, "--trimestre", quarter, data_dir=tmp_path)

    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert headline in lines, done.stdout
    assert lines.index(headline) < next(
        i for i, line in enumerate(lines) if line.startswith("Unidad")
    )
