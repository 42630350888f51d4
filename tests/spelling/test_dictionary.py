"""The Spanish dictionary as staff meet it: capitals, accents, acronyms, codes and suggestions."""

from __future__ import annotations

import unicodedata

import pytest

from ism_desktop.spelling.dictionary import SpanishSpelling
from ism_desktop.spelling.words import checkable_words


def doubtful(spelling: SpanishSpelling, text: str) -> list[str]:
    return [word.text for word in spelling.doubtful(text)]


@pytest.mark.parametrize(
    "text",
    [
        "SE REALIZÓ LA ACCIÓN EN EL MUNICIPIO DE HERMOSILLO, SONORA.",
        "Se realizó la acción en el municipio de Hermosillo, Sonora.",
        # Institutional vocabulary and acronyms, singular and plural.
        "CAPACITACIÓN AL FUNCIONARIADO SOBRE TRANSVERSALIZACIÓN Y SORORIDAD",
        "CONVENIOS PROABIM Y FOBAM CON INMUJERES, EL ISM Y LA SEDESSON; LOS COMPAVIS",
        "Violencia feminicida y feminicidios; declaratoria de AVGM.",
        # Codes, figures, dates, ordinals, Roman numerals and addresses are not words.
        "PROGRAMA E306E05, 4º TRIMESTRE 2023, 08/03/2024, FORMATO ETCA-III-04, AVGM(2), 1ER",
        "CAPÍTULO IV, FRACCIÓN XII; MÁS EN www.ism.sonora.gob.mx O contacto@ism.gob.mx",
    ],
)
def test_right_spelling_is_not_flagged(spelling: SpanishSpelling, text: str) -> None:
    assert doubtful(spelling, text) == []


def test_the_slips_of_the_official_report_are_flagged(spelling: SpanishSpelling) -> None:
    text = "SE LLLEVÓ A CABO; META PROGRAMADA EN NESTE TRIMESTRE; CUMPLIDA AL PRIEMR TRIMESTRE"

    assert doubtful(spelling, text) == ["LLLEVÓ", "NESTE", "PRIEMR"]


def test_positions_point_at_the_word(spelling: SpanishSpelling) -> None:
    text = "META CUMPLIDA AL PRIEMR TRIMESTRE"

    (word,) = spelling.doubtful(text)

    assert text[word.start : word.end] == "PRIEMR"


def test_capitals_without_accents_are_words_missing_their_accent(spelling: SpanishSpelling) -> None:
    (word,) = spelling.doubtful("NO SE PROGRAMÓ ACCION PARA ESTE TRIMESTRE")

    assert word.text == "ACCION"
    assert word.suggestions == ("ACCIÓN",)
    assert word.describe() == "«ACCION» (¿ACCIÓN?)"


@pytest.mark.parametrize(
    ("word", "first"),
    [
        ("ACCION", "ACCIÓN"),
        ("accion", "acción"),
        ("Mexico", "México"),
        ("PRIEMR", "PRIMER"),
        ("LLLEVÓ", "LLEVÓ"),
        ("NESTE", "ESTE"),
        ("PESPECTIVA", "PERSPECTIVA"),
        ("NINOS", "NIÑOS"),
    ],
)
def test_suggestions_keep_the_case_as_typed(
    spelling: SpanishSpelling, word: str, first: str
) -> None:
    assert spelling.suggestions(word)[0] == first


def test_an_acronym_in_lower_case_text_is_not_checked(spelling: SpanishSpelling) -> None:
    assert doubtful(spelling, "Se firmó el convenio con la XYZQ y la WKRT.") == []
    assert doubtful(spelling, "SE FIRMÓ EL CONVENIO CON LA XYZQ") == ["XYZQ"]


def test_a_lower_case_proper_name_is_flagged(spelling: SpanishSpelling) -> None:
    assert doubtful(spelling, "en hermosillo, Sonora") == ["hermosillo"]


def test_ignored_and_added_words_are_accepted(spelling: SpanishSpelling) -> None:
    assert doubtful(spelling, "VILLAPESQUERIA Y PEÑASQUITO") == ["VILLAPESQUERIA", "PEÑASQUITO"]

    spelling.ignore("villapesqueria")
    spelling.add_words(["Peñasquito"])

    assert doubtful(spelling, "VILLAPESQUERIA Y PEÑASQUITO") == []


def test_checkable_words_skip_what_is_not_a_word() -> None:
    text = "EL 4º INFORME (E306E05) DEL ISM; LA AVGM(2) Y 1ª SESIÓN, PÁG. 3"

    assert [word for word, _, _ in checkable_words(text)] == [
        "EL",
        "INFORME",
        "DEL",
        "ISM",
        "LA",
        "SESIÓN",
        "PÁG",
    ]


def test_decomposed_accents_are_read_as_one_word(spelling: SpanishSpelling) -> None:
    text = unicodedata.normalize("NFD", "SE PROGRAMÓ LA ACCIÓN; ACCION")

    (word,) = spelling.doubtful(text)

    assert word.text == "ACCION"
    assert text[word.start : word.end] == "ACCION"
