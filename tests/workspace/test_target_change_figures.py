"""A modified target the review would call an error is refused before anything is written.

A unit's «Solicitar cambio de meta modificada…» stored T2 = -2, and 0.5 for a meta counting
whole studies; the coordinator applied NUM 10 / DEN 0 to a percentage. Each was written, then
the review reported it as an error that stopped the unit's export. The programme template
refuses the same figures at once; so does a change of the modified target now, and so does
the approval of a request asking for one (``solicitudes aprobar``, the window's «Aprobar»).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author, TargetChangeReason
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_records import TargetChangeRequest
from ism_desktop.domain.quarter import Quarter
from ism_desktop.workspace.changes import WorkspaceError
from ism_desktop.workspace.target_requests import RequestError, decide_request
from ism_desktop.workspace.workspace import Workspace
from tests.hostile.generators import huge_numbers
from tests.workspace.conftest import (
    COORDINATOR,
    STUDIES,
    WorkspaceFactory,
    by_name,
    stored,
    unit,
)

T2 = Quarter.SECOND
REASON = TargetChangeReason("Reprogramación por recorte presupuestal.", "OF-12")
# Unit 002's percentage meta: NUM and DEN 0 in T2, 100 / 100 in T4.
PERCENT = "PORCENTAJE DE CUMPLIMIENTO DEL PROGRAMA ANUAL DE DESARROLLO ARCHIVÍSTICO"


def _negatives() -> Iterator[object]:
    for value in ("-2", "-0.01", "-900", "-1"):
        yield pytest.param(Decimal(value), id=f"negativo{value}")


def _fractions() -> Iterator[object]:
    # ESTUDIO counts whole studies: any figure with a fraction in it.
    for whole in (0, 1, 899):
        for part in ("5", "25", "01"):
            yield pytest.param(Decimal(f"{whole}.{part}"), id=f"fraccion-{whole}.{part}")


def _target_rows(db_path: Path) -> int:
    with closing(sqlite3.connect(db_path)) as connection:
        return int(connection.execute("SELECT COUNT(*) FROM target_changes").fetchone()[0])


def _percent_meta(workspace: Workspace) -> str:
    (meta,) = [m for m in workspace.metas() if m.description == PERCENT]
    return meta.stable_id


def _refused(workspace: Workspace, db_path: Path, stable_id: str, *figures: Decimal | None) -> str:
    """The refusal of a T2 change to these figures, checked to have written nothing."""
    before = stored(db_path, stable_id)
    num, *rest = figures
    assert num is not None
    with pytest.raises(WorkspaceError) as refused:
        workspace.change_modified_target(stable_id, T2, num, rest[0] if rest else None, REASON)
    assert stored(db_path, stable_id) == before
    assert workspace.meta(stable_id) == before
    assert _target_rows(db_path) == 0
    assert len(workspace.history) == 0
    return str(refused.value)


@pytest.mark.parametrize("value", list(_negatives()))
def test_a_negative_target_is_refused_naming_the_figure(
    open_workspace: WorkspaceFactory, db_path: Path, value: Decimal
) -> None:
    workspace = open_workspace(unit("004"))
    workspace.validate_all()
    meta = by_name(workspace, STUDIES)
    errors = len(workspace.validation.errors)

    message = _refused(workspace, db_path, meta.stable_id, value)

    assert f"El modificado T2 (NUM) es {value}" in message
    assert "no pueden ser negativas" in message
    assert "No se guardó" in message
    assert len(workspace.validation.errors) == errors


@pytest.mark.parametrize("value", list(_fractions()))
def test_a_fraction_of_a_counting_unit_is_refused_naming_the_figure(
    open_workspace: WorkspaceFactory, db_path: Path, value: Decimal
) -> None:
    workspace = open_workspace(unit("004"))
    meta = by_name(workspace, STUDIES)

    message = _refused(workspace, db_path, meta.stable_id, value)

    assert f"El modificado T2 (NUM) es {value}" in message
    assert "ESTUDIO cuenta piezas enteras" in message


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in huge_numbers()])
def test_a_huge_target_is_refused(
    open_workspace: WorkspaceFactory, db_path: Path, text: str
) -> None:
    workspace = open_workspace(unit("004"))
    meta = by_name(workspace, STUDIES)

    message = _refused(workspace, db_path, meta.stable_id, Decimal(text))

    assert "modificado T2 (NUM)" in message
    assert "demasiado grande" in message


@pytest.mark.parametrize("num", [Decimal(10), Decimal("0.5"), Decimal(100)])
def test_a_zero_den_under_a_num_is_refused_naming_the_den(
    open_workspace: WorkspaceFactory, db_path: Path, num: Decimal
) -> None:
    workspace = open_workspace(COORDINATOR)
    stable_id = _percent_meta(workspace)

    message = _refused(workspace, db_path, stable_id, num, Decimal(0))

    assert "El modificado T2 (DEN) es 0" in message
    assert "no se puede calcular" in message


@pytest.mark.parametrize(
    ("num", "den"),
    [(Decimal(-10), Decimal(100)), (Decimal(10), Decimal(-100))],
    ids=["num-negativo", "den-negativo"],
)
def test_a_negative_figure_of_a_percentage_is_refused_naming_it(
    open_workspace: WorkspaceFactory, db_path: Path, num: Decimal, den: Decimal
) -> None:
    workspace = open_workspace(COORDINATOR)
    row = "NUM" if num < 0 else "DEN"

    message = _refused(workspace, db_path, _percent_meta(workspace), num, den)

    assert f"El modificado T2 ({row}) es -" in message


@pytest.mark.parametrize(
    ("num", "den"),
    [(Decimal(0), Decimal(0)), (Decimal("10.5"), Decimal(20)), (Decimal(90), Decimal(100))],
    ids=["cero-entre-cero", "fraccion-en-porcentaje", "noventa-de-cien"],
)
def test_what_the_review_admits_is_still_stored(
    open_workspace: WorkspaceFactory, db_path: Path, num: Decimal, den: Decimal
) -> None:
    workspace = open_workspace(COORDINATOR)
    stable_id = _percent_meta(workspace)

    workspace.change_modified_target(stable_id, T2, num, den, REASON)

    after = stored(db_path, stable_id)
    assert after.den is not None
    assert (after.num.modified[1], after.den.modified[1]) == (num, den)


def test_a_whole_target_of_a_counting_unit_is_still_stored(
    open_workspace: WorkspaceFactory, db_path: Path
) -> None:
    workspace = open_workspace(unit("004"))
    meta = by_name(workspace, STUDIES)

    workspace.change_modified_target(meta.stable_id, T2, Decimal("880.00"), None, REASON)

    assert stored(db_path, meta.stable_id).num.modified[1] == Decimal(880)


def _ask(workspace: Workspace, stable_id: str, field: str, current: str, requested: str) -> int:
    label = f"Modificado T2 ({field.rsplit('.', 1)[1].upper()})"
    request = TargetChangeRequest(
        2024, "30", UnitCode("004"), stable_id, field, label, current, requested,
        "Recorte", "", "2024-04-02", 1,
    )  # fmt: skip
    workspace.store.target_requests.replace_for_unit(2024, "30", UnitCode("004"), [request])
    [pending] = workspace.store.target_requests.pending(2024)
    return pending.request_id


@pytest.mark.parametrize(
    ("requested", "said"),
    [("-2", "no pueden ser negativas"), ("0.5", "ESTUDIO cuenta piezas enteras")],
    ids=["negativo", "fraccion"],
)
def test_approving_a_request_the_review_would_call_an_error_is_refused(
    open_workspace: WorkspaceFactory, db_path: Path, requested: str, said: str
) -> None:
    # A package of an older version carries the figure: approved, the unit's export stopped.
    workspace = open_workspace(COORDINATOR)
    meta = by_name(workspace, STUDIES)
    number = _ask(workspace, meta.stable_id, "modificado.t2.num", "900", requested)
    author = Author("Unidad coordinadora", "ana")

    with pytest.raises(RequestError) as refused:
        decide_request(workspace.store, number, True, "OF-2", author)

    message = str(refused.value)
    assert f"el modificado T2 (NUM) es {requested}" in message
    assert said in message
    assert "sigue pendiente" in message
    assert stored(db_path, meta.stable_id) == meta
    assert [r.request_id for r in workspace.store.target_requests.pending(2024)] == [number]
    assert workspace.store.decisions.for_year(2024) == []


def test_approving_a_zero_den_under_a_num_is_refused(
    open_workspace: WorkspaceFactory, db_path: Path
) -> None:
    workspace = open_workspace(COORDINATOR)
    stable_id = _percent_meta(workspace)
    workspace.change_modified_target(stable_id, T2, Decimal(10), Decimal(20), REASON)
    number = _ask(workspace, stable_id, "modificado.t2.den", "20", "0")
    before = stored(db_path, stable_id)

    with pytest.raises(RequestError, match=r"el modificado T2 \(DEN\) es 0"):
        decide_request(workspace.store, number, True, "OF-2", Author("Coordinadora", "ana"))

    assert stored(db_path, stable_id) == before


def test_rejecting_such_a_request_is_still_possible(
    open_workspace: WorkspaceFactory, db_path: Path
) -> None:
    workspace = open_workspace(COORDINATOR)
    meta = by_name(workspace, STUDIES)
    number = _ask(workspace, meta.stable_id, "modificado.t2.num", "900", "-2")

    decide_request(workspace.store, number, False, "Cifra negativa", Author("Coordinadora", "a"))

    assert workspace.store.target_requests.pending(2024) == []
