"""Rules on what a quarter's report must carry: achieved figures, a narrative, a sane %."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal

from ism_desktop.domain.figures import ZERO, Series
from ism_desktop.domain.limits import text_problem, texts_admissible
from ism_desktop.domain.validation.context import QUARTERS, MetaContext
from ism_desktop.domain.validation.finding import (
    Severity,
    evaluation_field,
    figure_field,
    percent_text,
    progress_field,
)
from ism_desktop.domain.validation.rule import Breach, Rule, breach


def _check_achieved_later(context: MetaContext) -> Iterable[Breach]:
    later = context.index + 1
    for _, row in context.data_rows:
        if row.achieved[later:].count(None) != 3 - context.index:
            return _achieved_later_breaches(context)
    return ()


def _achieved_later_breaches(context: MetaContext) -> Iterator[Breach]:
    for kind, row in context.data_rows:
        for index, value in enumerate(row.achieved):
            if index > context.index and value is not None:
                quarter = QUARTERS[index]
                yield breach(
                    figure_field(Series.ACHIEVED, quarter, kind),
                    quarter=quarter,
                    row_label=kind.value,
                    value=value,
                    reported=context.quarter,
                )


def _check_achieved_missing(context: MetaContext) -> Iterable[Breach]:
    through = context.index + 1
    for _, row in context.data_rows:
        # By identity: comparing a Decimal with None goes through the numbers ABCs.
        for value in row.achieved[:through]:
            if value is None:
                return _achieved_missing_breaches(context)
    return ()


def _achieved_missing_breaches(context: MetaContext) -> Iterator[Breach]:
    for kind, row in context.data_rows:
        for index, value in enumerate(row.achieved[: context.index + 1]):
            if value is None:
                quarter = QUARTERS[index]
                yield breach(
                    figure_field(Series.ACHIEVED, quarter, kind),
                    quarter=quarter,
                    row_label=kind.value,
                )


def _check_empty_evaluation(context: MetaContext) -> Iterable[Breach]:
    if context.narrative:
        return ()
    return (breach(evaluation_field(context.quarter), quarter=context.quarter),)


def _check_admissible_evaluation(context: MetaContext) -> Iterable[Breach]:
    # The same limit the coordinating unit applies: found while typing, not at its end.
    # «La evaluación cualitativa de T1 es demasiado larga…»: the message answers are kept with.
    problem = text_problem(context.meta.evaluations.get(context.quarter, ""), feminine=True)
    if problem is None:
        return ()
    return (breach(evaluation_field(context.quarter), trimestre=context.quarter, motivo=problem),)


def _run_admissible(contexts: Sequence[MetaContext]) -> bool:
    return texts_admissible(
        [context.meta.evaluations.get(context.quarter, "") for context in contexts]
    )


def _check_band(context: MetaContext) -> Iterable[Breach]:
    settings = context.settings
    # With nothing programmed in the original the official % is 0.00 by definition, not a result.
    if context.original_target == ZERO or not context.narrative:
        return ()
    official = context.official
    if official is None or settings.band_low <= official <= settings.band_high:
        return ()
    # "No se programó" is a stated reason; whether it is true is NARRATIVA_NO_PROGRAMADO's job.
    if context.facts.explains or context.facts.not_programmed:
        return ()
    return _band_breach(context, official)


def _band_breach(context: MetaContext, official: Decimal) -> Iterator[Breach]:
    settings = context.settings
    yield breach(
        progress_field(context.quarter),
        progress=percent_text(official),
        quarter=context.quarter,
        minimum=settings.band_low,
        maximum=settings.band_high,
    )


ACHIEVED_LATER = Rule(
    code="REALIZADO_POSTERIOR",
    severity=Severity.ERROR,
    title="Realizado capturado en un trimestre posterior al que se informa",
    template=(
        "Hay un realizado {row_label} de {value} en {quarter}, posterior al trimestre que se "
        "informa ({reported})."
    ),
    check=_check_achieved_later,
)
ACHIEVED_MISSING = Rule(
    code="REALIZADO_FALTANTE",
    severity=Severity.ERROR,
    title="Falta el realizado del trimestre (no reportado no es 0)",
    template=(
        "Falta el realizado {row_label} de {quarter}; si no hubo avance capture 0 (sin "
        "capturar no equivale a 0)."
    ),
    check=_check_achieved_missing,
)
EMPTY_EVALUATION = Rule(
    code="EVALUACION_VACIA",
    severity=Severity.ERROR,
    title="Falta la evaluación cualitativa del trimestre",
    template="Falta la evaluación cualitativa de {quarter}.",
    check=_check_empty_evaluation,
)
INADMISSIBLE_EVALUATION = Rule(
    code="EVALUACION_NO_ADMISIBLE",
    severity=Severity.ERROR,
    title="La evaluación cualitativa es demasiado larga o tiene caracteres que no son texto",
    template="La evaluación cualitativa de {trimestre} {motivo}.",
    check=_check_admissible_evaluation,
    clears=_run_admissible,
)
PROGRESS_OUT_OF_BAND = Rule(
    code="AVANCE_FUERA_DE_RANGO",
    severity=Severity.WARNING,
    title="El % de avance oficial sale del rango esperado y la evaluación no lo explica",
    template=(
        "El avance oficial de {quarter} es {progress}, fuera del rango de {minimum}% a "
        "{maximum}%, y la evaluación cualitativa no da la causa (debido a, en razón de, "
        "ya que…)."
    ),
    check=_check_band,
)

REPORTING_RULES = (
    ACHIEVED_LATER,
    ACHIEVED_MISSING,
    EMPTY_EVALUATION,
    INADMISSIBLE_EVALUATION,
    PROGRESS_OUT_OF_BAND,
)
