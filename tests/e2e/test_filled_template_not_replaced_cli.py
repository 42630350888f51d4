"""A template staff fill and send back is not written over again without being asked."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.e2e.cli_runner import run_cli
from tests.e2e.paimef_programme_db import programme_imported
from tests.e2e.year_helpers import fill_template, ok

pytestmark = pytest.mark.e2e


def _new_year(tmp_path: Path, seed_path: Path) -> Path:
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    ok("programa", "nuevo", "--ejercicio", "2025", "--desde", "2024", "--db", database)
    return database


def test_the_programme_template_is_written_where_there_is_none(
    tmp_path: Path, seed_path: Path
) -> None:
    database = _new_year(tmp_path, seed_path)
    template = tmp_path / "F.xlsx"

    written = run_cli(
        "programa", "plantilla", "--ejercicio", "2025", "--out", template, "--db", database
    )

    assert written.returncode == 0
    assert written.stdout == f"{template}\n"
    assert written.stderr == "Plantilla del programa 2025: 56 metas.\n"
    assert template.is_file()


def test_a_filled_programme_template_is_not_replaced_without_being_asked(
    tmp_path: Path, seed_path: Path
) -> None:
    # Run again after staff filled it, the command wrote a blank one over hours of typing.
    database = _new_year(tmp_path, seed_path)
    template = tmp_path / "F.xlsx"
    made = ("programa", "plantilla", "--ejercicio", "2025", "--out", template, "--db", database)
    ok(*made)
    fill_template(template, {"MET": (10, 10, 10, 10), "NUM": (5, 5, 5, 5), "DEN": (10,) * 4})
    filled = template.read_bytes()

    again = run_cli(*made)

    assert again.returncode == 2
    assert again.stdout == ""
    assert again.stderr == (
        f"Error: ya existe «F.xlsx» en «{tmp_path}» (¿la plantilla que ya llenaron?); no se "
        "escribió nada. Para escribirla de nuevo en su lugar, agregue --reemplazar.\n"
    )
    assert template.read_bytes() == filled

    replaced = run_cli(*made, "--reemplazar")

    assert replaced.returncode == 0, replaced.stderr
    assert replaced.stdout == f"{template}\n"
    assert replaced.stderr == "Plantilla del programa 2025: 56 metas.\n"
    sheet = openpyxl.load_workbook(template).worksheets[0]
    met = next(row for row in range(5, sheet.max_row + 1) if sheet.cell(row, 8).value == "MET")
    assert [sheet.cell(met, 9 + q).value for q in range(4)] != [10, 10, 10, 10]


@pytest.mark.parametrize("name", ["programa_anual.xlsx", "programa_anual.json"])
def test_an_exported_paimef_programme_is_not_replaced_without_being_asked(
    tmp_path: Path, name: str
) -> None:
    # The Excel (or JSON) programme is what staff fill and import back; exporting again over it
    # threw away what they had typed.
    database = programme_imported(tmp_path, data_dir=tmp_path)
    target = tmp_path / name
    made = ("paimef", "export-programa", target, "--db", database)
    assert run_cli(*made, data_dir=tmp_path).returncode == 0
    target.write_bytes(target.read_bytes() + b" ")  # as if someone had changed it
    changed = target.read_bytes()

    again = run_cli(*made, data_dir=tmp_path)

    assert again.returncode == 2
    assert again.stdout == ""
    assert again.stderr == (
        f"Error: ya existe «{name}» en «{tmp_path}» (¿el Programa Anual que ya llenaron?); no "
        "se escribió nada. Para escribirlo de nuevo en su lugar, agregue --reemplazar.\n"
    )
    assert target.read_bytes() == changed

    replaced = run_cli(*made, "--reemplazar", data_dir=tmp_path)

    assert replaced.returncode == 0, replaced.stderr
    assert replaced.stdout == f"Programa Anual 2026 escrito en {target}.\n"
    assert target.read_bytes() != changed


@pytest.mark.parametrize(
    "command", [("programa", "plantilla"), ("paimef", "export-programa")], ids=" ".join
)
def test_the_help_says_how_to_replace_the_file(command: tuple[str, str]) -> None:
    shown = run_cli(*command, "--help")

    assert shown.returncode == 0
    assert "--reemplazar" in shown.stdout
    assert "se pierde el anterior" in " ".join(shown.stdout.split())
