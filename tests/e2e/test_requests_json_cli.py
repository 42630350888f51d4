"""``solicitudes --json`` lists what ``solicitudes`` lists: the requests a person can decide.

A quarter's request brought its row's annual as a second «pendiente», with a number of its own
that ``solicitudes aprobar`` could only refuse («el anual se recalcula…»), while the text list
said «1 pendiente». The annual now rides on its quarter's item, as on its line.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from tests.e2e.test_closed_quarter_requests_cli import CAPTURA
from tests.e2e.test_closed_quarter_requests_cli import asked as asked  # the fixture
from tests.e2e.test_coordination_cli import ESTUDIOS
from tests.e2e.year_helpers import ok

pytestmark = pytest.mark.e2e
KEYS = {
    "id", "unidad", "id_meta", "campo", "etiqueta", "actual", "solicitado", "motivo",
    "documento", "fecha", "secuencia",
}  # fmt: skip


@pytest.fixture
def coordinator(asked: tuple[Path, Path], tmp_path: Path) -> Path:
    """The coordinating unit's database: ESTUDIOS T4 800 → 5 and CAPTURA T3 900 → 10 asked."""
    return Path(shutil.copy(asked[0], tmp_path / "coordinadora.sqlite3"))


def _listed_numbers(coordinator: Path) -> list[int]:
    listing = ok("solicitudes", "--db", coordinator)
    assert "ejercicio 2024: 2 pendientes." in listing, listing
    pending = listing.split("Decididas:")[0].splitlines()[1:]
    return [int(re.match(r"\s*(\d+)\s", line).group(1)) for line in pending]  # type: ignore[union-attr]


def test_the_json_lists_the_numbers_the_text_list_gives(coordinator: Path) -> None:
    listed = _listed_numbers(coordinator)

    pending = json.loads(ok("solicitudes", "--json", "--db", coordinator))["pendientes"]

    assert [item["id"] for item in pending] == listed
    assert {item["campo"] for item in pending} == {"modificado.t4.num", "modificado.t3.num"}
    assert all(set(item) >= KEYS for item in pending)


def test_the_annual_rides_on_its_quarters_item(coordinator: Path) -> None:
    pending = json.loads(ok("solicitudes", "--json", "--db", coordinator))["pendientes"]

    quarter = next(item for item in pending if item["id_meta"] == ESTUDIOS)
    annual = quarter["anual"]
    assert (quarter["campo"], quarter["actual"], quarter["solicitado"]) == (
        "modificado.t4.num",
        "800.00",
        "5",
    )
    assert {key: annual[key] for key in ("campo", "etiqueta", "actual", "solicitado")} == {
        "campo": "modificado.anual.num",
        "etiqueta": "Modificado anual (NUM)",
        "actual": "3400.00",
        "solicitado": "2605",
    }
    assert annual["se_decide_con_esta"] is True
    assert annual["id"] not in [item["id"] for item in pending]


def test_every_pending_number_can_be_decided(coordinator: Path) -> None:
    pending = json.loads(ok("solicitudes", "--json", "--db", coordinator))["pendientes"]

    for item in pending:
        result = run_cli(
            "solicitudes", "aprobar", str(item["id"]), "--documento", "OF-1", "--db", coordinator
        )
        assert result.returncode == 0, result.stderr

    after = json.loads(ok("solicitudes", "--json", "--db", coordinator))
    assert after["pendientes"] == []
    decided = {(d["id_meta"], d["campo"]) for d in after["decididas"]}
    assert decided == {
        (meta, field)
        for meta, quarter in ((ESTUDIOS, "t4"), (CAPTURA, "t3"))
        for field in (f"modificado.{quarter}.num", "modificado.anual.num")
    }


@pytest.mark.parametrize(
    ("command", "words"),
    [
        (("solicitudes", "aprobar"), "Aprueba la solicitud de cambio de meta modificada"),
        (("solicitudes", "rechazar"), "Rechaza la solicitud de cambio de meta modificada"),
        (("trimestre", "cerrar"), "Cierra el trimestre de la unidad"),
        (("trimestre", "reabrir"), "Reabre el trimestre de la unidad"),
    ],
)
def test_deciding_and_closing_explain_themselves_in_their_help(
    command: tuple[str, str], words: str
) -> None:
    shown = ok(*command, "--help")

    assert words in shown, shown
    options = shown.split("opciones:")[1]
    # Every option says what it is: «--db ARCHIVO» alone said nothing.
    assert not re.search(r"^\s+--db ARCHIVO\s*$", options, re.MULTILINE), shown
    assert "base de datos SQLite" in options, shown
