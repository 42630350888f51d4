"""Counts agree with their noun: one page, two pages."""

from __future__ import annotations

import pytest

from ism_desktop.domain.wording import count


@pytest.mark.parametrize(
    ("number", "said"),
    [(0, "0 metas revisadas"), (1, "1 meta revisada"), (2, "2 metas revisadas")],
)
def test_the_noun_agrees_with_the_number(number: int, said: str) -> None:
    assert count(number, "meta revisada", "metas revisadas") == said
