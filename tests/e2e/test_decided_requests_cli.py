"""Decisions on a unit's target-change requests, through the real CLI on both PCs.

Approving a request of the second quarter's package added an unjustified META_MODIFICADA to
the first quarter's board, received and closed: the approval's motivo counted only in the
quarter of the package. A rejection that came back with an observation of the same meta
listed the observation alone among the meta's changes; the rolled-back figure was only a note.
"""

from __future__ import annotations

import json
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.audit import TargetChangeReason
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_achieved, with_evaluation
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store
from ism_desktop.workspace.workspace import Workspace
from tests.e2e.test_coordination_cli import APOYO, TYPED_004
from tests.e2e.year_helpers import ok

pytestmark = pytest.mark.e2e
UNIT = "004"
ASESORIA = "8e0d8bcb2d3ec980"


def _type(database: Path, quarter: Quarter, *, asking: bool = False) -> None:
    """The unit types the quarter in its window (the workspace); asking, it changes two targets."""
    with Store.open(database) as store:
        workspace = Workspace(store, PcProfile(Role.UNIT, UnitCode(UNIT), 2024, quarter))
        workspace.reload()
        for meta_id, (figure, narrative) in TYPED_004.items():
            num, den = figure if isinstance(figure, tuple) else (figure, None)
            meta = workspace.meta(meta_id)
            after = with_achieved(
                meta, quarter, Decimal(num), None if den is None else Decimal(den)
            )
            workspace.edit_meta(with_evaluation(after, quarter, narrative))
        reason = TargetChangeReason("Ampliación de la cobertura en municipios", "OF-UA/7/2024")
        for meta_id, period, figure in (
            (APOYO, Quarter.THIRD, 407),
            (ASESORIA, Quarter.FOURTH, 1000),
        ):
            if asking:
                workspace.change_modified_target(meta_id, period, Decimal(figure), None, reason)


def _deliver(unit: Path, coordinator: Path, quarter: int, out: Path) -> None:
    package = ok(
        "export", "--db", unit, "--unidad", UNIT, "--trimestre", str(quarter),
        "--ejercicio", "2024", "--out", out,
    ).strip()  # fmt: skip
    ok("import-package", "--db", coordinator, package)


@pytest.fixture(scope="module")
def asked(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> tuple[Path, Path]:
    """Both PCs after unit 004's T1 and T2 were received, T2 asking two modified targets."""
    folder = tmp_path_factory.mktemp("decididas")
    coordinator, unit = folder / "coordinadora.sqlite3", folder / "unidad_004.sqlite3"
    ok("import-etca", seed_path, "--db", coordinator)
    base = ok("export-base", "--db", coordinator, "--unidad", UNIT, "--out", folder / "b").strip()
    ok("import-package", "--db", unit, base)
    _type(unit, Quarter.FIRST)
    _deliver(unit, coordinator, 1, folder / "t1")
    _type(unit, Quarter.SECOND, asking=True)
    _deliver(unit, coordinator, 2, folder / "t2")
    return coordinator, unit


@pytest.fixture
def both(asked: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """Copies of both databases, the requests pending."""
    return (
        Path(shutil.copy(asked[0], tmp_path / "coordinadora.sqlite3")),
        Path(shutil.copy(asked[1], tmp_path / "unidad_004.sqlite3")),
    )


def _request(coordinator: Path, meta_id: str, field: str) -> str:
    listing = json.loads(ok("solicitudes", "--json", "--db", coordinator))
    [request] = [
        r for r in listing["pendientes"] if r["id_meta"] == meta_id and r["campo"] == field
    ]
    return str(request["id"])


def _unjustified(coordinator: Path, quarter: int) -> int:
    """The board's «Avisos s/j» of unit 004 in the quarter."""
    board = ok("status", "--db", coordinator, "--ejercicio", "2024", "--trimestre", str(quarter))
    [row] = [line for line in board.splitlines() if line.startswith(f"{UNIT} ")]
    # Unidad, Nombre (with spaces), Estado, Cerrado, Recibido (date time), Sec., Errores, Avisos
    found = re.search(r"\s(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+\d+\s+\d+\s+\d+\s+\d+\s+\S+$", row)
    assert found is not None, row
    return int(found.group(3))


def test_an_approved_request_adds_no_unjustified_warning_to_a_closed_quarter(
    both: tuple[Path, Path],
) -> None:
    coordinator = both[0]
    before = {quarter: _unjustified(coordinator, quarter) for quarter in (1, 2)}
    number = _request(coordinator, APOYO, "modificado.t3.num")

    ok("solicitudes", "--db", coordinator, "aprobar", number, "--documento", "OFICIO ISM/123/2024")

    assert {quarter: _unjustified(coordinator, quarter) for quarter in (1, 2)} == before
    checked = json.loads(
        ok("validate", "--db", coordinator, "--trimestre", "1", "--unidad", UNIT, "--json")
    )
    assert "Cambio de meta registrado" in json.dumps(checked, ensure_ascii=False)


def _rejected_and_observed(coordinator: Path, folder: Path) -> Path:
    """The coordinator rejects ASESORÍA LEGAL's T4 request, observes the meta and sends both."""
    number = _request(coordinator, ASESORIA, "modificado.t4.num")
    ok("solicitudes", "--db", coordinator, "rechazar", number, "--motivo", "Sin oficio")
    ok(
        "observe", "--db", coordinator, "--trimestre", "2", "--meta", ASESORIA[:8],
        "--texto", "Revisar la cifra de asesorías.",
    )  # fmt: skip
    return Path(
        ok(
            "export-observations", "--db", coordinator, "--unidad", UNIT, "--trimestre", "2",
            "--out", folder,
        ).strip()
    )  # fmt: skip


_ROLLED_BACK = ["Modificado T4 (NUM): 1000 → 800", "Modificado anual (NUM): 3400 → 3200"]
_OBSERVED = "Observación T2: (vacío) → «Revisar la cifra de asesorías.»"


def test_a_dry_run_lists_the_rolled_back_figure_among_the_metas_changes(
    both: tuple[Path, Path], tmp_path: Path
) -> None:
    coordinator, unit = both
    back = _rejected_and_observed(coordinator, tmp_path / "obs")

    shown = ok("import-package", "--db", unit, back, "--dry-run")

    block = shown.split(f"  Meta {ASESORIA} ({UNIT}): ASESORÍA LEGAL\n")[1]
    lines = [line.strip() for line in block.split("\n  Nota:")[0].splitlines()]
    assert lines == [_OBSERVED, *_ROLLED_BACK], shown
    assert "1 meta cambia" in shown


def test_the_review_before_saving_lists_the_figure_the_import_puts_back(
    both: tuple[Path, Path], tmp_path: Path
) -> None:
    coordinator, unit = both
    back = _rejected_and_observed(coordinator, tmp_path / "obs")
    with Store.open(unit) as store:
        workspace = Workspace(store, PcProfile(Role.UNIT, UnitCode(UNIT), 2024, Quarter.SECOND))
        workspace.reload()
        [checked] = workspace.check_packages([back])
        assert checked.incoming is not None, checked.error
        [meta] = checked.incoming.diff.metas

        workspace.apply_packages([checked])

    assert [line.describe() for line in meta.lines] == [_OBSERVED, *_ROLLED_BACK]
    with Store.open(unit) as store:
        report = store.reports.load(year=2024)
        assert report is not None
        applied = report.meta_by_id(ASESORIA)
    assert applied is not None
    assert (applied.num.modified[3], applied.num.modified_annual) == (Decimal(800), Decimal(3200))
