"""``paimef SUBCOMANDO --help`` says what every option and argument is for."""

from __future__ import annotations

import pytest

from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e

SUBCOMMANDS = (
    "indicadores", "calcular", "plazos", "import-programa", "export-programa", "validate",
    "informe", "justify", "capturar", "historial", "revisar", "justificar",
)  # fmt: skip


def undescribed(help_text: str) -> list[str]:
    """The options and arguments of a help text printed without a description."""
    lines = help_text.splitlines()
    missing = []
    for number, line in enumerate(lines):
        if not line.startswith("  ") or line.startswith("   "):
            continue  # not an option's own line (a continuation, a heading, the usage)
        invocation, gap, description = line.strip().partition("  ")
        following = lines[number + 1] if number + 1 < len(lines) else ""
        continued = following.startswith(" " * 8) and following.strip()
        if not (gap and description.strip()) and not continued:
            missing.append(invocation)
    return missing


def test_the_reading_of_the_help_finds_an_option_without_text() -> None:
    text = "opciones:\n  -h, --help  muestra esta ayuda\n  --regla REGLA\n  --db ARCHIVO  base\n"
    assert undescribed(text) == ["--regla REGLA"]


@pytest.mark.parametrize("subcommand", SUBCOMMANDS)
def test_every_option_has_a_help_text(subcommand: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # one line per option where it fits

    shown = run_cli("paimef", subcommand, "--help")

    assert shown.returncode == 0, shown.stderr
    assert undescribed(shown.stdout) == []


def test_the_informes_help_names_the_evidence_and_the_transversal_share(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "400")  # the description on one line

    shown = run_cli("paimef", "informe", "--help")

    assert "el material probatorio de cada acción y el avance de sus metas (4.3.8)" in shown.stdout
    assert "las actividades transversales frente a su máximo de 5 % (3.5.1)" in shown.stdout
