"""A justification counts for the warning it answered, not for one whose figures changed since."""

from __future__ import annotations

import pytest

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.engine import ValidationResult
from ism_desktop.domain.validation.finding import Finding, Severity
from ism_desktop.domain.validation.justification import Justification, JustificationKey

META = "324d66f81b69ca65"
KEY = JustificationKey(2024, META, Quarter.FIRST, "CIFRA_NEGATIVA")
AT = "2024-04-10T09:30:00-07:00"
NUM_T1 = "El realizado NUM de T1 es -3."
NUM_T2 = "El realizado NUM de T2 es -5."


def warning(message: str) -> Finding:
    return Finding("CIFRA_NEGATIVA", Severity.WARNING, META, Quarter.FIRST, "x", message)


def result(*justifications: Justification) -> ValidationResult:
    return ValidationResult(2024, Quarter.FIRST, ()).with_justifications(justifications)


@pytest.mark.parametrize(
    ("answered", "message", "counts"),
    [
        ((NUM_T1,), NUM_T1, True),
        ((NUM_T1,), NUM_T2, False),
        ((NUM_T1, NUM_T2), NUM_T2, True),  # one answer for each warning of the rule
        (None, NUM_T2, True),  # stored before answers were kept
    ],
)
def test_a_justification_counts_only_for_what_it_answered(
    answered: tuple[str, ...] | None, message: str, counts: bool
) -> None:
    given = Justification.justified(KEY, "Es una devolución.", "ana", AT, answered=answered)

    checked = result(given)

    assert (checked.justification_for(warning(message)) == given) is counts
    assert (checked.earlier_justification_for(warning(message)) == given) is not counts


def test_an_acknowledgement_is_kept_to_the_warning_it_saw_too() -> None:
    seen = Justification.acknowledged(KEY, "ana", AT, answered=(NUM_T1,))

    assert result(seen).justification_for(warning(NUM_T2)) is None
    assert result(seen).earlier_justification_for(warning(NUM_T2)) == seen


def test_an_error_has_no_earlier_justification() -> None:
    given = Justification.justified(KEY, "Texto.", "ana", AT, answered=(NUM_T1,))
    error = Finding("CIFRA_NEGATIVA", Severity.ERROR, META, Quarter.FIRST, "x", NUM_T2)

    assert result(given).earlier_justification_for(error) is None


def test_an_earlier_answer_is_told_in_readable_text() -> None:
    # A message received in a package may quote a character that is not text.
    given = Justification.justified(KEY, "Texto.", "ana", AT, answered=("Dice «\ud800\x0b».",))

    said = given.describe_earlier()

    said.encode("utf-8")  # printable: no lone surrogate left
    assert "\x0b" not in said
    assert ": Texto. Entonces el aviso decía: Dice «" in said


@pytest.mark.parametrize(
    ("reason", "ended"),
    [
        ("Faltaron firmas", "Faltaron firmas."),
        ("Oficio 12 (anexo)", "Oficio 12 (anexo)."),
        ("Ver oficio:", "Ver oficio."),
        ("Se atendió a menos personas.", "Se atendió a menos personas."),
    ],
)
def test_a_reason_without_its_period_does_not_run_on_into_the_warning(
    reason: str, ended: str
) -> None:
    given = Justification.justified(KEY, reason, "ana", AT, answered=(NUM_T1,))

    assert f": {ended} Entonces el aviso decía: " in given.describe_earlier()
