"""A refused value is quoted short and printable: a megabyte or a terminal escape is not echoed.

Each entry point reads a value from a file or the command line and, refusing it, quotes it
back. Quoted whole, a field of 100 000 characters made a message as long (a dialog no screen
holds), and ``ESC [2J`` cleared the terminal the message was printed on. The values come from
``echoed_values()``; the database stays byte for byte as it was.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.e2e.cli_runner import run_cli
from tests.e2e.paimef_programme_db import programme_imported
from tests.e2e.year_helpers import fill_template
from tests.exchange.paimef.test_programme_json import ISSUE_EXAMPLE
from tests.hostile.generators import echoed_values
from tests.hostile.quoted_refusal import refused_briefly

pytestmark = pytest.mark.e2e

VALUES = dict(echoed_values())


# The longest refusal any of these commands should print: a place, a reason, a short quote.
def _in_action(field: str) -> Callable[[dict[str, Any], str], None]:
    def put(document: dict[str, Any], value: str) -> None:
        document["acciones"][0][field] = value

    return put


def _hostile_key(document: dict[str, Any], value: str) -> None:
    # A clave names its acción in every message about it: with a vertiente refused as well.
    document["acciones"][0].update(clave=value, vertiente="D")


JSON_FIELDS: dict[str, tuple[Callable[[dict[str, Any], str], None], str]] = {
    "ejercicio": (lambda d, v: d.__setitem__("ejercicio", v), "(ejercicio)"),
    "firma": (lambda d, v: d["fechas"].__setitem__("firma_instrumento", v), "firma_instrumento"),
    "vertiente": (_in_action("vertiente"), "vertiente)"),
    "linea": (_in_action("linea_accion"), "linea_accion)"),
    "transversal": (_in_action("transversal"), "transversal)"),
    "monto": (_in_action("monto_programado"), "monto_programado)"),
    "cantidad": (lambda d, v: d["acciones"][0]["metas"][0].__setitem__("cantidad", v), "cantidad)"),
    "clave": (_hostile_key, "vertiente)"),
}


@pytest.fixture(scope="module")
def paimef_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("paimef")
    return programme_imported(folder, data_dir=folder)


@pytest.mark.parametrize("value_id", VALUES)
@pytest.mark.parametrize("field", JSON_FIELDS)
def test_paimef_import_quotes_a_refused_value_briefly(
    paimef_db: Path, tmp_path: Path, field: str, value_id: str
) -> None:
    put, place = JSON_FIELDS[field]
    document = copy.deepcopy(json.loads(ISSUE_EXAMPLE))
    put(document, VALUES[value_id])
    source = tmp_path / "hostil.json"
    source.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")

    refused_briefly(paimef_db, "paimef", "import-programa", source, place=place)


@pytest.mark.parametrize("value_id", VALUES)
def test_justify_quotes_an_unknown_rule_briefly(paimef_db: Path, value_id: str) -> None:
    refused_briefly(
        paimef_db,
        *("paimef", "justificar", "--regla", VALUES[value_id], "--texto", "motivo"),
        place="no hay ninguna observación de la regla",
    )


@pytest.fixture(scope="module")
def year_db(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Path:
    """A coordinator with 2024's report and a 2025 programme made from it, and its template."""
    database = tmp_path_factory.mktemp("anual") / "coordinadora.sqlite3"
    for args in (
        ("import-etca", seed_path),
        ("programa", "nuevo", "--ejercicio", "2025", "--desde", "2024"),
        ("programa", "plantilla", "--ejercicio", "2025", "--out", database.parent / "p.xlsx"),
    ):
        assert run_cli(*args, "--db", database, data_dir=database.parent).returncode == 0
    return database


@pytest.mark.parametrize("value_id", VALUES)
def test_delivery_date_quotes_a_refused_date_briefly(year_db: Path, value_id: str) -> None:
    refused_briefly(
        year_db,
        *("trimestre", "fecha", "--ejercicio", "2024", "--trimestre", "1"),
        *("--fecha", VALUES[value_id]),
        place="no es una fecha",
    )


# The template's cells a refusal quotes: the row's label, its kind, VAL. ACUM., a figure.
TEMPLATE_CELLS = {"H5": "celda H5", "F5": "celda F5", "G5": "celda G5", "I5": "celda I5"}
# openpyxl refuses to write a control character into a cell; the others go in as typed.
CELL_VALUES = [key for key, value in VALUES.items() if value.isprintable() or "\u202e" in value]


@pytest.mark.parametrize("value_id", CELL_VALUES)
@pytest.mark.parametrize("cell", TEMPLATE_CELLS)
def test_year_template_quotes_a_refused_cell_briefly(
    year_db: Path, tmp_path: Path, cell: str, value_id: str
) -> None:
    template = tmp_path / "plantilla.xlsx"
    template.write_bytes((year_db.parent / "p.xlsx").read_bytes())
    fill_template(template, {"MET": (1, 1, 1, 1), "NUM": (1, 1, 1, 1), "DEN": (2, 2, 2, 2)})
    book = openpyxl.load_workbook(template)
    book.worksheets[0][cell] = VALUES[value_id]
    book.save(template)

    refused_briefly(
        year_db,
        *("programa", "importar", template, "--ejercicio", "2025"),
        place=TEMPLATE_CELLS[cell],
    )
