"""NARRATIVA_NO_IMPRIMIBLE: characters the printed report's fonts cannot draw are said before print.

The fonts shipped in ``resources/fonts`` are read here with reportlab, independently of the
program's own table of what they hold.
"""

from __future__ import annotations

import random

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from ism_desktop.domain.printable_text import printable, unprintable_characters
from ism_desktop.domain.validation.catalogue import rule_by_code
from ism_desktop.domain.validation.finding import Severity
from ism_desktop.reports.pdf_fonts import fonts_dir
from tests.domain.validation.validation_cases import counted, findings_of

RULE = "NARRATIVA_NO_IMPRIMIBLE"
# The layout breaks lines and tabs itself: they are never drawn as glyphs.
LAYOUT = {"\n", "\t", "\r"}


def _drawn_by_both_fonts() -> set[int]:
    regular = TTFont("prueba-regular", str(fonts_dir() / "DejaVuSans.ttf"))
    bold = TTFont("prueba-negrita", str(fonts_dir() / "DejaVuSans-Bold.ttf"))
    return set(regular.face.charToGlyph) & set(bold.face.charToGlyph)


@pytest.fixture(scope="module")
def drawn() -> set[int]:
    return _drawn_by_both_fonts()


def test_the_table_is_what_the_shipped_fonts_draw(drawn: set[int]) -> None:
    wrong = [
        code
        for code in range(0x110000)
        if printable(chr(code)) != (code in drawn or chr(code) in LAYOUT)
    ]

    assert wrong == []


def test_characters_no_font_draws_are_one_warning_naming_each(drawn: set[int]) -> None:
    rng = random.Random(2024)
    missing = [chr(c) for c in range(0x2000, 0x30000) if c not in drawn and chr(c).isprintable()]
    chosen = rng.sample(missing, 3)
    narrative = f"SE REALIZARON 4 TALLERES {chosen[0]} EN HERMOSILLO{chosen[1]}{chosen[2]}."

    (finding,) = findings_of(RULE, counted(narrative=narrative))

    assert finding.severity is Severity.WARNING
    assert finding.field == "evaluacion.t1"
    named = ", ".join(f"«{c}» (U+{ord(c):04X})" for c in chosen)
    assert finding.message == (
        f"La evaluación tiene caracteres que el informe impreso no puede mostrar: {named}; "
        "cámbielos o quítelos antes de imprimir."
    )


def test_a_long_list_is_cut_and_repeats_are_named_once(drawn: set[int]) -> None:
    missing = [chr(c) for c in range(0x4E00, 0x9FFF) if c not in drawn][:12]
    narrative = "TALLERES " + "".join(missing) + missing[0] * 5

    (finding,) = findings_of(RULE, counted(narrative=narrative))

    assert finding.message.count("U+") == 8
    assert ") y 4 más; cámbielos" in finding.message
    assert unprintable_characters(narrative) == missing


@pytest.mark.parametrize(
    "narrative",
    [
        "SE ATENDIÓ A 1,250 MUJERES (78.5 %) EN CAJEME Y NAVOJOA; ¿ÉXITO? ¡SÍ!",
        "“Comillas” y ‘simples’ – guion — raya… • viñeta € 5° 1ª 2º ✓ → ±½",
        "Línea uno\nLínea dos\tcon tabulador\r\n",
        "",
    ],
)
def test_what_office_staff_type_is_not_a_finding(narrative: str) -> None:
    assert findings_of(RULE, counted(narrative=narrative)) == []
    assert unprintable_characters(narrative) == []


def test_the_rule_is_a_warning_of_the_catalogue() -> None:
    rule = rule_by_code(RULE)

    assert rule is not None
    assert rule.severity is Severity.WARNING


def test_every_latin1_character_is_judged_as_the_fonts_draw_it(drawn: set[int]) -> None:
    # Latin-1 text is checked through its bytes: each character, alone and inside a clean
    # evaluation, must be said exactly when neither font draws it (the layout's aside).
    wrong = []
    for code in range(256):
        char = chr(code)
        expected = [] if code in drawn or char in LAYOUT else [char]
        for text in (char, f"SE REALIZARON 4 TALLERES{char}EN ÁLAMOS ÑÜ."):
            if unprintable_characters(text) != expected:
                wrong.append((code, text))

    assert wrong == []
