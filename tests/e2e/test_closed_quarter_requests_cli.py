"""A request of a quarter the coordinating unit closed by hand, decided through the real CLI.

Approving it changed the closed quarter's modified target without a word, though a closed
quarter's modified target is read-only; a package of a quarter closed by hand was refused as if
its package had been received, and the reopening command it gave left out the year.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli
from tests.e2e.test_coordination_cli import ESTUDIOS
from tests.e2e.test_year_cycle_cli import TYPED_004
from tests.e2e.year_helpers import change_modified, ok, type_quarter

pytestmark = pytest.mark.e2e
UNIT = "004"
# A meta whose name (98 characters) is longer than a listing line shows.
CAPTURA = "f20501255102642a"


@pytest.fixture(scope="module")
def asked(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> tuple[Path, Path]:
    """Both PCs after unit 004 delivered T1 asking modified T4 of ESTUDIOS 800 → 5."""
    folder = tmp_path_factory.mktemp("pedida")
    coordinator, unit = folder / "coordinadora.sqlite3", folder / "unidad_004.sqlite3"
    ok("import-etca", seed_path, "--db", coordinator)
    base = ok("export-base", "--db", coordinator, "--unidad", UNIT, "--out", folder / "b").strip()
    ok("import-package", "--db", unit, base)
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.FIRST, 2024)
    change_modified(unit, 2024, ESTUDIOS, Quarter.FOURTH, 5)
    change_modified(unit, 2024, CAPTURA, Quarter.THIRD, 10)
    package = ok(
        "export", "--db", unit, "--unidad", UNIT, "--trimestre", "1", "--ejercicio", "2024",
        "--out", folder / "t1",
    ).strip()  # fmt: skip
    ok("import-package", "--db", coordinator, package)
    return coordinator, unit


@pytest.fixture
def coordinator(asked: tuple[Path, Path], tmp_path: Path) -> Path:
    """A copy of the coordinating unit's database, the request pending."""
    return Path(shutil.copy(asked[0], tmp_path / "coordinadora.sqlite3"))


def _pending_t4(coordinator: Path) -> int:
    listing = json.loads(ok("solicitudes", "--json", "--db", coordinator))
    [request] = [r for r in listing["pendientes"] if r["campo"] == "modificado.t4.num"]
    return int(request["id"])


def _close(coordinator: Path, quarter: int) -> None:
    ok(
        "trimestre", "cerrar", "--db", coordinator, "--unidad", UNIT, "--trimestre", str(quarter),
        "--ejercicio", "2024",
    )  # fmt: skip


def _reopen(coordinator: Path, quarter: int) -> None:
    ok(
        "trimestre", "reabrir", "--db", coordinator, "--unidad", UNIT, "--trimestre",
        str(quarter), "--ejercicio", "2024", "--motivo", "Revisión",
    )  # fmt: skip


def test_a_request_delivered_with_its_quarter_is_approved_without_reopening(
    asked: tuple[Path, Path], coordinator: Path, tmp_path: Path
) -> None:
    # The unit asks to change the quarter it delivers; received, that quarter is closed here.
    # Approving was refused until the coordinator reopened the quarter it had just received:
    # deciding the requests a package brings is part of receiving it.
    unit = Path(shutil.copy(asked[1], tmp_path / "unidad_004.sqlite3"))
    change_modified(unit, 2024, ESTUDIOS, Quarter.SECOND, 7)
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.SECOND, 2024)
    ok("import-package", "--db", coordinator, _second_quarter_package(asked, tmp_path))
    listing = json.loads(ok("solicitudes", "--json", "--db", coordinator))
    [request] = [r for r in listing["pendientes"] if r["campo"] == "modificado.t2.num"]

    approved = ok(
        "solicitudes", "--db", coordinator, "aprobar", str(request["id"]), "--documento", "OF-2"
    )

    assert "Modificado T2 (NUM)" in approved
    assert "→ 7" in approved
    with Store.open(coordinator) as store:
        assert store.closures.is_closed(2024, "30", UnitCode(UNIT), Quarter.SECOND)
        report = store.reports.load(year=2024)
        assert report is not None
        meta = report.meta_by_id(ESTUDIOS)
        assert meta is not None
        assert meta.num.modified[Quarter.SECOND.index] == 7


def test_a_request_of_an_open_quarter_is_still_approved(coordinator: Path) -> None:
    number = _pending_t4(coordinator)
    # Another quarter closed (the first, by its package): no bar to this one.
    with Store.open(coordinator) as store:
        assert store.closures.is_closed(2024, "30", UnitCode(UNIT), Quarter.FIRST)

    approved = ok("solicitudes", "--db", coordinator, "aprobar", str(number), "--documento", "OF-2")

    assert "Modificado T4 (NUM): 800 → 5" in approved


def _second_quarter_package(asked: tuple[Path, Path], folder: Path) -> Path:
    """Unit 004's T2 package, typed on a copy of its database (the next one, if typed)."""
    unit = folder / "unidad_004.sqlite3"
    if not unit.exists():
        shutil.copy(asked[1], unit)
        type_quarter(unit, TYPED_004, "Unidad 004", Quarter.SECOND, 2024)
    out = folder / f"t2_{len(list(folder.glob('t2_*')))}"
    return Path(
        ok(
            "export", "--db", unit, "--unidad", UNIT, "--trimestre", "2", "--ejercicio", "2024",
            "--out", out,
        ).strip()
    )  # fmt: skip


def test_a_package_of_a_quarter_closed_by_hand_says_who_closed_it_and_the_year(
    asked: tuple[Path, Path], coordinator: Path, tmp_path: Path
) -> None:
    # It said «ya se recibió su paquete» of a quarter closed by hand, and the command left out
    # the year. Received, reopened and closed again by hand: closed by a person, not a receipt.
    ok("import-package", "--db", coordinator, _second_quarter_package(asked, tmp_path))
    _reopen(coordinator, 2)
    _close(coordinator, 2)
    package = _second_quarter_package(asked, tmp_path)
    before = coordinator.read_bytes()

    result = run_cli("import-package", "--db", coordinator, package)

    assert result.returncode == 2, result.stdout
    assert "ya se recibió su paquete" not in result.stderr
    assert re.search(
        r"el trimestre 2 de la unidad 004 está cerrado: lo cerró la unidad coordinadora el "
        r"\d\d/\d\d/\d{4} a las \d\d:\d\d",
        result.stderr,
    ), result.stderr
    assert (
        'ism-desktop trimestre reabrir --ejercicio 2024 --unidad 004 --trimestre 2 --motivo "…"'
    ) in result.stderr
    assert coordinator.read_bytes() == before


def test_a_package_of_a_quarter_already_received_names_the_year_to_reopen(
    asked: tuple[Path, Path], coordinator: Path, tmp_path: Path
) -> None:
    ok("import-package", "--db", coordinator, _second_quarter_package(asked, tmp_path))
    again = _second_quarter_package(asked, tmp_path)
    before = coordinator.read_bytes()

    result = run_cli("import-package", "--db", coordinator, again)

    assert result.returncode == 2, result.stdout
    assert "ya se recibió" in result.stderr
    assert "; para recibir otro, reábralo con un motivo" in result.stderr
    assert "trimestre reabrir --ejercicio 2024 --unidad 004 --trimestre 2" in result.stderr
    assert coordinator.read_bytes() == before


def _pending(coordinator: Path, meta_id: str) -> int:
    listing = json.loads(ok("solicitudes", "--json", "--db", coordinator))
    [request] = [
        r for r in listing["pendientes"] if r["id_meta"] == meta_id and ".anual." not in r["campo"]
    ]
    return int(request["id"])


@pytest.mark.parametrize("second", ["aprobar", "rechazar"])
def test_a_request_decided_already_says_when_and_how(coordinator: Path, second: str) -> None:
    # It said «no hay ninguna solicitud pendiente con el número 1», as if it never existed.
    number = _pending_t4(coordinator)
    ok("solicitudes", "--db", coordinator, "aprobar", str(number), "--documento", "OF-2")
    before = coordinator.read_bytes()
    option = "--documento" if second == "aprobar" else "--motivo"

    result = run_cli("solicitudes", "--db", coordinator, second, str(number), option, "Otra vez")

    assert result.returncode == 2, result.stdout
    assert re.search(
        rf"la solicitud {number} ya se aprobó el \d\d/\d\d/\d{{4}} a las \d\d:\d\d "
        r"\(documento OF-2\)",
        result.stderr,
    ), result.stderr
    assert coordinator.read_bytes() == before


def test_a_rejected_request_says_it_was_rejected(coordinator: Path) -> None:
    number = _pending_t4(coordinator)
    ok("solicitudes", "--db", coordinator, "rechazar", str(number), "--motivo", "Sin oficio")

    result = run_cli("solicitudes", "--db", coordinator, "aprobar", str(number), "--documento", "X")

    assert result.returncode == 2, result.stdout
    assert f"la solicitud {number} ya se rechazó el " in result.stderr
    assert "(motivo: Sin oficio)" in result.stderr


def test_the_decided_list_shows_numbers_and_names_cut_between_words(coordinator: Path) -> None:
    number = _pending(coordinator, CAPTURA)
    ok("solicitudes", "--db", coordinator, "aprobar", str(number), "--documento", "OF-3")

    listing = ok("solicitudes", "--db", coordinator)

    decided = listing.split("Decididas:\n")[1].splitlines()
    assert decided[0].split()[0] == str(number)
    name = re.findall(r"«([^»]*)»", listing)
    assert "CAPTURA DE EXPEDIENTE DE ATENCIÓN A MUJERES VÍCTIMAS DE…" in name
    assert all(len(n) == 98 or n.endswith("…") or len(n) <= 60 for n in name)


def test_a_request_decided_before_numbers_were_kept_says_why_it_is_not_found(
    coordinator: Path,
) -> None:
    # Decided with an earlier version: its decision keeps no number (0), and a second decision
    # only heard that no request had that number.
    number = _pending_t4(coordinator)
    ok("solicitudes", "--db", coordinator, "aprobar", str(number), "--documento", "OF-2")
    with sqlite3.connect(coordinator) as db:
        db.execute("UPDATE target_request_decisions SET request_id = 0")
    db.close()

    result = run_cli("solicitudes", "--db", coordinator, "aprobar", str(number), "--documento", "X")

    assert result.returncode == 2, result.stdout
    assert (
        "las decididas con una versión anterior del programa no guardan su número: búsquela "
        "entre las decididas"
    ) in result.stderr, result.stderr


def test_a_decided_request_says_which_one_it_was(coordinator: Path) -> None:
    # The annual that rides with a quarter has a number of its own that the text listing never
    # shows: typed by mistake, «la solicitud 2 ya se aprobó … (documento OF-2)» read as if the
    # request the coordinator meant had been approved. It names the unit, meta and figure.
    listing = json.loads(ok("solicitudes", "--json", "--db", coordinator))
    [quarter] = [r for r in listing["pendientes"] if r["campo"] == "modificado.t4.num"]
    annual = quarter["anual"]
    ok("solicitudes", "--db", coordinator, "aprobar", str(quarter["id"]), "--documento", "OF-2")

    result = run_cli(
        "solicitudes", "--db", coordinator, "rechazar", str(annual["id"]), "--motivo", "Otra"
    )

    assert result.returncode == 2, result.stdout
    said = result.stderr
    assert f"la solicitud {annual['id']} ya se aprobó el " in said
    assert "unidad 004" in said
    assert "«ESTUDIOS SOCIOECONÓMICOS»" in said
    figures = f"{float(annual['actual']):g} → {float(annual['solicitado']):g}"
    assert f"Modificado anual (NUM): {figures}" in said
