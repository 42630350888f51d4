"""Which characters a clave and a meta description may hold (``domain/look_alike.py``)."""

from __future__ import annotations

import pytest

from ism_desktop.domain.look_alike import description_problem, fold_widths, key_problem
from tests.hostile.generators import fullwidth, invisible_characters, look_alike_keys

KEYS = dict(look_alike_keys("A.1")) | dict(look_alike_keys("ACC-01"))


@pytest.mark.parametrize("case", KEYS)
def test_a_clave_that_reads_as_another_has_a_problem(case: str) -> None:
    problem = key_problem(fold_widths(KEYS[case]))

    assert problem is not None
    assert "se leería igual que otra" in problem
    assert problem.isprintable()


@pytest.mark.parametrize("key", ["A.1", "ACC-01", "CAPACITACIÓN-1", "Ñ.2", "b 3"])
def test_a_clave_of_the_spanish_keyboard_has_none(key: str) -> None:
    assert key_problem(fold_widths(key)) is None


@pytest.mark.parametrize("key", ["A.1", "ACC-01", "B-2 bis"])
def test_a_clave_at_full_width_is_its_characters(key: str) -> None:
    assert fold_widths(fullwidth(key)) == key


@pytest.mark.parametrize(("case", "char"), list(invisible_characters()))
def test_an_invisible_character_keeps_its_message(case: str, char: str) -> None:
    problem = key_problem(f"A{char}.1")

    assert problem is not None
    assert problem.startswith(f"tiene un carácter que no se ve o parece un espacio ({case}")


@pytest.mark.parametrize(
    ("text", "alphabet"),
    [("C\u0410PACITAR", "cirílico"), ("MUJ\u0395RES", "griego"), ("TALLER\u0578", "armenio")],
)
def test_a_description_with_a_letter_of_another_alphabet_names_it(text: str, alphabet: str) -> None:
    problem = description_problem(text)

    assert problem is not None
    assert f"del alfabeto {alphabet}" in problem


@pytest.mark.parametrize(
    "text",
    [
        "CAPACITACIÓN A MUJERES – «ATENCIÓN» 2º",
        "ÜBER ß µ",
        "PROGRAMA ŐČ",
        fullwidth("TALLER"),
        "PORCENTAJE ≥ 50 % … ✓",
    ],
)
def test_a_description_of_spanish_text_and_signs_has_none(text: str) -> None:
    assert description_problem(text) is None


@pytest.mark.parametrize(
    ("typed", "read"),
    [("CAPACITACIO\u0301N-1", "CAPACITACIÓN-1"), ("N\u0303.2", "Ñ.2"), ("\u212a.1", "K.1")],
    ids=["acento-aparte", "tilde-aparte", "signo-kelvin"],
)
def test_a_clave_written_in_parts_is_the_same_clave(typed: str, read: str) -> None:
    # The same characters (canonically): macOS and some editors write «Ó» as O and an accent.
    assert fold_widths(typed) == read
    assert key_problem(fold_widths(typed)) is None
