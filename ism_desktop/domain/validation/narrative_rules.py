"""Rules that hold the narrative to the grid: quoted figures, differences, % and claims."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from ism_desktop.domain.figures import ZERO, RowKind, Series
from ism_desktop.domain.progress import HUNDRED, percentage
from ism_desktop.domain.validation.context import TARGETS, MetaContext
from ism_desktop.domain.validation.finding import (
    Severity,
    evaluation_field,
    figure_text,
    percent_text,
)
from ism_desktop.domain.validation.narrative_mentions import (
    Claim,
    Direction,
    QuotedDifference,
    QuotedNumber,
)
from ism_desktop.domain.validation.rule import Breach, Rule, breach


def _grid_summary(context: MetaContext) -> str:
    achieved = context.achieved
    return (
        f"realizado {'sin capturar' if achieved is None else figure_text(achieved)}, "
        f"programado original {figure_text(context.programmed(Series.ORIGINAL, RowKind.NUM))}, "
        f"modificado {figure_text(context.programmed(Series.MODIFIED, RowKind.NUM))}"
    )


def _check_figures(context: MetaContext) -> Iterator[Breach]:
    if not context.narrative:
        return
    for figure in context.facts.figures:
        if not context.quotes_grid_figure(figure.value):
            yield breach(
                evaluation_field(context.quarter),
                quote=figure.text,
                table=_grid_summary(context),
            )


def _difference_matches(difference: QuotedDifference, achieved: Decimal, target: Decimal) -> bool:
    if difference.direction is Direction.BELOW:
        return target - achieved == difference.value
    if difference.direction is Direction.ABOVE:
        return achieved - target == difference.value
    return abs(achieved - target) == difference.value


def _difference_bases(context: MetaContext, difference: QuotedDifference) -> set[Series]:
    rows = (RowKind.NUM, RowKind.MET) if context.is_percentage else (RowKind.NUM,)
    return {
        series
        for series in TARGETS
        for row in rows
        for achieved, target in context.achieved_target_pairs(row, (series,))
        if _difference_matches(difference, achieved, target)
    }


def _targets_text(context: MetaContext) -> tuple[str, str, str]:
    achieved = context.achieved if context.achieved is not None else ZERO
    original = context.programmed(Series.ORIGINAL, RowKind.NUM)
    modified = context.programmed(Series.MODIFIED, RowKind.NUM)
    return figure_text(achieved), figure_text(original), figure_text(modified)


def _check_differences(context: MetaContext) -> Iterator[Breach]:
    if not context.narrative or context.achieved is None:
        return
    for difference in context.facts.differences:
        if not _difference_bases(context, difference):
            achieved, original, modified = _targets_text(context)
            yield breach(
                evaluation_field(context.quarter),
                quote=difference.text,
                achieved=achieved,
                original=original,
                modified=modified,
            )


def _check_modified_base(context: MetaContext) -> Iterator[Breach]:
    if not context.narrative or context.achieved is None:
        return
    for difference in context.facts.differences:
        if _difference_bases(context, difference) == {Series.MODIFIED}:
            achieved, original, modified = _targets_text(context)
            yield breach(
                evaluation_field(context.quarter),
                quote=difference.text,
                achieved=achieved,
                original=original,
                modified=modified,
            )


def _percent_candidates(context: MetaContext) -> list[Decimal]:
    candidates: list[Decimal] = []
    for value in (context.official, context.against_modified):
        if value is not None:
            candidates += [value, HUNDRED - value, value - HUNDRED]
    for row in (context.meta.met, context.meta.num):
        candidates += [value for value in row.columns() if value is not None]
    # "84.5 % … 9.5 % MÁS DE LA META": a percentage meta's gap in percentage points.
    if context.is_percentage:
        pairs = context.achieved_target_pairs(RowKind.MET, TARGETS)
        candidates += [abs(achieved - target) for achieved, target in pairs]
    num = context.meta.num
    for series in TARGETS:
        annual = num.original_annual if series is Series.ORIGINAL else num.modified_annual
        for achieved, target in context.achieved_target_pairs(RowKind.NUM, (series,)):
            candidates += [percentage(achieved, annual), percentage(achieved, target)]
    return candidates


def _percent_matches(quoted: QuotedNumber, candidates: list[Decimal]) -> bool:
    step = Decimal(1).scaleb(-quoted.decimals)
    return any(
        candidate.quantize(step, rounding=ROUND_DOWN) == quoted.value
        or candidate.quantize(step, rounding=ROUND_HALF_UP) == quoted.value
        for candidate in candidates
    )


def _check_percentages(context: MetaContext) -> Iterator[Breach]:
    if not context.narrative or not context.facts.percentages:
        return
    candidates = _percent_candidates(context)
    for quoted in context.facts.percentages:
        if not _percent_matches(quoted, candidates):
            official = context.official
            yield breach(
                evaluation_field(context.quarter),
                quote=f"{quoted.text} %",
                official="sin capturar" if official is None else percent_text(official),
            )


def _contradicts(claim: Claim, progress: Decimal) -> bool:
    if claim is Claim.MET:
        return progress < HUNDRED
    if claim is Claim.EXCEEDED:
        return progress <= HUNDRED
    return progress >= HUNDRED


def _check_claims(context: MetaContext) -> Iterator[Breach]:
    official = context.official
    if official is None or context.programmed(Series.ORIGINAL) == ZERO:
        return
    for mention in context.facts.claims:
        if not _contradicts(mention.claim, official):
            continue
        modified = context.against_modified
        note = ""
        if modified is not None and not _contradicts(mention.claim, modified):
            note = (
                f"; contra la meta modificada sería {percent_text(modified)}, pero el oficial "
                "se mide contra la original"
            )
        yield breach(
            evaluation_field(context.quarter),
            quote=mention.text,
            stated=mention.claim.value,
            progress=percent_text(official),
            quarter=context.quarter,
            note=note,
        )
        return  # the first contradiction says it; more of the same add nothing


def _check_not_programmed(context: MetaContext) -> Iterator[Breach]:
    original = context.programmed(Series.ORIGINAL)
    modified = context.programmed(Series.MODIFIED)
    if original == ZERO and modified == ZERO:
        return
    said = context.facts.not_programmed
    if said is None:
        return
    yield breach(
        evaluation_field(context.quarter),
        quote=said,
        quarter=context.quarter,
        original=original,
        modified=modified,
    )


NARRATIVE_FIGURE = Rule(
    code="NARRATIVA_CIFRA",
    severity=Severity.WARNING,
    title="La evaluación cita una cifra que no está en la meta",
    template="La evaluación cita «{quote}», cifra que no aparece en la meta ({table}).",
    check=_check_figures,
)
NARRATIVE_DIFFERENCE = Rule(
    code="NARRATIVA_DIFERENCIA",
    severity=Severity.WARNING,
    title="La evaluación cita una diferencia que no cuadra con lo realizado y lo programado",
    template=(
        "La evaluación cita la diferencia «{quote}», que no cuadra con el realizado {achieved} "
        "frente al programado original {original} ni al modificado {modified}."
    ),
    check=_check_differences,
)
NARRATIVE_MODIFIED_BASE = Rule(
    code="NARRATIVA_CONTRA_MODIFICADO",
    severity=Severity.WARNING,
    title="La evaluación mide contra la meta modificada; el avance oficial usa la original",
    template=(
        "La evaluación cita «{quote}», que es la diferencia contra la meta modificada "
        "({achieved} frente a {modified}); el avance oficial se mide contra la original "
        "({original})."
    ),
    check=_check_modified_base,
)
NARRATIVE_PERCENTAGE = Rule(
    code="NARRATIVA_PORCENTAJE",
    severity=Severity.WARNING,
    title="La evaluación cita un porcentaje que no corresponde a la meta",
    template=(
        "La evaluación cita «{quote}», que no corresponde al avance oficial ({official}) ni a "
        "otro porcentaje de la meta."
    ),
    check=_check_percentages,
)
NARRATIVE_CLAIM = Rule(
    code="NARRATIVA_CUMPLIMIENTO",
    severity=Severity.WARNING,
    title="La evaluación dice «cumplida», «rebasó» o «no se cumplió» contra el % oficial",
    template=(
        "La evaluación dice «{quote}» (meta {stated}), pero el avance oficial de {quarter} "
        "es {progress}{note}."
    ),
    check=_check_claims,
)
NARRATIVE_NOT_PROGRAMMED = Rule(
    code="NARRATIVA_NO_PROGRAMADO",
    severity=Severity.WARNING,
    title="La evaluación dice que no se programó, pero el trimestre tiene programado",
    template=(
        "La evaluación dice «{quote}», pero {quarter} tiene programado original {original} y "
        "modificado {modified}."
    ),
    check=_check_not_programmed,
)

NARRATIVE_RULES = (
    NARRATIVE_FIGURE,
    NARRATIVE_DIFFERENCE,
    NARRATIVE_MODIFIED_BASE,
    NARRATIVE_PERCENTAGE,
    NARRATIVE_CLAIM,
    NARRATIVE_NOT_PROGRAMMED,
)
