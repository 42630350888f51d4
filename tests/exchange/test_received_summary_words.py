"""A received package's line says what it changes before saving, and what changed after.

Saved, it said «0 metas cambian» (as in the review, before anything was written), counted a
meta whose only news was a request still to decide as changed, and named the package's number
«secuencia» where the export and the history say «envío número».
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from ism_desktop.exchange.intake.diff import ChangeKind, DiffLine, MetaDiff
from ism_desktop.exchange.intake.outcomes import ReceiveOutcome
from ism_desktop.exchange.intake.packages import check_package
from ism_desktop.store.store import Store

FIGURE = DiffLine(ChangeKind.FIGURE, "realizado.t1.NUM", "Realizado T1 (NUM)", "386", "390")
ASKED = DiffLine(
    ChangeKind.REQUEST, "modificado.t2.NUM", "Modificado T2 (NUM)", "500", "450", applied=False
)
HEAD = (
    "«ETCA-III-04_2024_T1_unidad_004.ismpaq»: paquete de informe de la unidad 004, ejercicio "
    "2024, trimestre 1, envío número 1; "
)


def _outcome(
    coordinator: Store, package: Path, metas: tuple[MetaDiff, ...], *, applied: bool
) -> ReceiveOutcome:
    checked = check_package(coordinator, package)
    incoming = replace(checked, diff=replace(checked.diff, metas=metas))
    return ReceiveOutcome(package, incoming, applied=applied)


def _meta(n: int, *lines: DiffLine) -> MetaDiff:
    return MetaDiff(f"m{n}", "004", f"Meta {n}", lines)


@pytest.mark.parametrize(
    ("metas", "said"),
    [
        ((), "ninguna meta cambió; 0 avisos, 0 sin justificar."),
        ((_meta(1, FIGURE),), "cambió 1 meta; 0 avisos, 0 sin justificar."),
        (
            (_meta(1, FIGURE), _meta(2, FIGURE, ASKED), _meta(3, ASKED)),
            "cambiaron 2 metas; solicitud de cambio de meta modificada en 2 metas (por decidir); "
            "0 avisos, 0 sin justificar.",
        ),
    ],
)
def test_saved_it_says_what_changed(
    coordinator: Store, unit_package: Path, metas: tuple[MetaDiff, ...], said: str
) -> None:
    outcome = _outcome(coordinator, unit_package, metas, applied=True)

    assert outcome.summary() == f"Recibido {HEAD}{said}"


@pytest.mark.parametrize(
    ("metas", "said"),
    [
        ((), "ninguna meta cambia; 0 avisos, 0 sin justificar."),
        ((_meta(1, FIGURE), _meta(2, FIGURE)), "2 metas cambian; 0 avisos, 0 sin justificar."),
        # It said «2 metas cambian»: a request still to decide changes no meta.
        (
            (_meta(1, FIGURE), _meta(2, ASKED)),
            "1 meta cambia; solicitud de cambio de meta modificada en 1 meta (por decidir); "
            "0 avisos, 0 sin justificar.",
        ),
        (
            (_meta(1, ASKED),),
            "ninguna meta cambia; solicitud de cambio de meta modificada en 1 meta (por decidir); "
            "0 avisos, 0 sin justificar.",
        ),
    ],
)
def test_in_review_it_says_what_would_change(
    coordinator: Store, unit_package: Path, metas: tuple[MetaDiff, ...], said: str
) -> None:
    outcome = _outcome(coordinator, unit_package, metas, applied=False)

    assert outcome.summary() == f"Por recibir (nada guardado aún) {HEAD}{said}"
