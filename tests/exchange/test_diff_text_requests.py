"""The review of a package for a terminal (``import-package --dry-run``) counts what changes.

A meta whose only news is a target-change request still to decide changes nothing: the window's
review said so, and the command line still said «2 metas cambian» for one change and one request.
"""

from __future__ import annotations

import pytest

from ism_desktop.exchange.intake.diff import ChangeKind, DiffLine, MetaDiff, PackageDiff, diff_text

FIGURE = DiffLine(ChangeKind.FIGURE, "realizado.t1.NUM", "Realizado T1 (NUM)", "386", "390")
ASKED = DiffLine(
    ChangeKind.REQUEST, "modificado.t2.NUM", "Modificado T2 (NUM)", "500", "450", applied=False
)
TITLE = "Paquete de la unidad 004, ejercicio 2024, trimestre 1, envío número 1"


def _meta(n: int, *lines: DiffLine) -> MetaDiff:
    return MetaDiff(f"m{n}", "004", f"Meta {n}", lines)


@pytest.mark.parametrize(
    ("metas", "said"),
    [
        ((_meta(1, FIGURE),), "1 meta cambia"),
        (
            (_meta(1, FIGURE), _meta(2, ASKED)),
            "1 meta cambia; solicitud de cambio de meta modificada en 1 meta (por decidir)",
        ),
        (
            (_meta(1, ASKED),),
            "ninguna meta cambia; solicitud de cambio de meta modificada en 1 meta (por decidir)",
        ),
    ],
)
def test_a_request_alone_is_not_counted_as_a_change(metas: tuple[MetaDiff, ...], said: str) -> None:
    text = diff_text(PackageDiff(TITLE, metas))

    assert text.splitlines()[0] == f"{TITLE}: {said} (es el primero que se recibe)."
