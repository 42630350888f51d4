"""A long changed text is shown from where it changed, so before and after never read the same."""

from __future__ import annotations

import pytest

from ism_desktop.domain.change_excerpt import changed_excerpts, shown_change

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
        pytest.param(TEXT, TEXT, (TEXT, TEXT), id="unchanged"),
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
