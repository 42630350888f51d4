"""The vocabulary and patterns of the narratives, on folded text (capitals, no accents)."""

from __future__ import annotations

import re

MONTHS = {
    "ENERO": 1, "FEBRERO": 2, "MARZO": 3, "ABRIL": 4, "MAYO": 5, "JUNIO": 6, "JULIO": 7,
    "AGOSTO": 8, "SEPTIEMBRE": 9, "SETIEMBRE": 9, "OCTUBRE": 10, "NOVIEMBRE": 11,
    "DICIEMBRE": 12,
}  # fmt: skip
_MONTH = "|".join(MONTHS)
QUARTER_WORDS = {"PRIMER": 1, "PRIMERO": 1, "SEGUNDO": 2, "TERCER": 3, "TERCERO": 3, "CUARTO": 4}
NUMBER_WORDS = {
    "DOS": 2, "TRES": 3, "CUATRO": 4, "CINCO": 5, "SEIS": 6, "SIETE": 7, "OCHO": 8,
    "NUEVE": 9, "DIEZ": 10, "ONCE": 11, "DOCE": 12, "QUINCE": 15, "VEINTE": 20,
}  # fmt: skip
# Words after which a number is a reference into a document, not a quantity.
REFERENCE_WORDS = frozenset({
    "ARTICULO", "ARTICULOS", "ART", "ARTS", "FRACCION", "FRACCIONES", "FRACC", "NUMERAL",
    "NUMERALES", "INCISO", "INCISOS", "LEY", "CAPITULO", "CAPITULOS", "APARTADO", "APARTADOS",
    "PARRAFO", "PARRAFOS", "ANEXO", "ANEXOS", "APENDICE", "OFICIO", "OFICIOS", "FOLIO",
    "FOLIOS", "NUMERO", "NUM", "NO", "TRANSITORIO", "REGLA", "REGLAS", "SECCION", "TITULO",
    "CLAVE", "ACUERDO", "ACUERDOS", "NOM", "LOTE", "PISO", "CALLE", "COLONIA", "CP",
})  # fmt: skip
REFERENCE_JOINERS = frozenset({"Y", "E", "AL", "A", "-", ","})
# Words a number right after names the administrative unit ("UNIDAD ADMINISTRATIVA 4", "UA 6"),
# not a count; ADMINISTRATIVA only as in "UNIDAD ADMINISTRATIVA". After "UNIDAD", "ÁREA" or
# "EXPEDIENTE" alone a number may be a count ("EN EL ÁREA 25 CONSTANCIAS"): only a code's leading
# zeros ("UNIDAD 004") make it a name there. Each also as it stands after an opening bracket.
NAMING_WORDS = frozenset(
    variant for word in ("UA", "ADMINISTRATIVA") for variant in (word, f"({word}")
)
YEAR_PRECEDERS = frozenset(
    {*MONTHS, "EJERCICIO", "ANO", "ANOS", "DE", "DEL", "EL", "TRIMESTRE", "SEMESTRE", "CIERRE"}
)
NOT_A_GAP_WORDS = frozenset({"O", "Y", "ES", "LO", "LA", "EL", "DE", "QUE", "AL", "SI"})
NEGATIONS = frozenset({"NO", "SIN", "NI"})
# Connectors that start with a negation word but negate nothing.
NOT_NEGATING = frozenset({"OBSTANTE", "EMBARGO"})

# Cheap substring tests that let a narrative skip a whole family of patterns.
# (Claims test them one by one: each holds a claim stem or a word the numbers may rule out.)
NOT_MET_HINTS = ("DIFERENCIA EN CONTRA", "NO SE ALCANZO", "NO SE LOGRO", "INCUMPL")
EVIDENCE_HINTS = ("ENCUENTRA", "DISPONIBLE", "RESGUARDO", "CARPETA", "ARCHIVO")
DIFFERENCE_HINTS = ("MAS", "MENOS", "REBAS", "SUPER", "EXCED", "SOBREPAS", "DIFERENCIA", "FALTA")

# A run of digits with separators, not part of a code (E306E05), of a longer figure (.5, 1/2)
# nor an ordinal (4O, 1ER); its exact shape is checked where it is found.
# (The first digit comes before the look behind so that the engine can skip to the digits.)
NUMBER_RUN = re.compile(r"[0-9](?<![A-Za-z0-9.,/][0-9])(?>[0-9]*(?:[.,][0-9]+)*)(?![A-Za-z0-9])")
# A run of digits with two points ("1.2.3"), among runs joined by spaces: its shape needs a look.
TWO_POINTS = re.compile(r"\.[0-9]+\.")
# «12,5»: a decimal comma, or a list of two ("3,4 Y 7"); only a percent sign after it tells.
DECIMAL_COMMA = re.compile(r"[0-9]+,[0-9]{1,2}")
NUMBER_SHAPE = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
NUMBER_WORD = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b")
MONTH_AFTER = re.compile(rf"\s*(?:DE\s+)?({_MONTH})(?![A-Z])")
YEAR_AFTER_MONTH = re.compile(r"\s*(?:DE|DEL|,)?\s*([0-9]{4})(?![0-9])")
NUMERIC_DATE = re.compile(r"(?<![0-9/])([0-9]{1,2})/([0-9]{1,2})/([0-9]{2}|[0-9]{4})(?![0-9/])")
QUARTER_BEFORE = re.compile(
    r"(?:\b(PRIMER|PRIMERO|SEGUNDO|TERCER|TERCERO|CUARTO)"
    r"|(?<![0-9])([1-4])\s*(?:O|ER|ERO|DO|RO|TO)?\.?)\s*$"
)
QUARTER_YEAR_AFTER = re.compile(r"\s*(?:DEL?\s+)?(?:EJERCICIO\s+|ANO\s+)?,?\s*([0-9]{4})(?![0-9])")
QUARTER_NUMBER_AFTER = re.compile(r"\s+([1-4])(?![0-9A-Z])(?!\s*(?:DE|DEL)\s+[A-Z]+)")
PERCENT_AFTER = re.compile(r"\s*(?:%|POR\s?CIENTO\b)")
# After a number: a percentage, or else a month (the number is a day); one look for both.
PERCENT_OR_MONTH_AFTER = re.compile(rf"(?P<percent>{PERCENT_AFTER.pattern})|{MONTH_AFTER.pattern}")
WORD_AFTER = re.compile(r"\s+[A-Z]")
CODE_AFTER = re.compile(r"[-/][A-Z0-9]")
DIFF_AFTER = re.compile(r"\s+(?:([A-Z]+)\s+){0,2}?(MENOS|MAS)\b")
# No digit in between: in "DIFERENCIA DE 105 MENOS DE LA META DE 800", 800 is the target.
DIFFERENCE_BEFORE = re.compile(
    r"\bDIFERENCIA\b(?:\s+(EN CONTRA|A FAVOR|NEGATIVA|POSITIVA))?[^.;\d]{0,40}?\bDE\s+$"
)
EXCESS_STEMS = ("REBAS", "SUPER", "EXCED", "SOBREPAS")
EXCESS_LINKS = frozenset({"CON", "EN", "POR"})
SHORTFALL_WORDS = frozenset({"FALTARON", "FALTANDO", "FALTAN", "PENDIENTES"})
EXCESS_OR_SHORTFALL_HINTS = (*EXCESS_STEMS, "FALTA", "PENDIENTES", "DEBAJO")
SINGULAR_ARTICLES = frozenset({"EL", "LA", "DEL", "AL"})
PLANNING_WORDS = frozenset({"PARA", "HASTA", "PARTIR", "PROXIMO", "SIGUIENTE"})
# After a one- or two-digit number: "1. PROABIM", "2) ACTA", "3.- FORO".
LIST_MARKER_AFTER = re.compile(r"(?:\.-?|\))\s+[A-Z]")
GOAL_BEFORE = re.compile(r"\bMETA\s+(?:FIJADA\s+|PROGRAMADA\s+)?DE\s+$")
# Before a percentage, the words that give it as achieved ("SE LOGRÓ UN CUMPLIMIENTO DEL 100 %",
# "CUMPLIÉNDOSE AL 100 %"): the noun or verb of a result, then only articles and prepositions.
# Infinitives ("PARA ALCANZAR EL 100 %") state an aim, not a result, and are left out.
ACHIEVED_BEFORE = re.compile(
    r"\b(?:CUMPLIMIENTO|AVANCE|LOGRO|LOGRANDO|LOGRAMOS|LOGRARON|ALCANZO|ALCANZANDO|ALCANZAMOS"
    r"|ALCANZARON|CUMPLIO|CUMPLIERON|CUMPLIENDO|CUMPLIENDOSE|OBTUVO|OBTUVIERON|OBTENIENDO)"
    r"(?:\s+(?:UN|UNA|EL|LA|DE|DEL|AL|EN|CON|LO)){0,3}\s*$"
)
ACHIEVED_HINTS = ("CUMPL", "AVANCE", "LOGR", "ALCANZ", "OBTUV", "OBTENI")
# Words right before those that make the percentage the target: "LA META DE CUMPLIMIENTO DEL",
# "SE PROGRAMÓ UN AVANCE DEL", "SE ESPERA UN AVANCE DEL".
TARGET_STEMS = ("PROGRAM", "META", "ESPERA", "PREVI", "PLANEA", "PROYECT", "ESTIMA", "OBJETIV")
# After a percentage's sign: a gap from the target ("9.5 % MÁS", "13 % POR DEBAJO").
GAP_AFTER = re.compile(r"\s+(?:[A-Z]+\s+)?(?:MAS|MENOS|DEBAJO|ENCIMA|ARRIBA|ABAJO)\b")

# The verb forms that claim a result, by stem; the stem is found first, the form checked after.
CLAIM_FORMS = (
    ("CUMPL", re.compile(r"CUMPL(?:ID[AO]S?|IO|IERON|IENDOSE|IENDO|IMOS)(?![A-Z])")),
    ("ALCANZ", re.compile(r"ALCANZAD[AO](?![A-Z])")),
    ("REBAS", re.compile(r"REBAS(?:O|ANDO|AMOS|ARON|AD[AO]S?)(?![A-Z])")),
    ("SUPER", re.compile(r"SUPER(?:O|ARON|ANDO|AD[AO]S?)(?![A-Z])")),
    ("EXCED", re.compile(r"EXCED(?:IO|IENDO)(?![A-Z])")),
    ("SOBREPAS", re.compile(r"SOBREPAS(?:O|ANDO)(?![A-Z])")),
)
# The same without the excess stems, for a text the numbers' reading found has none.
CLAIM_FORMS_BUT_EXCESS = tuple(form for form in CLAIM_FORMS if form[0] not in EXCESS_STEMS)
NOT_MET = re.compile(
    r"\b(?:DIFERENCIA EN CONTRA|NO SE ALCANZO|NO SE LOGRO|INCUMPLIO|INCUMPLIDA"
    r"|INCUMPLIMIENTO (?:EN|DE) (?:ESTA|LA) META)\b"
)
PROGRAMMED_FORM = re.compile(r"PROGRAM(?:O|ARON|AD[AO]S?|ACION|AR)(?![A-Z])")
ACTION_STEMS = ("CUMPL", "ALCANZ", "LOGR", "REALIZ", "REBAS", "EJECUT")
# Words that give a cause. Stems match any ending (CAUSA, CAUSAS; AJENA, AJENOS); phrases that
# end in QUE must end there ("YA QUE", not "YA QUEDÓ").
EXPLANATION_STEMS = (
    "DEBIDO", "RAZON", "CAUSA", "AJEN", "OCASION", "ORIGINAD", "ATRIBUIBLE", "MOTIVO", "DERIVAD",
    "GRACIAS A", "A PESAR", "POR FALTA", "SIN EMBARGO", "NO OBSTANTE", "PORQUE",
)  # fmt: skip
EXPLANATION_PHRASES = ("YA QUE", "PUESTO QUE", "DADO QUE", "TODA VEZ QUE")
WRONG_PERIOD_WORDS = ("CUATRIMESTRE", "BIMESTRE")
WRONG_PERIOD_PHRASES = tuple(
    f"{period} QUE SE {verb}"
    for period in ("SEMESTRE", " MES", " ANO")
    for verb in ("INFORMA", "REPORTA")
)
FUTURE_CONTEXT = re.compile(
    r"\b(?:PROGRAMAD[AO]S?|PROXIM[AO]S?|SIGUIENTE|PREVIST[AO]S?|FECHA PARA|PENDIENTE|SE TIENE"
    r"|SE LLEVARA|SE REALIZARA|SE CELEBRARA|AGENDAD[AO]S?)\b"
)
ROMAN = re.compile(r"M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})")
EVIDENCE = re.compile(
    r"\b(?:EVIDENCIA|EVIDENCIAS|INFORMACION|DOCUMENTACION|SOPORTE|SOPORTES)\b"
    r"[^.;]*?\b(?:SE ENCUENTRA|SE ENCUENTRAN|DISPONIBLE|RESGUARDO|CARPETA|ARCHIVO)\b"
)
SENTENCE_END = re.compile(r"[.;:!?]")
TOKEN = re.compile(r"[A-Z0-9]+(?:\.\d+)?")
DIGIT = re.compile(r"[0-9]")


def with_punctuation(words: frozenset[str] | dict[str, int]) -> frozenset[str]:
    """The words as they stand between blanks: bare, or with a comma, period… next to them.

    Comparing the blank-separated pieces of a text with this set is one C-level operation,
    where stripping each piece first costs more than the rest of the narrative checks.
    """
    return frozenset(
        variant
        for word in words
        for variant in (word, f"({word}", *(f"{word}{mark}" for mark in ".,;:)"))
    )


NUMBER_WORD_PIECES = with_punctuation(NUMBER_WORDS)
