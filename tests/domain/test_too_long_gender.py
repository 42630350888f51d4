"""A too-long value is refused in words that agree with its noun: «el autor … demasiado largo»."""

from __future__ import annotations

import pytest

from ism_desktop.domain.limits import too_long
from ism_desktop.domain.observation import Observation
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.justification import Justification, JustificationKey

_KEY = JustificationKey(2024, "0" * 16, Quarter.FIRST, "AVANCE_FUERA")
_TOO_LONG = "x" * 20_001
_LIMIT = "máx. 20\u00a0000 caracteres (tiene 20\u00a0001)"


@pytest.mark.parametrize(
    ("feminine", "expected"),
    [(True, f"es demasiado larga: {_LIMIT}"), (False, f"es demasiado largo: {_LIMIT}")],
)
def test_the_adjective_agrees_with_the_noun_the_caller_names(feminine: bool, expected: str) -> None:
    assert too_long(_TOO_LONG, feminine=feminine) == expected
    assert too_long("x" * 20_000, feminine=feminine) is None


def test_a_justifications_too_long_author_is_largo() -> None:
    with pytest.raises(ValueError, match="demasiado") as caught:
        Justification(_KEY, "motivo", _TOO_LONG, "2024-04-01")

    assert str(caught.value) == f"El autor es demasiado largo: {_LIMIT}."


def test_a_too_long_justification_is_larga() -> None:
    with pytest.raises(ValueError, match="demasiado") as caught:
        Justification(_KEY, _TOO_LONG, "ANA", "2024-04-01")

    assert str(caught.value) == f"La justificación es demasiado larga: {_LIMIT}."


def test_a_too_long_observation_is_larga() -> None:
    with pytest.raises(ValueError, match="demasiado") as caught:
        Observation(2024, Quarter.FIRST, "0" * 16, _TOO_LONG, "ANA", "2024-04-01")

    assert str(caught.value) == f"La observación es demasiado larga: {_LIMIT}."
