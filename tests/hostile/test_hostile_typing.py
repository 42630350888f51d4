"""What a person types or pastes: an over-long or non-text evaluation is a validation error."""

from __future__ import annotations

import pytest

from ism_desktop.domain.limits import MAX_NARRATIVE_CHARS
from ism_desktop.domain.number_input import FigureInputError, parse_figure
from ism_desktop.domain.observation import Observation
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.justification import Justification, JustificationKey
from tests.domain.validation.validation_cases import counted, findings_of
from tests.hostile.generators import control_characters, huge_numbers, lone_surrogates

RULE = "EVALUACION_NO_ADMISIBLE"


def test_an_evaluation_over_the_limit_is_an_error_naming_the_limit() -> None:
    (finding,) = findings_of(RULE, counted(narrative="SE REALIZÓ. " * 2_000))

    assert finding.field == "evaluacion.t1"
    assert "demasiado larga: máx. 20\u00a0000 caracteres" in finding.message


def test_an_evaluation_at_the_limit_is_fine() -> None:
    assert findings_of(RULE, counted(narrative="A" * MAX_NARRATIVE_CHARS)) == []


@pytest.mark.parametrize(
    ("case", "bad"), [*control_characters(), *lone_surrogates()], ids=lambda v: str(v)
)
def test_a_pasted_character_that_is_not_text_is_an_error(case: str, bad: str) -> None:
    (finding,) = findings_of(RULE, counted(narrative=f"SE REALIZARON{bad} 10 EVENTOS"))

    assert "carácter que no es texto" in finding.message


@pytest.mark.parametrize(("case", "bad"), [*control_characters(), *lone_surrogates()])
def test_justifications_and_observations_refuse_what_is_not_text(case: str, bad: str) -> None:
    key = JustificationKey(2024, "0" * 16, Quarter.FIRST, "REGLA")
    with pytest.raises(ValueError, match="carácter que no es texto"):
        Justification.justified(key, f"SE{bad} REPROGRAMÓ", "ana", "2024-04-01")
    with pytest.raises(ValueError, match="carácter que no es texto"):
        Observation(
            2024, Quarter.FIRST, "0" * 16, f"REVISAR{bad} LA EVIDENCIA", "ana", "2024-04-01"
        )


@pytest.mark.parametrize(("case", "figure"), list(huge_numbers()))
def test_a_typed_huge_figure_is_refused(case: str, figure: str) -> None:
    # An exponent is no way to type a figure at all.
    said = "no es un número" if "E" in figure else "demasiado grande"
    with pytest.raises(FigureInputError, match=said):
        parse_figure(figure)
