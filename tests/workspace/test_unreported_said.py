"""The sentence of a quarter nobody has written yet, as the findings panel shows it."""

from __future__ import annotations

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.finding import Finding, Severity
from ism_desktop.workspace.unreported_said import unreported_said

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
    said = unreported_said(_first_quarter("a", "b"), (4, 0, 0), 2)

    assert said == (
        "Primer trimestre por informar. En cada meta escriba lo realizado (recuadro amarillo; "
        "0 si no hubo avance) y la evaluación cualitativa; abajo, lo que falta (4 datos de 2 "
        "metas). El paquete se exporta cuando esté completo."
    )


def test_warnings_beside_are_counted() -> None:
    said = unreported_said(_first_quarter("a"), (2, 3, 1), 1)

    assert said == (
        f"Primer trimestre por informar. En cada meta escriba {HOW}; abajo, lo que falta "
        "(2 datos de 1 meta). El paquete se exporta cuando esté completo. Además, 3 avisos "
        "(1 sin justificar)."
    )


def test_the_coordinator_writes_its_own_metas_here() -> None:
    findings = _first_quarter("a", "b", "c")

    said = unreported_said(findings, (6, 1, 1), 3, coordinator=True, unit="002", own={"a", "c"})

    assert said == (
        "Primer trimestre por informar: ninguna unidad lo ha informado todavía; lo de cada una "
        "llega en su paquete. Lo de la unidad 002 (2 metas) se escribe aquí: en cada meta, "
        "lo realizado (recuadro amarillo; 0 si no hubo avance) y la evaluación cualitativa. "
        "Además, 1 aviso (1 sin justificar)."
    )


def test_a_coordinator_without_metas_of_its_own_only_waits() -> None:
    said = unreported_said(_first_quarter("a"), (2, 0, 0), 1, coordinator=True, unit="002")

    assert said == (
        "Primer trimestre por informar: ninguna unidad lo ha informado todavía; lo de cada una "
        "llega en su paquete."
    )


def _missing_through(reported: Quarter, meta: str, figures: tuple[int, ...]) -> list[Finding]:
    """A meta's NUM of the quarters ``figures`` and its evaluation, unwritten in ``reported``."""
    return [
        *(_missing(meta, reported, f"realizado.t{q}.num") for q in figures),
        _missing(meta, reported, f"evaluacion.t{int(reported)}"),
    ]


def test_the_quarter_before_missing_is_named_with_where_it_is_typed() -> None:
    findings = [
        *_missing_through(Quarter.SECOND, "a", (1, 2)),
        *_missing_through(Quarter.SECOND, "b", (2,)),
    ]

    said = unreported_said(findings, (5, 0, 0), 2)

    assert said == (
        "Segundo trimestre por informar. En cada meta escriba lo realizado de los trimestres 1 "
        "y 2 (0 si no hubo avance; el del trimestre 2 en el recuadro amarillo, el del "
        "trimestre 1 eligiéndolo como trimestre que se informa en Archivo → Configuración de "
        "esta computadora…) y la evaluación cualitativa; abajo, lo que falta (5 datos de 2 "
        "metas). El paquete se exporta cuando esté completo."
    )


def test_quarters_apart_are_listed_and_a_quarter_written_is_not_sent_to_its_box() -> None:
    # The fourth quarter's figure typed, the second's and the evaluation not: the yellow box
    # holds nothing missing, and «2 a 4» would ask for the third, written.
    findings = _missing_through(Quarter.FOURTH, "a", (2,))
    assert unreported_said(findings, (2, 0, 0), 1) == (
        "Cuarto trimestre por informar. En cada meta escriba lo realizado del trimestre 2 (0 si "
        "no hubo avance; eligiéndolo como trimestre que se informa en Archivo → Configuración "
        "de esta computadora…) y la evaluación cualitativa; abajo, lo que falta (2 datos de 1 "
        "meta). El paquete se exporta cuando esté completo."
    )
    findings = _missing_through(Quarter.FOURTH, "a", (2, 4))
    assert unreported_said(findings, (3, 0, 0), 1) == (
        "Cuarto trimestre por informar. En cada meta escriba lo realizado de los trimestres 2 "
        "y 4 (0 si no hubo avance; el del trimestre 4 en el recuadro amarillo, el del "
        "trimestre 2 eligiéndolo como trimestre que se informa en Archivo → Configuración de "
        "esta computadora…) y la evaluación cualitativa; abajo, lo que falta (3 datos de 1 "
        "meta). El paquete se exporta cuando esté completo."
    )


def test_the_coordinator_is_told_the_quarters_its_own_metas_lack() -> None:
    # Another unit's meta lacks the first quarter too: it comes in that unit's package.
    findings = [
        *_missing_through(Quarter.THIRD, "own", (2, 3)),
        *_missing_through(Quarter.THIRD, "other", (1, 2, 3)),
    ]

    said = unreported_said(findings, (7, 0, 0), 2, coordinator=True, unit="002", own={"own"})

    assert said == (
        "Tercer trimestre por informar: ninguna unidad lo ha informado todavía; lo de cada una "
        "llega en su paquete. Lo de la unidad 002 (1 meta) se escribe aquí: en cada meta, lo "
        "realizado de los trimestres 2 y 3 (0 si no hubo avance; el del trimestre 3 en el "
        "recuadro amarillo, el del trimestre 2 eligiéndolo como trimestre que se informa en "
        "Archivo → Configuración de esta computadora…) y la evaluación cualitativa."
    )


def test_a_closed_quarter_before_is_to_be_reopened_before_typing() -> None:
    # Chosen as the quarter reported, a closed quarter is read-only: the figure missing in it
    # could not be typed, and nothing said that the quarter had to be reopened first.
    findings = [
        *_missing_through(Quarter.THIRD, "a", (1, 3)),
        *_missing_through(Quarter.THIRD, "b", (2,)),
    ]

    said = unreported_said(
        findings, (5, 0, 0), 2, unit="004", closed={Quarter.FIRST, Quarter.SECOND}
    )

    # After what the other tests say of where each figure is typed: what to do first.
    assert said.endswith(
        "(5 datos de 2 metas). El paquete se exporta cuando esté completo. Los trimestres 1 y 2 "
        "están cerrados: para escribir en ellos, reábralos antes con un motivo (Año → Cerrar o "
        "reabrir un trimestre…)."
    )


def test_only_the_closed_quarters_missing_are_to_be_reopened() -> None:
    findings = _missing_through(Quarter.THIRD, "a", (2,))

    said = unreported_said(
        findings, (2, 0, 0), 1, unit="004", closed={Quarter.FIRST, Quarter.SECOND}
    )

    assert said.endswith(
        "El trimestre 2 está cerrado: para escribir en él, reábralo antes con un motivo (Año → "
        "Cerrar o reabrir un trimestre…)."
    )
    # The first quarter is closed and complete: nothing to reopen it for.
    open_ones = unreported_said(findings, (2, 0, 0), 1, unit="004", closed={Quarter.FIRST})
    assert "reabr" not in open_ones
