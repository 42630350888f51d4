"""A long changed text is shown from where it changed, so before and after never read the same."""

from __future__ import annotations

import pytest

from ism_desktop.domain.change_excerpt import (
    SPACES_ONLY,
    change_phrase,
    changed_excerpts,
    shown_change,
)

TEXT = (
    "PARA EL PRIMER TRIMESTRE DEL EJERCICIO 2024, NO FUERON PROGRAMADAS ACCIONES DE "
    "CAPACITACIÓN EN LA UNIDAD."
)
OPENING = "PARA EL PRIMER TRIMESTRE DEL EJERCICIO 2024, NO FUERON…"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(
            TEXT,
            TEXT[:-1] + " DE ATENCIÓN.",
            ("…CAPACITACIÓN EN LA UNIDAD.", "…CAPACITACIÓN EN LA UNIDAD DE ATENCIÓN."),
            id="added-at-the-end",
        ),
        pytest.param(
            TEXT,
            TEXT[:-1] + "!",
            ("…CAPACITACIÓN EN LA UNIDAD.", "…CAPACITACIÓN EN LA UNIDAD!"),
            id="last-character",
        ),
        pytest.param(
            TEXT,
            TEXT.replace("PROGRAMADAS", "PROGRAMADOS"),
            (
                "…NO FUERON PROGRAMADAS ACCIONES DE CAPACITACIÓN EN LA…",
                "…NO FUERON PROGRAMADOS ACCIONES DE CAPACITACIÓN EN LA…",
            ),
            id="one-character-in-the-middle",
        ),
        pytest.param(
            TEXT,
            TEXT.replace("ACCIONES DE ", ""),
            (
                "…FUERON PROGRAMADAS ACCIONES DE CAPACITACIÓN EN LA UNIDAD.",
                "…FUERON PROGRAMADAS CAPACITACIÓN EN LA UNIDAD.",
            ),
            id="words-left-out-in-the-middle",
        ),
        pytest.param(
            TEXT,
            TEXT.replace("PARA", "DURANTE"),
            (OPENING, "DURANTE EL PRIMER TRIMESTRE DEL EJERCICIO 2024, NO FUERON…"),
            id="at-the-start",
        ),
        pytest.param(TEXT, "SIN AVANCE.", (OPENING, "SIN AVANCE."), id="whole-text"),
        pytest.param(
            "A" * 100,
            "A" * 99 + "B",
            ("…" + "A" * 21, "…" + "A" * 20 + "B"),
            id="one-long-word",
        ),
        pytest.param(
            "SE REALIZARON 5", "SE REALIZARON 6", ("SE REALIZARON 5", "SE REALIZARON 6"), id="short"
        ),
        # Cut as any other: a note never carries a whole evaluation, changed or not.
        pytest.param(TEXT, TEXT, (OPENING, OPENING), id="unchanged"),
    ],
)
def test_a_long_change_shows_where_it_differs(
    old: str, new: str, expected: tuple[str, str]
) -> None:
    assert changed_excerpts(old, new) == expected


def _changes() -> list[tuple[str, str]]:
    """The text changed one character at a time, at every position: replaced, added, left out."""
    cases = []
    for at in range(len(TEXT)):
        cases.append((TEXT, f"{TEXT[:at]}#{TEXT[at + 1 :]}"))
        cases.append((TEXT, f"{TEXT[:at]}# {TEXT[at:]}"))
        cases.append((TEXT, TEXT[:at] + TEXT[at + 1 :]))
    return cases


def _spacing_changes() -> list[tuple[str, str]]:
    """The text with one space doubled, or made a line break, at every space of it."""
    spaces = [at for at, character in enumerate(TEXT) if character == " "]
    return [
        (TEXT, f"{TEXT[:at]}{blank}{TEXT[at + 1 :]}") for at in spaces for blank in ("  ", "\n")
    ]


@pytest.mark.parametrize(("old", "new"), _changes())
def test_before_and_after_never_read_the_same(old: str, new: str) -> None:
    shown_old, shown_new = changed_excerpts(old, new)

    assert shown_old != shown_new
    for text, shown in ((old, shown_old), (new, shown_new)):
        assert len(shown) <= 60
        # What is shown is the text itself, with «…» only where some of it was left out.
        assert shown.strip("…") in text
        assert shown.startswith("…") == (not text.startswith(shown.strip("…")))
        assert shown.endswith("…") == (not text.endswith(shown.strip("…")))


@pytest.mark.parametrize(("old", "new"), _spacing_changes())
def test_a_change_of_spaces_alone_is_said_so_not_shown_as_two_equal_sides(
    old: str, new: str
) -> None:
    # Both made one plain line, they read the same: «X → X», each side the whole text.
    assert change_phrase(old, new) == SPACES_ONLY
    assert SPACES_ONLY == "(solo cambiaron espacios o saltos de línea)"
    # Cut even so, at most 60 characters a side, and still where they differ.
    shown_old, shown_new = changed_excerpts(old, new)
    assert shown_old != shown_new
    assert len(shown_old) <= 60
    assert len(shown_new) <= 60


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("391.00", "396.00", ("391", "396")),
        ("0.00", "5", ("0", "5")),
        ("", "12.50", ("(vacío)", "12.5")),
        ("SE HIZO", "", ("«SE HIZO»", "(vacío)")),
        ("12", "DOCE", ("«12»", "«DOCE»")),
    ],
)
def test_figures_read_as_in_the_review_table(old: str, new: str, expected: tuple[str, str]) -> None:
    assert shown_change(old, new) == expected


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("5", "5.0", "«5» → «5.0»"),
        ("100", "1E2", "«100» → «1E2»"),
        ("3", "\uff13", "«3» → «\uff13»"),
        ("12", "12.00", "«12» → «12.00»"),
    ],
)
def test_an_evaluation_that_looks_like_a_figure_is_shown_as_typed(
    old: str, new: str, expected: str
) -> None:
    # Read as figures, «5» and «5.0» both showed as 5: a change of two equal sides.
    assert change_phrase(old, new, "evaluacion.t1") == expected
    # Without the field, two figures that read the same are shown as typed all the same.
    assert change_phrase(old, new) == expected


def test_a_figure_field_reads_as_in_the_table() -> None:
    assert change_phrase("391.00", "396", "realizado.t1.num") == "391 → 396"
    assert change_phrase("", "12.50", "modificado.anual.den") == "(vacío) → 12.5"
    # The field says evaluation: a number typed there is text like any other.
    assert change_phrase("391", "396", "evaluacion.t2") == "«391» → «396»"
