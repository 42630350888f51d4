"""``paimef revisar`` and ``paimef justificar``: Spanish names beside the English ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from tests.e2e.paimef_programme_db import loaded_db as loaded_db  # the fixture

pytestmark = pytest.mark.e2e

DAY = ("--hoy", "2026-07-15")  # the first quarter's captures are missing: anexo5 warnings


def test_the_help_lists_the_spanish_names_first() -> None:
    shown = run_cli("paimef", "--help")

    assert shown.returncode == 0, shown.stderr
    names = [line.split()[0:2] for line in shown.stdout.splitlines() if line.startswith("    ")]
    assert ["revisar", "(validate)"] in names
    assert ["justificar", "(justify)"] in names


def test_revisar_and_validate_write_the_same_review(loaded_db: Path) -> None:
    spanish = run_cli("paimef", "revisar", "--db", loaded_db, "--json", *DAY)
    english = run_cli("paimef", "validate", "--db", loaded_db, "--json", *DAY)

    assert spanish.returncode == english.returncode == 0, spanish.stderr
    assert spanish.stdout == english.stdout
    assert any(f["regla"] == "anexo5" for f in json.loads(spanish.stdout))
    plain = run_cli("paimef", "revisar", "--db", loaded_db, *DAY)
    assert plain.stdout == run_cli("paimef", "validate", "--db", loaded_db, *DAY).stdout


@pytest.mark.parametrize("name", ["justificar", "justify"])
def test_both_names_save_a_justification(name: str, loaded_db: Path) -> None:
    saved = run_cli(
        "paimef", name, "--regla", "anexo5", "--campo", "indicador.2.2026-T1",
        "--texto", "El INDESOL aún no envía el formato.", "--db", loaded_db, *DAY,
    )  # fmt: skip

    assert saved.returncode == 0, saved.stderr
    findings = json.loads(run_cli("paimef", "validate", "--db", loaded_db, "--json", *DAY).stdout)
    justified = [f["campo"] for f in findings if f["justificacion"] is not None]
    assert justified == ["indicador.2.2026-T1"]
