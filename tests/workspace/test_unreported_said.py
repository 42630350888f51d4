"""The sentence of a quarter nobody has written yet, as the findings panel shows it."""

from __future__ import annotations

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.finding import Finding, Severity
from ism_desktop.workspace.unreported_said import Tally, unreported_said

HOW = "lo realizado (recuadro amarillo; 0 si no hubo avance) y la evaluación cualitativa"


def _missing(meta_id: str, reported: Quarter, field: str) -> Finding:
    """A figure or an evaluation still unwritten, as validation reports it in ``reported``."""
    rule = "EVALUACION_VACIA" if field.startswith("evaluacion") else "REALIZADO_FALTANTE"
    return Finding(rule, Severity.ERROR, meta_id, reported, field, "Falta…")


def _first_quarter(*metas: str) -> list[Finding]:
    """Each meta's first-quarter figure (NUM) and evaluation, unwritten."""
    return [
        finding
        for meta in metas
        for finding in (
            _missing(meta, Quarter.FIRST, "realizado.t1.num"),
            _missing(meta, Quarter.FIRST, "evaluacion.t1"),
        )
    ]


def test_a_unit_is_told_what_to_write_and_how_much_is_left() -> None:
    said = unreported_said(_first_quarter("a", "b"), Tally(4, 0, 0), 2)

    assert said == (
        "Primer trimestre por informar. En cada meta escriba lo realizado (recuadro amarillo; "
        "0 si no hubo avance) y la evaluación cualitativa; abajo, lo que falta (4 datos de 2 "
        "metas). El paquete se exporta cuando esté completo."
    )


def test_warnings_beside_are_counted() -> None:
    said = unreported_said(_first_quarter("a"), Tally(2, 3, 1), 1)

    assert said == (
        f"Primer trimestre por informar. En cada meta escriba {HOW}; abajo, lo que falta "
        "(2 datos de 1 meta). El paquete se exporta cuando esté completo. Además, 3 avisos "
        "(1 sin justificar)."
    )


def test_the_coordinator_writes_its_own_metas_here() -> None:
    findings = _first_quarter("a", "b", "c")

    said = unreported_said(
        findings, Tally(6, 1, 1), 3, coordinator=True, unit="002", own={"a", "c"}
    )

    assert said == (
        "Primer trimestre por informar: ninguna unidad lo ha informado todavía; lo de cada una "
        "llega en su paquete. Lo de la unidad 002 (2 metas) se escribe aquí: en cada meta, "
        "lo realizado (recuadro amarillo; 0 si no hubo avance) y la evaluación cualitativa. "
        "Además, 1 aviso (1 sin justificar)."
    )


def test_a_coordinator_without_metas_of_its_own_only_waits() -> None:
    said = unreported_said(_first_quarter("a"), Tally(2, 0, 0), 1, coordinator=True, unit="002")

    assert said == (
        "Primer trimestre por informar: ninguna unidad lo ha informado todavía; lo de cada una "
        "llega en su paquete."
    )
