"""What an observations package tells a unit: the metas its decisions change, and only news.

Before, a rejected request that put a unit's modified target back was received as «0 metas
cambian», and every later package repeated, as new, each decision and date already applied.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ism_desktop.domain.quarter import Quarter
from tests.e2e.test_coordination_cli import APOYO
from tests.e2e.test_year_cycle_cli import TYPED_004, UNIT, _deliver, _return
from tests.e2e.year_helpers import change_modified, dump, observations_package, ok, type_quarter

pytestmark = pytest.mark.e2e


def _two_pcs(tmp_path: Path, seed_path: Path) -> tuple[Path, Path]:
    """The coordinating unit with the seed (T1 due 15/04/2024), and unit 004 with its base."""
    coordinator, unit = tmp_path / "coordinadora.sqlite3", tmp_path / "unidad_004.sqlite3"
    ok("import-etca", seed_path, "--db", coordinator)
    ok("trimestre", "fecha", "--trimestre", "1", "--fecha", "2024-04-15", "--db", coordinator)
    base = ok("export-base", "--db", coordinator, "--unidad", UNIT, "--out", tmp_path / "b").strip()
    ok("import-package", "--db", unit, base)
    return coordinator, unit


def _decided(tmp_path: Path, seed_path: Path, *decision: str) -> tuple[Path, Path]:
    """Both PCs after unit 004 asked modified T3 400 → 777 and the coordinator decided it."""
    coordinator, unit = _two_pcs(tmp_path, seed_path)
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.FIRST, 2024)
    change_modified(unit, 2024, APOYO, Quarter.THIRD, 777)
    _deliver(unit, coordinator, 2024, 1, tmp_path / "t1")
    pending = json.loads(ok("solicitudes", "--json", "--db", coordinator))["pendientes"]
    [request] = [r for r in pending if r["campo"] == "modificado.t3.num"]
    ok("solicitudes", decision[0], str(request["id"]), *decision[1:], "--db", coordinator)
    return coordinator, unit


def _rejected(tmp_path: Path, seed_path: Path) -> tuple[Path, Path]:
    """Both PCs after the coordinator rejected unit 004's request of modified T3 400 → 777."""
    return _decided(tmp_path, seed_path, "rechazar", "--motivo", "sin oficio")


def test_a_rejection_counts_as_a_change_and_old_news_is_not_said_again(
    tmp_path: Path, seed_path: Path
) -> None:
    coordinator, unit = _rejected(tmp_path, seed_path)
    ok("trimestre", "fecha", "--trimestre", "2", "--fecha", "2024-07-15", "--db", coordinator)

    back = observations_package(coordinator, UNIT, 1, tmp_path / "o1")
    review = ok("import-package", "--db", unit, back, "--dry-run")
    first = ok("import-package", "--db", unit, back)

    assert "Modificado T3 (NUM): 777 → 400" in review, review
    assert "Modificado anual (NUM): 2277 → 1900" in review

    apoyo = next(m for m in dump(unit, 2024, 1, UNIT)["metas"] if m["id"] == APOYO)
    assert apoyo["num"][7] == 400  # modificado T3: put back
    assert "cambió 1 meta" in first, first
    assert "rechazada" in first
    # The base brought the first quarter's date: only the second's is news.
    assert "fecha de entrega del trimestre 2: 15/07/2024" in first
    assert "fecha de entrega del trimestre 1" not in first

    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.SECOND, 2024)
    _deliver(unit, coordinator, 2024, 2, tmp_path / "t2")
    second = _return(coordinator, unit, 2, tmp_path / "o2")

    assert "ninguna meta cambió" in second, second
    assert "rechazada" not in second
    assert "fecha de entrega" not in second


def test_a_base_that_puts_a_rejected_figure_back_shows_its_meta_once(
    tmp_path: Path, seed_path: Path
) -> None:
    # The base's own changes hold the meta already: it was listed twice, «2 metas cambian».
    coordinator, unit = _rejected(tmp_path, seed_path)
    base = ok("export-base", "--db", coordinator, "--unidad", UNIT, "--out", tmp_path / "b2")

    review = ok("import-package", "--db", unit, base.strip(), "--dry-run")

    assert "1 meta cambia" in review, review
    assert review.count(f"Meta {APOYO} (004)") == 1
    assert "Modificado T3 (NUM): 777 → 400" in review
    assert "se conserva el cambio" not in review  # decided: the base carries the rejection


def test_a_new_base_keeps_the_unit_s_undecided_change_of_a_modified_target(
    tmp_path: Path, seed_path: Path
) -> None:
    # The unit asked modified T3 400 → 777 and had not sent it; the coordinator only set a date
    # and sent a new base, which put 400 back: the unit's request and its reason were gone.
    coordinator, unit = _two_pcs(tmp_path, seed_path)
    change_modified(unit, 2024, APOYO, Quarter.THIRD, 777)
    ok("trimestre", "fecha", "--trimestre", "2", "--fecha", "2024-07-15", "--db", coordinator)
    again = ok("export-base", "--db", coordinator, "--unidad", UNIT, "--out", tmp_path / "b2")

    said = ok("import-package", "--db", unit, again.strip())

    apoyo = next(m for m in dump(unit, 2024, 1, UNIT)["metas"] if m["id"] == APOYO)
    assert apoyo["num"][7] == 777  # modificado T3: the unit's, still to be decided
    assert "ninguna meta cambió" in said, said
    assert (
        "se conserva el cambio de Modificado T3 (NUM) de la meta «APOYO Y GESTIONES SOCIALES "
        "PARA LA IGUALDAD.» (777) que esta computadora hizo; la unidad coordinadora aún no lo "
        "decide"
    ) in said


def test_a_figure_changed_again_after_its_approval_is_kept_by_the_next_base(
    tmp_path: Path, seed_path: Path
) -> None:
    # Asked 777, approved; then the unit asked 999. The next base put 777 back, unseen.
    coordinator, unit = _decided(tmp_path, seed_path, "aprobar", "--documento", "OF-1")
    ok("import-package", "--db", unit, observations_package(coordinator, UNIT, 1, tmp_path / "o"))
    change_modified(unit, 2024, APOYO, Quarter.THIRD, 999)
    again = ok("export-base", "--db", coordinator, "--unidad", UNIT, "--out", tmp_path / "b2")

    said = ok("import-package", "--db", unit, again.strip())

    apoyo = next(m for m in dump(unit, 2024, 1, UNIT)["metas"] if m["id"] == APOYO)
    assert apoyo["num"][7] == 999, said
    assert "se conserva el cambio de Modificado T3 (NUM)" in said
