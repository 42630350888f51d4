"""At the coordinator, the errors of units that have not delivered are said apart.

A unit whose package for the quarter has not arrived has no figures here: its «errors» are
the figures still to come, not errors for it to correct and send again.
"""

from __future__ import annotations

import pytest

from ism_desktop.workspace.errors_meaning import coordinator_errors_clause, only_awaited

_CORRECTED = "de otras unidades: los corrige cada unidad y llegan en su próximo paquete"
_REPORT = "antes de imprimir el informe institucional"


@pytest.mark.parametrize(
    ("errors", "own", "awaited", "said"),
    [
        (
            # T2 at the coordinator: 7 units have sent nothing yet.
            124,
            10,
            {"001": 20, "003": 14, "004": 30, "005": 10, "006": 20, "008": 19, "009": 1},
            f"de ellos, 10 son de la unidad 002: corríjalos {_REPORT}. Los otros 114 son de "
            "7 unidades que aún no entregan el trimestre: sus cifras llegan en sus paquetes",
        ),
        (
            103,
            10,
            {"001": 50, "004": 40},
            f"de ellos, 10 son de la unidad 002: corríjalos {_REPORT}. De los otros 93, 90 son "
            "de 2 unidades que aún no entregan el trimestre: sus cifras llegan en sus paquetes; "
            f"3 son {_CORRECTED}",
        ),
        (
            3,
            0,
            {"004": 3},
            "los errores son de una unidad que aún no entrega el trimestre: sus cifras llegan "
            "en su paquete",
        ),
        (
            1,
            0,
            {"004": 1},
            "el error es de una unidad que aún no entrega el trimestre: sus cifras llegan en "
            "su paquete",
        ),
        (
            5,
            0,
            {"004": 4},
            "de ellos, 4 son de una unidad que aún no entrega el trimestre: sus cifras llegan "
            "en su paquete; 1 es de otra unidad: lo corrige esa unidad y llega en su próximo "
            "paquete",
        ),
        (
            2,
            1,
            {"004": 1},
            f"de ellos, 1 es de la unidad 002: corríjalo {_REPORT}. El otro es de una unidad "
            "que aún no entrega el trimestre: sus cifras llegan en su paquete",
        ),
        # Every unit delivered: the wording stays the one stored justifications know.
        (5, 0, {}, f"los errores son {_CORRECTED}"),
        (
            94,
            10,
            {},
            f"de ellos, 10 son de la unidad 002: corríjalos {_REPORT}. Los otros 84 son "
            f"{_CORRECTED}",
        ),
    ],
)
def test_units_yet_to_deliver_are_not_told_to_correct(
    errors: int, own: int, awaited: dict[str, int], said: str
) -> None:
    assert coordinator_errors_clause(errors, own, "002", awaited=awaited) == said


@pytest.mark.parametrize(
    ("errors", "own", "awaited", "only"),
    [
        (3, 0, {"004": 3}, True),
        (7, 0, {"004": 3, "005": 4}, True),
        (4, 1, {"004": 3}, False),  # one is the coordinator's own
        (5, 0, {"004": 4}, False),  # one is in a delivered package
        (5, 0, {}, False),
        (0, 0, {}, False),
    ],
)
def test_errors_all_of_units_yet_to_deliver(
    errors: int, own: int, awaited: dict[str, int], only: bool
) -> None:
    assert only_awaited(errors, own, awaited) is only
