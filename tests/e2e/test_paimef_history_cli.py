"""``ism-desktop paimef historial``: every saved PAIMEF change, newest first, on a real database."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.exchange.paimef.programme_json import programme_to_json
from ism_desktop.store.store import Store
from ism_desktop.workspace.paimef_undo import PaimefEditing
from tests.e2e.cli_runner import run_cli
from tests.paimef_builders import programme

pytestmark = pytest.mark.e2e

WHEN = re.compile(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}")


def _import(db: Path, folder: Path, name: str, exercised_b1: str) -> str:
    year = programme()
    actions = tuple(
        replace(a, exercised=Decimal(exercised_b1)) if a.key == "B.1" else a for a in year.actions
    )
    source = folder / name
    source.write_text(programme_to_json(replace(year, actions=actions)), encoding="utf-8")
    result = run_cli("paimef", "import-programa", source, "--db", db, data_dir=folder)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_one_change_is_said_in_the_singular(tmp_path: Path) -> None:
    out = _import(tmp_path / "datos.sqlite3", tmp_path, "programa.json", "24999.99")

    assert "; 1 cambio registrado en el historial." in out


def test_the_history_lists_each_change_newest_first(tmp_path: Path) -> None:
    db = tmp_path / "datos.sqlite3"
    _import(db, tmp_path, "programa.json", "24999.99")
    second = _import(db, tmp_path, "corregido.json", "20000.00")
    assert "; 1 cambio registrado en el historial." in second
    captured = run_cli(
        "paimef", "capturar", "--numero", "2", "--periodo", "2026-T1", "130", "100", "--db", db
    )
    assert captured.returncode == 0, captured.stderr

    result = run_cli("paimef", "historial", "--db", db)

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Historial del PAIMEF 2026: 3 cambios, el más reciente primero."
    changes = [line for line in lines[1:] if WHEN.match(line)]
    who = " · Línea de comandos ("
    assert [line.split(" · ")[-1] for line in changes] == [
        "indicador 2, primer trimestre de 2026",
        "importación de corregido.json",
        "importación de programa.json",
    ]
    assert all(who in line for line in changes)
    assert "    Acción B.1, monto ejercido: «$24,999.99» → «$20,000.00»." in lines
    # «;» between the variables, as they are typed: «130, 100» read as one number, 130,100.
    assert "    Variables capturadas: «130; 100»; resultado 30.00%." in lines


def test_the_history_can_be_searched_and_read_as_json(tmp_path: Path) -> None:
    db = tmp_path / "datos.sqlite3"
    _import(db, tmp_path, "programa.json", "24999.99")
    _import(db, tmp_path, "corregido.json", "20000.00")

    found = run_cli("paimef", "historial", "--db", db, "--buscar", "EJERCIDO b.1", "--json")
    none = run_cli("paimef", "historial", "--db", db, "--buscar", "reintegro")

    assert found.returncode == none.returncode == 0
    data = json.loads(found.stdout)
    assert data["ejercicio"] == 2026
    assert [(c["que"], c["detalle"], c["perfil"]) for c in data["cambios"]] == [
        (
            "importación de corregido.json",
            "Acción B.1, monto ejercido: «$24,999.99» → «$20,000.00».",
            "Línea de comandos",
        )
    ]
    assert data["cambios"][0]["fecha"].startswith("20")
    assert none.stdout == (
        "El PAIMEF 2026 no tiene cambios registrados con «reintegro» en esta base de datos.\n"
    )


def test_another_year_or_a_missing_database_is_said_plainly(tmp_path: Path) -> None:
    db = tmp_path / "datos.sqlite3"
    _import(db, tmp_path, "programa.json", "24999.99")

    other_year = run_cli("paimef", "historial", "--db", db, "--ejercicio", "2025")
    missing = run_cli("paimef", "historial", "--db", tmp_path / "no.sqlite3")

    assert (other_year.returncode, other_year.stdout) == (
        0,
        "El PAIMEF 2025 no tiene cambios registrados en esta base de datos.\n",
    )
    assert missing.returncode == 2
    assert "no existe la base de datos" in missing.stderr
    assert not (tmp_path / "no.sqlite3").exists()
    assert "Traceback" not in missing.stderr + other_year.stderr


def test_an_undo_and_a_redo_in_the_window_are_printed_as_such(tmp_path: Path) -> None:
    # A capture undone read like a new one: «indicador 2, primer trimestre de 2026».
    db = tmp_path / "datos.sqlite3"
    with Store.open(db) as store:
        editing = PaimefEditing(store, Author("Enlace PAIMEF", "mlopez"), date(2026, 4, 20))
        editing.capture(2, "2026-T1", ["130", "100"])
        editing.undo()
        editing.redo()

    result = run_cli("paimef", "historial", "--db", db, "--ejercicio", "2026")

    assert result.returncode == 0, result.stderr
    changes = [line.split(" · ")[-1] for line in result.stdout.splitlines() if WHEN.match(line)]
    assert changes == [
        "rehacer: indicador 2, primer trimestre de 2026",
        "deshacer: indicador 2, primer trimestre de 2026",
        "indicador 2, primer trimestre de 2026",
    ]
    assert "    Variables borradas: eran «130; 100» (resultado 30.00%)." in result.stdout
