"""The ORTOGRAFIA warning, with a small fake dictionary: the rule, not the dictionary."""

from __future__ import annotations

import pytest

from ism_desktop.domain.spelling import SpellingChecker
from ism_desktop.domain.validation.catalogue import rule_by_code
from ism_desktop.domain.validation.finding import Severity
from ism_desktop.domain.validation.settings import ValidationSettings
from tests.domain.validation.validation_cases import FakeDictionary, counted, findings_of

RULE = "ORTOGRAFIA"


def settings(checker: SpellingChecker | None) -> ValidationSettings:
    return ValidationSettings(spelling=checker)


KNOWN = {"NO", "SE", "PROGRAMÓ", "PARA", "ESTA", "META", "EL", "TRIMESTRE"}


def test_doubtful_words_are_one_warning_with_suggestions() -> None:
    narrative = "NO SE PROGRAMÓ ACCION PARA ESTA META EN NESTE TRIMESTRE; ACCION"

    (finding,) = findings_of(
        RULE, counted(narrative=narrative), settings=settings(FakeDictionary(KNOWN))
    )

    assert finding.severity is Severity.WARNING
    assert finding.field == "evaluacion.t1"
    assert finding.message == (
        "Revise la ortografía de la evaluación: «ACCION» (¿ACCIÓN?), «EN», «NESTE»."
    )


def test_a_long_list_is_cut() -> None:
    narrative = " ".join(f"Q{'A' * n}" for n in range(1, 16))

    (finding,) = findings_of(
        RULE, counted(narrative=narrative), settings=settings(FakeDictionary(set()))
    )

    assert finding.message.endswith("«QAAAAAAAAAAAA» y 3 más.")


@pytest.mark.parametrize("narrative", ["NO SE PROGRAMÓ PARA ESTA META", ""])
def test_nothing_doubtful_nothing_said(narrative: str) -> None:
    checker = FakeDictionary(KNOWN)

    assert findings_of(RULE, counted(narrative=narrative), settings=settings(checker)) == []
    assert checker.asked == ([narrative] if narrative else [])


def test_without_a_dictionary_spelling_is_not_checked() -> None:
    assert (
        findings_of(RULE, counted(narrative="NESTE PRIEMR LLLEVÓ"), settings=settings(None)) == []
    )


def test_it_is_a_justifiable_warning() -> None:
    rule = rule_by_code("ortografia")

    assert rule is not None
    assert rule.severity is Severity.WARNING
