"""The spelling of the evaluation, against the dictionary the settings carry (if any)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ism_desktop.domain.spelling import SpellingChecker
from ism_desktop.domain.validation.context import MetaContext
from ism_desktop.domain.validation.finding import Severity, evaluation_field
from ism_desktop.domain.validation.rule import Breach, Rule, breach

# A narrative typed without accents can have dozens; the message names the first ones.
_LISTED = 12


def _check_spelling(context: MetaContext) -> Iterable[Breach]:
    checker = context.settings.spelling
    if checker is None or not context.narrative:
        return ()  # no generator made for every meta while the dictionary is not loaded
    return _spelling_breaches(context, checker)


def _spelling_breaches(context: MetaContext, checker: SpellingChecker) -> Iterator[Breach]:
    unique = {word.text: word for word in checker.doubtful(context.narrative)}
    if not unique:
        return
    words = list(unique.values())
    listed = ", ".join(word.describe() for word in words[:_LISTED])
    rest = len(words) - _LISTED
    if rest > 0:
        listed += f" y {rest} más"
    yield breach(evaluation_field(context.quarter), palabras=listed)


SPELLING = Rule(
    code="ORTOGRAFIA",
    severity=Severity.WARNING,
    title="La evaluación tiene palabras que no están en el diccionario",
    template="Revise la ortografía de la evaluación: {palabras}.",
    check=_check_spelling,
)

SPELLING_RULES = (SPELLING,)
