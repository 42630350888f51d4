"""Counts agree with their noun: one page, two pages."""

from __future__ import annotations

import pytest

from ism_desktop.domain.wording import count, shortened


@pytest.mark.parametrize(
    ("number", "said"),
    [(0, "0 metas revisadas"), (1, "1 meta revisada"), (2, "2 metas revisadas")],
)
def test_the_noun_agrees_with_the_number(number: int, said: str) -> None:
    assert count(number, "meta revisada", "metas revisadas") == said


@pytest.mark.parametrize(
    ("text", "limit", "said"),
    [
        ("ASESORÍA LEGAL", 60, "ASESORÍA LEGAL"),  # short enough: as it is
        (
            "CAPACITACIÓN A SERVIDORES PÚBLICOS EN MATERIA DE GÉNERO",
            30,
            "CAPACITACIÓN A SERVIDORES…",
        ),
        ("CAPACITACIÓN A SERVIDORES PÚBLICOS", 27, "CAPACITACIÓN A SERVIDORES…"),
        ("CAPACITACIÓN, ASESORÍA Y SEGUIMIENTO", 26, "CAPACITACIÓN, ASESORÍA Y…"),
        ("ESTUDIOS   SOCIOECONÓMICOS DE LAS FAMILIAS", 20, "ESTUDIOS…"),
        ("SOCIOECONÓMICOSDELASFAMILIASATENDIDAS", 12, "SOCIOECONÓM…"),  # one long word: cut
        ("ABCDEF", 6, "ABCDEF"),
    ],
)
def test_a_long_text_is_shortened_between_words(text: str, limit: int, said: str) -> None:
    assert shortened(text, limit) == said
    assert len(shortened(text, limit)) <= limit
