"""Rules that hold the narrative to the grid: quoted figures, differences, % and claims."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation
from operator import not_

from ism_desktop.domain.figures import ZERO, RowKind, Series
from ism_desktop.domain.progress import HUNDRED, percentage
from ism_desktop.domain.validation.context import TARGETS, MetaContext
from ism_desktop.domain.validation.finding import (
    Severity,
    evaluation_field,
    figure_text,
    percent_text,
)
from ism_desktop.domain.validation.narrative_achieved import achieved_phrase
from ism_desktop.domain.validation.narrative_mentions import (
    Claim,
    QuotedDifference,
    QuotedNumber,
)
from ism_desktop.domain.validation.rule import Breach, Rule, breach
from ism_desktop.domain.wide_decimal import cut


def _grid_summary(context: MetaContext) -> str:
    achieved = context.achieved
    return (
        f"realizado {'sin capturar' if achieved is None else figure_text(achieved)}, "
        f"programado original {figure_text(context.programmed(Series.ORIGINAL, RowKind.NUM))}, "
        f"modificado {figure_text(context.programmed(Series.MODIFIED, RowKind.NUM))}"
    )


def _check_figures(context: MetaContext) -> Iterable[Breach]:
    if not context.narrative:
        return ()
    figures = context.facts.figures
    # Most quote only grid figures: settled here, with no generator made and run to its end.
    for figure in figures:
        if not context.quotes_grid_figure(figure.value):
            return _figure_breaches(context, figures)
    return ()


def _figure_breaches(context: MetaContext, figures: tuple[QuotedNumber, ...]) -> Iterator[Breach]:
    for figure in figures:
        if not context.quotes_grid_figure(figure.value):
            yield breach(
                evaluation_field(context.quarter),
                quote=figure.text,
                table=_grid_summary(context),
            )


def _targets_text(context: MetaContext) -> tuple[str, str, str]:
    achieved = context.achieved if context.achieved is not None else ZERO
    original = context.programmed(Series.ORIGINAL, RowKind.NUM)
    modified = context.programmed(Series.MODIFIED, RowKind.NUM)
    return figure_text(achieved), figure_text(original), figure_text(modified)


def _bases_of_differences(
    context: MetaContext,
) -> tuple[tuple[QuotedDifference, frozenset[Series]], ...]:
    if not context.narrative or context.achieved is None or not context.facts.differences:
        return ()
    return context.difference_bases


def _check_differences(context: MetaContext) -> Iterable[Breach]:
    return _difference_breaches(context, not_)  # right against neither target


def _only_modified(bases: frozenset[Series]) -> bool:
    return bases == {Series.MODIFIED}


def _check_modified_base(context: MetaContext) -> Iterable[Breach]:
    return _difference_breaches(context, _only_modified)


def _difference_breaches(
    context: MetaContext, reported: Callable[[frozenset[Series]], bool]
) -> Iterable[Breach]:
    # Most narratives quote no difference: an empty tuple, not a generator run to its end.
    found = _bases_of_differences(context)
    if not found:
        return ()
    breaches: list[Breach] = []
    for difference, bases in found:
        if reported(bases):
            achieved, original, modified = _targets_text(context)
            breaches.append(
                breach(
                    evaluation_field(context.quarter),
                    quote=difference.text,
                    achieved=achieved,
                    original=original,
                    modified=modified,
                )
            )
    return breaches


def _reached(context: MetaContext) -> set[Decimal | None]:
    # What was achieved as printed (``None`` where not reported) and the two % of avance: a
    # percentage given as achieved ("SE LOGRÓ EL 86.87 %") is most often one of these.
    return {
        *context.meta.met.achieved,
        *context.meta.num.achieved,
        context.official,
        context.against_modified,
    }


def _achieved_candidates(context: MetaContext) -> list[Decimal]:
    # What a percentage given as achieved may be: what was reached and the % of the achieved
    # over a target (the quarter's, to date, the year's); never a target, nor what is missing.
    candidates = [value for value in _reached(context) if value is not None]
    num = context.meta.num
    for series in TARGETS:
        annual = num.original_annual if series is Series.ORIGINAL else num.modified_annual
        for achieved, target in context.achieved_target_pairs(RowKind.NUM, (series,)):
            candidates += [percentage(achieved, annual), percentage(achieved, target)]
    return candidates


def _percent_candidates(context: MetaContext) -> list[Decimal]:
    candidates = _achieved_candidates(context)
    for value in (context.official, context.against_modified):
        if value is not None:
            candidates += [HUNDRED - value, value - HUNDRED]
    for row in (context.meta.met, context.meta.num):
        candidates += [value for value in row.columns() if value is not None]
    # "84.5 % … 9.5 % MÁS DE LA META": a percentage meta's gap in percentage points.
    if context.is_percentage:
        pairs = context.achieved_target_pairs(RowKind.MET, TARGETS)
        candidates += [abs(achieved - target) for achieved, target in pairs]
    return candidates


def _percent_matches(quoted: QuotedNumber, candidates: dict[Decimal, None]) -> bool:
    # The quoted value has exactly its written decimals, so a candidate equal to it rounds to it
    # either way: one hash lookup settles the usual quote of the official % or of 100 %.
    if quoted.value in candidates:
        return True
    step = Decimal(1).scaleb(-quoted.decimals)
    try:
        return _rounds_to(quoted.value, step, candidates, Decimal.quantize)
    except InvalidOperation:
        # A % of admitted figures at their limits is too wide for the default context; the
        # usual ones keep the plain quantize, with no wrapper called for each candidate.
        return _rounds_to(quoted.value, step, candidates, cut)


def _rounds_to(
    value: Decimal,
    step: Decimal,
    candidates: Iterable[Decimal],
    quantize: Callable[[Decimal, Decimal, str], Decimal],
) -> bool:
    # Cut or rounded half up: the text may give a % either way.
    return any(
        quantize(candidate, step, ROUND_DOWN) == value
        or quantize(candidate, step, ROUND_HALF_UP) == value
        for candidate in candidates
    )


def _plain_candidates(context: MetaContext) -> set[Decimal | None]:
    # The candidates of ``_percent_candidates`` that take no division: the two % of avance,
    # their complements and the printed MET and NUM figures (``None`` where not reported).
    plain: set[Decimal | None] = {*context.meta.met.columns(), *context.meta.num.columns()}
    for value in (context.official, context.against_modified):
        if value is not None:
            plain.update((value, HUNDRED - value, value - HUNDRED))
    return plain


def _check_percentages(context: MetaContext) -> Iterable[Breach]:
    if not context.narrative or not context.facts.percentages:
        return ()
    # A quoted value equal to a candidate matches (``_percent_matches``), and most quote the
    # official % or a printed figure: these settle them before the percentages of the pairs
    # are divided out (two thirds of the state report's metas that quote a %). A printed
    # target or what is missing is still wrong where the text gives it as achieved.
    percentages = context.facts.percentages
    plain = _plain_candidates(context)
    if all(quoted.value in plain for quoted in percentages):
        reached = _reached(context)
        if all(
            quoted.value in reached or achieved_phrase(context.facts, quoted) is None
            for quoted in percentages
        ):
            return ()
    return _percentage_breaches(context, plain)


def _percentage_breaches(context: MetaContext, plain: set[Decimal | None]) -> Iterator[Breach]:
    # Equal candidates round alike: each value is tried once, in the order first met.
    candidates = dict.fromkeys(_percent_candidates(context))
    reached = _reached(context)
    achieved: dict[Decimal, None] | None = None
    official = context.official
    said_official = "sin capturar" if official is None else percent_text(official)
    for quoted in context.facts.percentages:
        phrase = None if quoted.value in reached else achieved_phrase(context.facts, quoted)
        if phrase is not None:
            if achieved is None:
                achieved = dict.fromkeys(_achieved_candidates(context))
            if not _percent_matches(quoted, achieved):
                yield breach(
                    evaluation_field(context.quarter),
                    said="da por logrado",
                    quote=phrase,
                    official=said_official,
                    other="alcanzado en la meta",
                )
        elif quoted.value not in plain and not _percent_matches(quoted, candidates):
            yield breach(
                evaluation_field(context.quarter),
                said="cita",
                quote=f"{quoted.text} %",
                official=said_official,
                other="de la meta",
            )


def _contradicts(claim: Claim, progress: Decimal) -> bool:
    if claim is Claim.MET:
        return progress < HUNDRED
    if claim is Claim.EXCEEDED:
        return progress <= HUNDRED
    return progress >= HUNDRED


def _check_claims(context: MetaContext) -> Iterable[Breach]:
    if context.original_target == ZERO or not context.narrative:
        return ()
    official = context.official
    if official is None:
        return ()
    # Most claims agree with the official %: only a contradiction needs ``_claim_breaches``
    # (a generator made and run to its end), which says the first one.
    for mention in context.facts.claims:
        if _contradicts(mention.claim, official):
            return _claim_breaches(context, official)
    return ()


def _claim_breaches(context: MetaContext, official: Decimal) -> Iterator[Breach]:
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


def _check_not_programmed(context: MetaContext) -> Iterable[Breach]:
    original = context.original_target
    modified = context.modified_target
    if (original == ZERO and modified == ZERO) or not context.narrative:
        return ()
    said = context.facts.not_programmed
    if said is None:
        return ()
    return _not_programmed_breach(context, said, original, modified)


def _not_programmed_breach(
    context: MetaContext, said: str, original: Decimal, modified: Decimal
) -> Iterator[Breach]:
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
        "La evaluación {said} «{quote}», que no corresponde al avance oficial ({official}) ni a "
        "otro porcentaje {other}."
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
