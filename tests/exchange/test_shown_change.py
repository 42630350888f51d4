"""A change of a long text is shown where it changed, not by two openings that read the same."""

from __future__ import annotations

from ism_desktop.domain.change_excerpt import shown_change
from ism_desktop.domain.wording import shortened
from ism_desktop.exchange.intake.diff import shown_pair

OPENING = "SE BRINDARON 1580 ATENCIONES PSICOLÓGICAS A MUJERES EN SITUACIÓN DE VIOLENCIA EN EL "


def test_a_change_near_the_end_of_a_long_text_is_shown_around_it() -> None:
    # Both were cut to «SE BRINDARON 1580 … EN E…»: listed as changed, but not seen to.
    old, new = shown_pair(OPENING + "MUNICIPIO DE HERMOSILLO.", OPENING + "MUNICIPIO DE CAJEME.")

    assert old != new
    assert "HERMOSILLO" in old
    assert "CAJEME" in new
    assert old.startswith("«…")
    assert len(old) <= 64


def test_short_values_and_figures_are_shown_as_before() -> None:
    assert shown_pair("386.00", "400") == ("386", "400")
    assert shown_pair("", "BIEN") == ("(vacío)", "BIEN")
    assert shown_pair("UNO DOS", "UNO TRES") == ("«UNO DOS»", "«UNO TRES»")


def test_a_text_changed_at_its_start_keeps_its_opening() -> None:
    old, new = shown_pair("A" + OPENING * 2, "B" + OPENING * 2)

    assert old.startswith("«A")
    assert new.startswith("«B")


def test_the_table_cuts_a_long_text_between_words_as_the_note_under_it() -> None:
    before = (
        "SE REALIZARON 12 TALLERES DE SENSIBILIZACIÓN CON ORGANIZACIONES SOCIALES PARA LA IGUALDAD."
    )
    after = before.replace("IGUALDAD.", "IGUALDAD SUSTANTIVA.")

    old, new = shown_pair(before, after)

    # It read «…LES PARA LA IGUALDAD.», half of «SOCIALES»; the note read otherwise.
    assert (old, new) == (
        "«…SOCIALES PARA LA IGUALDAD.»",
        "«…SOCIALES PARA LA IGUALDAD SUSTANTIVA.»",
    )
    assert (old, new) == shown_change(before, after)


def test_a_long_text_made_empty_or_a_figure_is_cut_between_words() -> None:
    long_text = OPENING * 2

    # Cut between words, not «…MUJERES EN SITU…».
    assert shown_pair(long_text, "") == (f"«{shortened(long_text, 60)}»", "(vacío)")
    assert shown_pair(long_text, "5.00") == (f"«{shortened(long_text, 60)}»", "5")
