"""Decisions left behind in an earlier year, among dependencies whose unit codes repeat.

Grouped by the code alone, the 003 of dependency 51 and the 003 of dependency 84 read as one
«unidad 003 (2 metas)»: the coordinator sent one package and believed both had theirs.
"""

from __future__ import annotations

from pathlib import Path

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.year_news import Decision
from ism_desktop.store.store import Store
from ism_desktop.workspace.decisions_behind import left_behind, left_behind_said


def _decision(entity: str, unit: str, meta_id: str) -> Decision:
    return Decision(
        2024, entity, UnitCode(unit), meta_id, "original_q2", "T2", "5", "6", "motivo",
        "2024-05-01T10:00:00-07:00", "rechazada", "", "no procede", "Unidad 002",
        "2024-05-02T10:00:00-07:00",
    )  # fmt: skip


def test_each_dependency_s_unit_is_said_apart(tmp_path: Path) -> None:
    with Store.open(tmp_path / "coordinadora.sqlite3") as store:
        store.decisions.record(
            [_decision("51", "003", "a"), _decision("84", "003", "b"), _decision("84", "003", "c")]
        )
        (item,) = left_behind(store, 2025)
        said = left_behind_said(store, 2025)

    assert item.units == {("51", UnitCode("003")): 1, ("84", UnitCode("003")): 2}
    assert said[0].startswith(
        "decisiones de 2024 sobre solicitudes de cambio de meta que ningún paquete llevó aún: "
        "unidades 003 de la dependencia 51 (1 meta) y 003 de la dependencia 84 (2 metas)."
    )


def test_one_dependency_reads_as_before(tmp_path: Path) -> None:
    with Store.open(tmp_path / "coordinadora.sqlite3") as store:
        store.decisions.record([_decision("30", "003", "a"), _decision("30", "004", "b")])
        said = left_behind_said(store, 2025)

    assert said[0].startswith(
        "decisiones de 2024 sobre solicitudes de cambio de meta que ningún paquete llevó aún: "
        "unidades 003 (1 meta) y 004 (1 meta)."
    )
