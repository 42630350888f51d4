"""Rules on the narrative as a text: its period, its dates, its length, copies and slips."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ism_desktop.domain.printable_text import unprintable_characters
from ism_desktop.domain.validation.context import MetaContext
from ism_desktop.domain.validation.finding import Severity, evaluation_field
from ism_desktop.domain.validation.narrative_clauses import date_looks_ahead
from ism_desktop.domain.validation.narrative_facts import narrative_facts
from ism_desktop.domain.validation.narrative_mentions import DateMention
from ism_desktop.domain.validation.rule import Breach, Rule, breach
from ism_desktop.domain.wording import count

_LEAP_YEAR = 2024  # 29 de febrero is a valid date when the year is not written
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_IN_EVERY_MONTH = 28


def _this_year(context: MetaContext, year: int | None) -> bool:
    """Whether a period written with ``year`` (or none) is the year being reported."""
    return year is None or (context.year is not None and year == context.year)


# Each check answers () at once when the narrative gives it nothing to look at: a generator
# made and run to its end for every meta of a report costs more than the look itself.
def _check_quarter_names(context: MetaContext) -> Iterable[Breach]:
    quarters = context.facts.quarters
    if not quarters:
        return ()
    # The whole look here, answering a tuple: most narratives that name a quarter name the
    # reported one, and a generator made and run to its end would find nothing for them.
    mentions = [m for m in quarters if _this_year(context, m.year)]
    # Naming the reported quarter too means a comparison, not a narrative copied from another.
    if any(m.quarter == context.quarter for m in mentions):
        return ()
    for mention in mentions:
        if mention.planning and mention.quarter > context.quarter:
            continue
        return (
            breach(
                evaluation_field(context.quarter),
                quote=mention.text,
                quarter=context.quarter,
                name=context.quarter.spanish_name,
            ),
        )
    return ()


def _check_period_words(context: MetaContext) -> Iterable[Breach]:
    words = context.facts.wrong_periods
    if not words:
        return ()
    return [breach(evaluation_field(context.quarter), quote=word) for word in dict.fromkeys(words)]


def _days_in(month: int, year: int) -> int:
    # calendar.monthrange's day count without its weekday (a datetime per date), and its leap
    # year as calendar.isleap gives it: importing calendar (and locale) took 3 ms of the first
    # check, which imports the rules.
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return _DAYS_IN_MONTH[month]


def _check_dates(context: MetaContext) -> Iterable[Breach]:
    dates = context.facts.dates
    last_month = int(context.quarter) * 3
    # Most dates are plainly in the quarter: a day every month has, in a month not past its
    # close. Only another date needs ``_date_breaches`` (a generator made and run to its end).
    for date in dates:
        if not (1 <= date.day <= _DAYS_IN_EVERY_MONTH and date.month <= last_month):
            return _date_breaches(context, dates)
    return ()


def _date_breaches(context: MetaContext, dates: tuple[DateMention, ...]) -> Iterator[Breach]:
    last_month = int(context.quarter) * 3
    facts = context.facts
    for date in dates:
        days = _days_in(date.month, date.year or _LEAP_YEAR)
        if not 1 <= date.day <= days:
            problem = "no existe en el calendario"
        elif (
            _this_year(context, date.year)
            and date.month > last_month
            and not date_looks_ahead(facts.folded, date)
        ):
            problem = f"es posterior al cierre de T{int(context.quarter)}"
        else:
            continue
        quote = facts.quote(date.start, date.end)
        yield breach(evaluation_field(context.quarter), quote=quote, problem=problem)


def _check_copy(context: MetaContext) -> Iterable[Breach]:
    previous = (context.previous_narrative or "").strip()
    if not previous or not context.narrative:
        return ()
    before = narrative_facts(previous).tokens
    now = context.facts.tokens
    union = len(before | now)
    if not union:
        return ()
    shared = len(before & now) * 100
    if shared >= context.settings.copy_similarity_percent * union:
        return (
            breach(
                evaluation_field(context.quarter),
                quarter=context.quarter,
                similarity=shared // union,
            ),
        )
    return ()


def _check_short(context: MetaContext) -> Iterable[Breach]:
    words = context.facts.word_count
    minimum = context.settings.min_narrative_words
    if context.narrative and words < minimum:
        said = count(words, "palabra", "palabras")
        return (breach(evaluation_field(context.quarter), words=said, minimum=minimum),)
    return ()


def _check_evidence_only(context: MetaContext) -> Iterable[Breach]:
    if context.narrative and context.facts.evidence_only:
        return (breach(evaluation_field(context.quarter)),)
    return ()


def _check_typos(context: MetaContext) -> Iterable[Breach]:
    typos = context.facts.typos
    if not typos:
        return ()
    quotes = ", ".join(f"«{typo}»" for typo in dict.fromkeys(typos))
    return (breach(evaluation_field(context.quarter), quotes=quotes),)


# A few named are enough to find them; the rest are counted.
_NAMED_CHARACTERS = 8


def _check_unprintable(context: MetaContext) -> Iterable[Breach]:
    found = unprintable_characters(context.narrative)
    if not found:
        return ()
    # The code point too: the window's own font may not draw the character either.
    named = ", ".join(f"«{char}» (U+{ord(char):04X})" for char in found[:_NAMED_CHARACTERS])
    rest = len(found) - _NAMED_CHARACTERS
    if rest > 0:
        named += f" y {rest} más"
    return (breach(evaluation_field(context.quarter), characters=named),)


NARRATIVE_QUARTER = Rule(
    code="NARRATIVA_TRIMESTRE",
    severity=Severity.WARNING,
    title="La evaluación nombra otro trimestre que el que se informa",
    template=(
        "La evaluación habla de «{quote}», pero se informa {quarter} ({name}): ¿texto de "
        "otro trimestre?"
    ),
    check=_check_quarter_names,
)
NARRATIVE_PERIOD = Rule(
    code="NARRATIVA_PERIODO",
    severity=Severity.WARNING,
    title="La evaluación nombra un periodo que no es trimestre (cuatrimestre, bimestre…)",
    template="La evaluación dice «{quote}» en un informe trimestral.",
    check=_check_period_words,
)
NARRATIVE_DATE = Rule(
    code="NARRATIVA_FECHA",
    severity=Severity.WARNING,
    title="La evaluación da una fecha imposible o posterior al trimestre",
    template="La evaluación cita la fecha «{quote}», que {problem}.",
    check=_check_dates,
)
NARRATIVE_COPY = Rule(
    code="NARRATIVA_COPIA",
    severity=Severity.WARNING,
    title="La evaluación es copia de la del trimestre anterior",
    template=(
        "La evaluación de {quarter} repite la del trimestre anterior ({similarity}% de "
        "palabras en común)."
    ),
    check=_check_copy,
)
NARRATIVE_SHORT = Rule(
    code="NARRATIVA_BREVE",
    severity=Severity.WARNING,
    title="La evaluación es demasiado breve para decir algo",
    template="La evaluación tiene {words}; se esperan al menos {minimum}.",
    check=_check_short,
)
NARRATIVE_EVIDENCE_ONLY = Rule(
    code="NARRATIVA_SOLO_EVIDENCIA",
    severity=Severity.WARNING,
    title="La evaluación sólo dice dónde está la evidencia, no qué se logró",
    template=(
        "La evaluación sólo dice dónde se resguarda la evidencia; no dice qué se realizó ni "
        "cómo fue el resultado."
    ),
    check=_check_evidence_only,
)
NARRATIVE_TYPO = Rule(
    code="NARRATIVA_DEDAZO",
    severity=Severity.WARNING,
    title="La evaluación repite una palabra por error",
    template="La evaluación repite palabras por error: {quotes}.",
    check=_check_typos,
)
NARRATIVE_UNPRINTABLE = Rule(
    code="NARRATIVA_NO_IMPRIMIBLE",
    severity=Severity.WARNING,
    title="La evaluación tiene caracteres que el informe impreso no puede mostrar",
    template=(
        "La evaluación tiene caracteres que el informe impreso no puede mostrar: {characters}; "
        "cámbielos o quítelos antes de imprimir."
    ),
    check=_check_unprintable,
)

NARRATIVE_QUALITY_RULES = (
    NARRATIVE_QUARTER,
    NARRATIVE_PERIOD,
    NARRATIVE_DATE,
    NARRATIVE_COPY,
    NARRATIVE_SHORT,
    NARRATIVE_EVIDENCE_ONLY,
    NARRATIVE_TYPO,
    NARRATIVE_UNPRINTABLE,
)
