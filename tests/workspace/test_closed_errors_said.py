"""What a unit's errors ask when the quarter it reports is closed: reopen it to correct them."""

from __future__ import annotations

import pytest

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.finding import Finding, Severity
from ism_desktop.workspace.closed_errors_said import closed_errors_said
from ism_desktop.workspace.errors_meaning import coordinator_errors_clause

MENU = "(Año → Cerrar o reabrir un trimestre…)"
PROFILE = "(Archivo → Configuración de esta computadora…)"


def _error(field: str, reported: Quarter = Quarter.SECOND, meta_id: str = "a") -> Finding:
    rule = "EVALUACION_VACIA" if field.startswith("evaluacion") else "REALIZADO_FALTANTE"
    return Finding(rule, Severity.ERROR, meta_id, reported, field, "Falta…")


@pytest.mark.parametrize(
    ("errors", "said"),
    [
        (
            [_error("realizado.t2.num"), _error("evaluacion.t2")],
            " El trimestre 2 está cerrado y el paquete no puede exportarse con ellos: para "
            f"corregirlos, reabra el trimestre con un motivo {MENU}.",
        ),
        (
            [_error("evaluacion.t2")],
            " El trimestre 2 está cerrado y el paquete no puede exportarse con él: para "
            f"corregirlo, reabra el trimestre con un motivo {MENU}.",
        ),
    ],
)
def test_the_errors_of_the_closed_quarter_are_corrected_once_it_is_reopened(
    errors: list[Finding], said: str
) -> None:
    assert closed_errors_said(Quarter.SECOND, errors, closed=frozenset({Quarter.SECOND})) == said


def test_an_earlier_quarter_s_missing_figure_is_written_in_its_own_quarter() -> None:
    # Reopening the fourth would not open the second's cells: each is typed in its quarter.
    fourth = Quarter.FOURTH
    errors = [
        _error("realizado.t2.num", fourth),
        _error("realizado.t3.num", fourth),
        _error("realizado.t4.num", fourth),
        _error("evaluacion.t4", fourth),
    ]

    said = closed_errors_said(fourth, errors, closed=frozenset({fourth}))

    assert said == (
        " El trimestre 4 está cerrado y el paquete no puede exportarse con ellos: para corregir "
        f"los del trimestre 4, reábralo con un motivo {MENU}; lo realizado de los trimestres 2 "
        f"y 3 se escribe eligiendo cada uno como trimestre que se informa {PROFILE}."
    )


def test_an_earlier_quarter_closed_too_is_reopened_before_writing_in_it() -> None:
    fourth = Quarter.FOURTH
    errors = [_error("realizado.t3.num", fourth)]

    said = closed_errors_said(fourth, errors, closed=frozenset({Quarter.THIRD, fourth}))

    assert said == (
        " El trimestre 4 está cerrado y el paquete no puede exportarse con él: lo realizado del "
        f"trimestre 3 se escribe eligiéndolo como trimestre que se informa {PROFILE}. El "
        f"trimestre 3 está cerrado: para escribir en él, reábralo antes con un motivo {MENU}."
    )


def test_of_several_units_its_own_are_named() -> None:
    said = closed_errors_said(
        Quarter.SECOND, [_error("evaluacion.t2")], closed=frozenset({Quarter.SECOND}), unit="004"
    )

    assert said == (
        " El trimestre 2 está cerrado y el paquete de la unidad 004 no puede exportarse con él: "
        f"para corregirlo, reabra el trimestre con un motivo {MENU}."
    )


# At the coordinator, its own errors in its closed fourth quarter: the clause of its summary.
def test_only_earlier_figures_missing_no_reopening_is_asked() -> None:
    errors = [_error("realizado.t3.num", Quarter.FOURTH)]

    said = coordinator_errors_clause(1, 1, "002", Quarter.FOURTH, own_errors=errors)

    assert said == (
        "el trimestre 4 está cerrado: lo realizado del trimestre 3 se escribe eligiéndolo como "
        f"trimestre que se informa {PROFILE} antes de imprimir el informe institucional"
    )


def test_an_earlier_quarter_closed_too_is_reopened_first() -> None:
    errors = [_error("realizado.t3.num", Quarter.FOURTH), _error("evaluacion.t4", Quarter.FOURTH)]

    said = coordinator_errors_clause(
        2, 2, "002", Quarter.FOURTH, own_errors=errors, shut={Quarter.THIRD, Quarter.FOURTH}
    )

    assert said == (
        f"el trimestre 4 está cerrado: reábralo {MENU} y corrija el del trimestre 4 antes de "
        "imprimir el informe institucional; lo realizado del trimestre 3 se escribe eligiéndolo "
        f"como trimestre que se informa {PROFILE}. El trimestre 3 está cerrado: para escribir en "
        f"él, reábralo antes con un motivo {MENU}"
    )
