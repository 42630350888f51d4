"""Every command is listed in the help, and running one imports only the module that defines it."""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

import pytest

from ism_desktop import cli
from tests.e2e.cli_runner import run_cli


def _registered_by(module_name: str) -> set[str]:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers()
    importlib.import_module(f"ism_desktop.cli.{module_name}").register(commands)
    return set(commands.choices)


def test_the_command_table_names_every_command_of_every_module() -> None:
    table = {name for name, module in cli.COMMAND_MODULES.items() if module in cli.COMMANDS}
    for module_name in cli.COMMANDS:
        registered = _registered_by(module_name)
        assert registered <= table, f"{module_name}: add {registered - table} to COMMAND_MODULES"
        assert {n for n, m in cli.COMMAND_MODULES.items() if m == module_name} == registered


@pytest.mark.parametrize("help_flag", ["--ayuda", "--help"])
def test_help_lists_every_command(help_flag: str) -> None:
    result = run_cli(help_flag)

    assert result.returncode == 0
    for name in cli.COMMAND_MODULES:
        assert name in result.stdout


def test_one_command_imports_only_its_own_module() -> None:
    child = run_cli("dump", "--ayuda")
    parser = cli.build_parser("dump")
    subparsers = next(
        action for action in parser._actions if isinstance(action, argparse._SubParsersAction)
    )

    assert child.returncode == 0
    assert "--ejercicio" in child.stdout
    assert set(subparsers.choices) == {"dump"}


def test_an_unknown_command_is_refused_listing_every_command() -> None:
    result = run_cli("importar")

    assert result.returncode == 2
    assert "import-etca" in result.stderr
    assert "status" in result.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["dump"],
        ["validate", "--trimestre", "1"],
        ["status", "--trimestre", "1"],
        ["ortografia", "--trimestre", "1"],
    ],
)
def test_a_year_the_database_does_not_hold_is_named(
    tmp_path: Path, seed_path: Path, command: list[str]
) -> None:
    database = tmp_path / "informe.sqlite3"
    assert run_cli("import-etca", seed_path, "--db", database).returncode == 0

    result = run_cli(*command, "--ejercicio", "2030", "--db", database)

    assert result.returncode != 0
    assert "no tiene el ejercicio 2030" in result.stderr, result.stderr
