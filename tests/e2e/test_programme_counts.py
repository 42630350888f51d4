"""The programme commands say a count of one in the singular: «1 meta», never «1 metas»."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.cli_runner import run_cli
from tests.e2e.year_helpers import fill_template, ok


def test_a_programme_of_one_meta_is_told_in_the_singular(tmp_path: Path, seed_path: Path) -> None:
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    ids = [meta["id"] for meta in json.loads(ok("dump", "--db", database))["metas"]]
    excluded = [arg for meta_id in ids[1:] for arg in ("--excluir", meta_id)]

    created = ok(
        "programa", "nuevo", "--ejercicio", "2025", "--desde", "2024", *excluded, "--db", database
    )
    unprogrammed = run_cli("programa", "aprobar", "--ejercicio", "2025", "--db", database)
    template = tmp_path / "programa_2025.xlsx"
    written = run_stderr(
        "programa", "plantilla", "--ejercicio", "2025", "--out", template, "--db", database
    )
    fill_template(template, {"MET": (10, 10, 10, 10), "NUM": (5, 5, 5, 5), "DEN": (10,) * 4})
    imported = ok("programa", "importar", template, "--ejercicio", "2025", "--db", database)
    approved = ok("programa", "aprobar", "--ejercicio", "2025", "--db", database)

    assert unprogrammed.returncode == 2
    assert "no se aprueba: 1 meta no tiene programado original" in unprogrammed.stderr
    assert created.startswith("Programa 2025 creado con 1 meta del ejercicio 2024;")
    assert written == "Plantilla del programa 2025: 1 meta."
    assert imported.strip() == "Programa 2025: 0 metas nuevas, 1 cambiada, 0 retiradas."
    assert approved.startswith("Programa 2025 aprobado (1 meta):")


def run_stderr(*args: str | Path) -> str:
    """Run the CLI, insist on success, return what it said on standard error."""
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    return result.stderr.strip()
