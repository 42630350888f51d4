"""The 56 narratives of the official 2024 first-quarter report, through the real dictionary."""

from __future__ import annotations

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.engine import validate_report
from ism_desktop.domain.validation.settings import ValidationSettings
from ism_desktop.exchange.etca.text import parse_etca_text
from ism_desktop.spelling.dictionary import SpanishSpelling

# Every word the dictionary doubts, read by hand: three slips of the keyboard, two misspellings
# and thirteen words typed in capitals without their accent. None is a false alarm.
SLIPS = ["LLLEVÓ", "NESTE", "PRIEMR", "PESPECTIVA", "VILLAPESQUERIA"]
MISSING_ACCENT = {
    "ACCION": "ACCIÓN",
    "ALEMAN": "ALEMÁN",
    "ASESORIAS": "ASESORÍAS",
    "CARACTER": "CARÁCTER",
    "CUMPLIO": "CUMPLIÓ",
    "DIA": "DÍA",
    "IMPARTIO": "IMPARTIÓ",
    "INSTALACION": "INSTALACIÓN",
    "MEXICO": "MÉXICO",
    "PSICOLOGIA": "PSICOLOGÍA",
    "PUBLICACION": "PUBLICACIÓN",
    "SESION": "SESIÓN",
    "VIGESIMA": "VIGÉSIMA",
}


def test_every_doubtful_word_of_the_report(spelling: SpanishSpelling, seed_text: str) -> None:
    report = parse_etca_text(seed_text).report
    found = {
        word.text: word.suggestions
        for meta in report.metas
        for word in spelling.doubtful(meta.evaluation(Quarter.FIRST))
    }

    assert len(report.metas) == 56
    assert sorted(found) == sorted([*SLIPS, *MISSING_ACCENT])
    assert {word: found[word] for word in MISSING_ACCENT} == {
        word: (accented,) for word, accented in MISSING_ACCENT.items()
    }


def test_one_spelling_warning_per_evaluation(spelling: SpanishSpelling, seed_text: str) -> None:
    report = parse_etca_text(seed_text).report

    result = validate_report(report, Quarter.FIRST, ValidationSettings(spelling=spelling))

    spelling_warnings = [f for f in result.findings if f.rule == "ORTOGRAFIA"]
    assert len(spelling_warnings) == 19
    assert all(not f.is_error for f in spelling_warnings)
    assert len({f.meta_id for f in spelling_warnings}) == 19
    dialogues = next(m for m in report.metas if m.description.startswith("DIÁLOGOS POR LA PAZ"))
    (message,) = [f.message for f in result.for_meta(dialogues.stable_id) if f.rule == "ORTOGRAFIA"]
    assert message == (
        "Revise la ortografía de la evaluación: «LLLEVÓ», «ALEMAN» (¿ALEMÁN?), «DIA» (¿DÍA?)."
    )
