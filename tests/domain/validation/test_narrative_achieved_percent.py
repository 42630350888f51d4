"""A percentage the narrative gives as achieved must be the one achieved, not the target."""

from __future__ import annotations

import itertools
import re

import pytest

from ism_desktop.domain.meta import Meta
from ism_desktop.domain.validation.narrative_achieved import standing_at
from tests.domain.validation.validation_cases import counted, findings_of, percent


def nothing_done(narrative: str) -> Meta:
    """A PORCENTAJE meta programmed at 100 % (100 of 100) whose quarter achieved 0 of 100."""
    return percent(num=(100,) * 4, den=(100,) * 4, achieved=(0, 100), narrative=narrative)


@pytest.mark.parametrize(
    "narrative",
    [
        "SE LOGRÓ UN CUMPLIMIENTO DEL 100% DE LA META.",
        "SE ALCANZÓ EL 100 % DE LA META PROGRAMADA.",
        "LA META TUVO UN AVANCE DEL 100 POR CIENTO EN EL TRIMESTRE.",
        "CUMPLIÉNDOSE AL 100% CON LA ELABORACIÓN DEL INFORME.",
    ],
)
def test_the_target_given_as_achieved_is_warned(narrative: str) -> None:
    assert len(findings_of("NARRATIVA_PORCENTAJE", nothing_done(narrative))) == 1


def test_the_warning_quotes_the_words_that_give_it_as_achieved() -> None:
    subject = nothing_done("SE LOGRÓ UN CUMPLIMIENTO DEL 100% DE LA META.")

    (finding,) = findings_of("NARRATIVA_PORCENTAJE", subject)

    assert finding.field == "evaluacion.t1"
    assert finding.message == (
        "La evaluación da por logrado «CUMPLIMIENTO DEL 100%», que no corresponde al avance "
        "oficial (0.00%) ni a otro porcentaje alcanzado en la meta."
    )


@pytest.mark.parametrize(
    "narrative",
    [
        "LA META PROGRAMADA ES DEL 100 %; NO HUBO AVANCE EN EL TRIMESTRE.",
        "NO SE LOGRÓ EL 100% DE LA META POR FALTA DE PERSONAL.",
        "NO SE ALCANZÓ UN CUMPLIMIENTO DEL 100 % POR FALTA DE PERSONAL.",
        "SE PROGRAMÓ UN AVANCE DEL 100 % PARA EL TRIMESTRE, SIN LOGRARLO.",
        "LA META DE CUMPLIMIENTO DEL 100 % NO SE ALCANZÓ.",
        "SE ALCANZÓ UN AVANCE DEL 0 % DE LA META DEL 100 %.",
    ],
)
def test_the_target_quoted_as_the_target_passes(narrative: str) -> None:
    assert findings_of("NARRATIVA_PORCENTAJE", nothing_done(narrative)) == []


def test_a_counted_meta_at_nothing_may_not_claim_the_whole_of_it() -> None:
    # 100 % is also what is missing (100 − 0): the gap, not what was achieved.
    missed = counted((10,) * 4, achieved=(0, None, None, None), narrative="SE ALCANZÓ EL 100 %.")
    short = counted((10,) * 4, achieved=(0, None, None, None), narrative="FALTÓ EL 100 %.")

    assert len(findings_of("NARRATIVA_PORCENTAJE", missed)) == 1
    assert findings_of("NARRATIVA_PORCENTAJE", short) == []


@pytest.mark.parametrize(
    "narrative",
    [
        "SE LOGRÓ UN CUMPLIMIENTO DEL 86.87 % EN EL TRIMESTRE.",  # the official %
        "SE ALCANZÓ UN AVANCE DEL 86 % EN EL TRIMESTRE.",  # truncated
        "SE ALCANZÓ UN AVANCE DEL 21.71 % DE LA META ANUAL.",  # 695 of 3200
    ],
)
def test_what_was_achieved_given_as_achieved_passes(narrative: str) -> None:
    subject = counted((800,) * 4, achieved=(695, None, None, None), narrative=narrative)

    assert findings_of("NARRATIVA_PORCENTAJE", subject) == []


def test_a_percentage_meta_may_give_its_achieved_percentage() -> None:
    narrative = "EL ÍNDICE TUVO UN CUMPLIMIENTO DEL 99.44 %, CONSIDERÁNDOSE FAVORABLE."
    subject = percent(num=(100,) * 4, den=(100,) * 4, achieved=(99.44, 100), narrative=narrative)

    assert findings_of("NARRATIVA_PORCENTAJE", subject) == []


@pytest.mark.parametrize(
    ("folded", "number", "expected"),
    [
        ("SE LOGRO EL 100 % Y EL 100%", "100", [12, 23]),
        ("1100 % Y 100.5 % Y 2,100 % Y .100 %", "100", [9]),  # a point after may end a sentence
        ("100", "100", [0]),
        ("1001001 100100 100", "100", [15]),
        ("EL 86,87 % Y 186,87 %", "86,87", [3]),
        ("EL 99.44% DEL 99.445 %", "99.44", [3]),
        ("AL 5 %, 5.5 % Y 15 % O 5", "5", [3, 8, 23]),
    ],
)
def test_a_quoted_number_is_found_where_it_stands_whole(
    folded: str, number: str, expected: list[int]
) -> None:
    # Where no digit, point or comma comes before it and no digit after it (list by hand).
    assert list(standing_at(folded, number)) == expected


def test_a_quoted_number_is_found_where_the_pattern_found_it() -> None:
    # The pattern ``achieved_phrase`` compiled for each quoted number before, as the oracle.
    texts = ["", "1", "11", "111 1 .1 ,1 1. 1,", "12,1.1 121 2112 12 12%12", "100100100"]
    texts += [
        " ".join(words) for words in itertools.product(["1", "12", "0.1", "1,2", "A"], repeat=3)
    ]
    for text in texts:
        for number in ("1", "12", "1.1", "1,2", "0.1", "2"):
            pattern = re.compile(rf"(?<![0-9.,]){re.escape(number)}(?![0-9])")
            assert list(standing_at(text, number)) == [m.start() for m in pattern.finditer(text)]
