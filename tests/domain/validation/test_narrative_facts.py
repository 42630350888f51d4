"""Reading a narrative: what is a quantity and what is a date, a year, a list or a reference."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation import narrative_patterns as p
from ism_desktop.domain.validation.narrative_clauses import date_looks_ahead, number_value
from ism_desktop.domain.validation.narrative_facts import (
    NarrativeFacts,
    narrative_facts,
    read_together,
)
from ism_desktop.domain.validation.narrative_mentions import Claim, Direction
from ism_desktop.domain.validation.narrative_numbers import number_runs
from ism_desktop.domain.validation.narrative_text import fold_text


def figures(text: str) -> list[str]:
    return [figure.text for figure in NarrativeFacts(text).figures]


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Asesoría legal", "ASESORIA LEGAL"),
        ("CAMPAÑA 4º TRIMESTRE", "CAMPANA 4O TRIMESTRE"),
        ("1° trimestre", "1O TRIMESTRE"),
        ("«SESIÓN»", "?SESION?"),  # same length: positions map back to the written text
    ],
)
def test_folding(text: str, folded: str) -> None:
    assert fold_text(text) == folded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SE REALIZARON 386 APOYOS", ["386"]),
        ("SE ATENDIERON 1,709 USUARIAS", ["1,709"]),
        ("EL DIA 27 DE MARZO DE 2024 SE REALIZÓ EL EVENTO", []),
        ("16 DE ENERO 2024.", []),
        ("EL 26/03/2024 SE FIRMÓ", []),
        ("PARA EL EJERCICIO 2024 SE PROGRAMARON 650 PERSONAS", ["650"]),
        ("META CUMPLIDA CON 1. PROABIM 2. FOBAM 3. AYUNTAMIENTO", []),
        ("SE REALIZÓ 1. LA EVIDENCIA ESTÁ EN LA CARPETA", ["1"]),
        ("DE LAS FRACCIONES DEL ARTÍCULO 70, 71 Y ARTICULO 81, 82 RESPECTIVAMENTE", []),
        ("SE PRESENTÓ EN EL 6 PARLAMENTO ABIERTO", []),
        ("OBJETIVO AVGM (2), MUNICIPIOS ALERTADOS(2)", []),
        ("FORMATO ETCA-III-04 DEL PROGRAMA E306E05", []),
        ("CALIFICACIÓN DEL 4º TRIMESTRE 2023", []),
        ("LA META DE DOS INSTALACIONES NO SE CUMPLIÓ", ["DOS"]),
        ("LOS TRES NIVELES DE GOBIERNO", []),
    ],
)
def test_only_quantities_are_figures(text: str, expected: list[str]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "value", "direction", "said"),
    [
        ("CON UNA DIFERENCIA DE 114 MENOS DE LA META", 114, Direction.BELOW, "114 MENOS"),
        ("DE 139 ESTUDIOS MENOS, EN RAZÓN", 139, Direction.BELOW, "139 ESTUDIOS MENOS"),
        ("REBASANDO LA META CON 78 CAPTURAS", 78, Direction.ABOVE, "REBASANDO LA META CON 78"),
        ("SE REBASÓ LA META CON DOS ACCIONES MÁS", 2, Direction.ABOVE, "DOS ACCIONES MÁS"),
        ("FALTARON 12 PARA LA META", 12, Direction.BELOW, "FALTARON 12"),
        ("UNA DIFERENCIA EN CONTRA DE 40", 40, Direction.BELOW, "DIFERENCIA EN CONTRA DE 40"),
        ("UNA DIFERENCIA DE 40 PERSONAS", 40, Direction.EITHER, "DIFERENCIA DE 40"),
    ],
)
def test_differences(text: str, value: int, direction: Direction, said: str) -> None:
    (difference,) = NarrativeFacts(text).differences

    assert (difference.value, difference.direction, difference.text) == (
        Decimal(value),
        direction,
        said,
    )


def test_the_target_after_a_difference_is_a_figure_not_a_difference() -> None:
    facts = NarrativeFacts("695 ASESORÍAS, DIFERENCIA EN CONTRA DE 105 MENOS DE LA META DE 800.")

    assert [d.text for d in facts.differences] == ["105 MENOS"]
    assert [f.text for f in facts.figures] == ["695", "800"]


def test_fifty_or_more_is_not_a_difference() -> None:
    assert NarrativeFacts("SE ATENDIERON 50 O MÁS PERSONAS").differences == ()


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("FUE DEL 99.44 %, CONSIDERÁNDOSE FAVORABLE", [("99.44", 2)]),
        (
            "AVANCE DEL 100% EN EL PRIMER TRIMESTRE Y DEL 25% DEL TOTAL ANUAL",
            [("100", 0), ("25", 0)],
        ),
        ("UN CUMPLIMIENTO DEL 100.00%;", [("100.00", 2)]),
        ("AL 50 POR CIENTO", [("50", 0)]),
    ],
)
def test_percentages(text: str, values: list[tuple[str, int]]) -> None:
    facts = NarrativeFacts(text)

    assert [(p.text, p.decimals) for p in facts.percentages] == values
    assert facts.figures == ()


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("PARA EL PRIMER TRIMESTRE DEL EJERCICIO 2024, NO FUERON", [(1, 2024, True)]),
        ("EN EL PRIMER TRIMESTRE 2024, 1709 ATENCIONES", [(1, 2024, False)]),
        ("(CALIFICACIÓN DEL 4º TRIMESTRE 2023)", [(4, 2023, False)]),
        ("META CUMPLIDA AL 2DO. TRIMESTRE", [(2, None, False)]),
        ("SE REPORTA EN EL TRIMESTRE 3", [(3, None, False)]),
        ("SE TIENE PROGRAMADO PARA EL CUARTO TRIMESTRE", [(4, None, True)]),
        ("EN EL TRIMESTRE QUE SE INFORMA", []),
        ("DURANTE LOS TRIMESTRES ANTERIORES", []),
    ],
)
def test_quarter_mentions(text: str, mentions: list[tuple[int, int | None, bool]]) -> None:
    found = [(int(m.quarter), m.year, m.planning) for m in NarrativeFacts(text).quarters]

    assert found == mentions


def test_dates_keep_their_sentence_to_tell_plans_from_facts() -> None:
    facts = NarrativeFacts(
        "SE INSTALÓ EL 20 DE FEBRERO. QUEDÓ PROGRAMADA LA SIGUIENTE PARA EL 15 DE ABRIL DE 2024."
    )

    assert [(d.day, d.month, d.year) for d in facts.dates] == [(20, 2, None), (15, 4, 2024)]
    assert [date_looks_ahead(facts.folded, d) for d in facts.dates] == [False, True]
    assert [facts.quote(d.start, d.end) for d in facts.dates] == [
        "20 DE FEBRERO",
        "15 DE ABRIL DE 2024",
    ]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("META CUMPLIDA AL PRIMER TRIMESTRE", [(Claim.MET, "CUMPLIDA")]),
        ("SE REBASÓ LA META CON DOS ACCIONES", [(Claim.EXCEEDED, "REBASÓ")]),
        ("SIN EMBARGO NO SE CUMPLIÓ CON LA META", [(Claim.NOT_MET, "NO SE CUMPLIÓ")]),
        ("NO OBSTANTE SE CUMPLIÓ LA META", [(Claim.MET, "CUMPLIÓ")]),
        ("SIN EMBARGO, SE CUMPLIÓ LA META", [(Claim.MET, "CUMPLIÓ")]),
        ("META CUMPLIDA PARCIALMENTE", [(Claim.NOT_MET, "CUMPLIDA")]),
        ("UNA DIFERENCIA EN CONTRA", [(Claim.NOT_MET, "DIFERENCIA EN CONTRA")]),
        ("AL FINAL DEL EJERCICIO SE CUMPLIRÁ LA META ANUAL", []),
        ("(CUMPLIMIENTO DE LA META ANUAL)", []),
        ("UN NIVEL SUPERIOR DE ATENCIÓN", []),
    ],
)
def test_claims(text: str, claims: list[tuple[Claim, str]]) -> None:
    assert [(c.claim, c.text) for c in NarrativeFacts(text).claims] == claims


@pytest.mark.parametrize(
    "text",
    [
        "SE REALIZARON 12 TALLERES, 2 MÁS; SE REBASÓ LA META",
        "SE REALIZARON 12 TALLERES, 2 MÁS DE LO PROGRAMADO Y SE SUPERÓ LA META",
        "SE REALIZARON 12 TALLERES Y SE EXCEDIÓ LA META",
        "SE REALIZARON 12 TALLERES, SOBREPASANDO LA META",
        "SE REALIZARON 12 TALLERES, UNA DIFERENCIA EN CONTRA",
        "SE REALIZARON 12 TALLERES CON 3 MENOS, UNA DIFERENCIA EN CONTRA",
        "SE REALIZARON 12 TALLERES, 3 MENOS: NO SE ALCANZÓ LA META",
        "SE REALIZARON 12 TALLERES: META INCUMPLIDA",
        "SE REALIZARON 12 TALLERES, 3 MENOS: NO SE LOGRÓ LA META, NO SE CUMPLIÓ",
        "SE REALIZARON 12 TALLERES DE 15 PROGRAMADOS. NO SE ALCANZÓ NI SE SUPERÓ",
        "SE REALIZARON 12 TALLERES EN LOS PROGRAMAS, META CUMPLIDA Y REBASADA",
        "EL 12 % Y SE REBASÓ LA META, FALTARON 2",
    ],
)
def test_claims_read_after_the_numbers_are_the_claims_read_first(text: str) -> None:
    # The numbers' reading tells which difference words a text lacks; claims read after it
    # skip looking for those, and find what a narrative asked for its claims alone finds.
    alone = NarrativeFacts(text).claims
    facts = NarrativeFacts(text)
    read_together([facts])  # the numbers first

    assert alone
    assert facts.claims == alone


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("NO SE PROGRAMÓ ACCIÓN PARA ESTA META", "NO SE PROGRAMÓ"),
        ("NO FUERON PROGRAMADAS ACCIONES", "NO FUERON PROGRAMADAS"),
        (
            "NO SE CUENTA CON UNA META PROGRAMADA PARA ESTE INDICADOR",
            "NO SE CUENTA CON UNA META PROGRAMADA",
        ),
        ("NO SE GENERÓ INFORMACIÓN, PUES NO SE TENÍA PROGRAMADO AVANCE", "NO SE TENÍA PROGRAMADO"),
        ("TRIMESTRE SIN PROGRAMACIÓN", "SIN PROGRAMACIÓN"),
        ("NO SE CUMPLIÓ LO PROGRAMADO", None),
        ("QUEDÓ PROGRAMADA LA SIGUIENTE INSTALACIÓN", None),
        ("NO PARTICIPÓ EN EL PROGRAMA", None),
    ],
)
def test_saying_nothing_was_programmed(text: str, said: str | None) -> None:
    assert NarrativeFacts(text).not_programmed == said


@pytest.mark.parametrize(
    ("text", "explains"),
    [
        ("DEBIDO A LA FALTA DE PERSONAL", True),
        ("EN RAZÓN DE QUE ALGUNAS USUARIAS YA CONTABAN CON EXPEDIENTE", True),
        ("POR CAUSAS AJENAS AL INSTITUTO", True),
        ("YA QUE LA SEDE ESTUVO CERRADA", True),
        ("YA QUEDÓ PROGRAMADA LA SIGUIENTE ACTIVIDAD", False),
        ("SE REALIZARON 39 EVENTOS EN COMUNIDADES", False),
    ],
)
def test_explanations(text: str, explains: bool) -> None:
    assert NarrativeFacts(text).explains is explains


@pytest.mark.parametrize(
    ("text", "typos"),
    [
        ("SE REALIZÓ DE DE MANERA PRESENCIAL", ("DE DE",)),
        ("SE LLEVÓ A CABO LA LA SESIÓN; LA LA SESIÓN", ("LA LA",)),
        # Misspelled words are the dictionary's (ORTOGRAFIA), not patterns'.
        ("SE LLLEVÓ A CABO EL DIÁLOGO AL PRIEMR TRIMESTRE", ()),
        ("ARTÍCULO 70 70 DE LA LEY", ()),
        ("AFILIACIÓN AL ISSSTESON, FORMATO ETCA-III-04", ()),
        ("SE REALIZARON CUATRO EVENTOS EN EL CUARTO TRIMESTRE", ()),
    ],
)
def test_typing_slips(text: str, typos: tuple[str, ...]) -> None:
    assert NarrativeFacts(text).typos == typos


def test_periods_that_are_not_quarters() -> None:
    facts = NarrativeFacts("NO SE REGISTRA AVANCE PARA EL CUATRIMESTRE QUE SE INFORMA")

    assert facts.wrong_periods == ("CUATRIMESTRE",)
    assert NarrativeFacts("EN EL TRIMESTRE QUE SE INFORMA").wrong_periods == ()


def test_the_same_text_is_read_once() -> None:
    assert narrative_facts("SE REALIZARON 386 APOYOS") is narrative_facts(
        "SE REALIZARON 386 APOYOS"
    )


def test_lower_case_and_accents_are_read_like_capitals() -> None:
    facts = NarrativeFacts(
        "Se realizaron 386 apoyos, con una diferencia de 114 menos; meta no cumplida"
    )

    assert [f.text for f in facts.figures] == ["386"]
    assert [d.value for d in facts.differences] == [Decimal(114)]
    assert [c.claim for c in facts.claims] == [Claim.NOT_MET]
    assert [m.quarter for m in NarrativeFacts("primer trimestre").quarters] == [Quarter.FIRST]


_FACTS = (
    "figures", "differences", "percentages", "dates", "quarters", "claims",
    "not_programmed", "wrong_periods", "explains", "evidence_only", "pieces", "tokens", "typos",
)  # fmt: skip


@pytest.mark.parametrize("first", _FACTS)
def test_every_fact_is_the_same_whichever_is_read_first(first: str) -> None:
    # The facts every meta asks for are read together when the first of them is asked.
    text = (
        "1. SE REALIZARON 386 APOYOS, 14 MENOS DE LO PROGRAMADO EN EL 4º TRIMESTRE 2023, META "
        "CUMPLIDA AL 99.44 %. 2. TALLER EL 27 DE MARZO DE 2024 DE DE CUATRIMESTRE YA QUE "
        "LA EVIDENCIA SE ENCUENTRA EN LA CARPETA; NO SE PROGRAMÓ META."
    )
    reference = NarrativeFacts(text)
    expected = [getattr(reference, name) for name in _FACTS]
    facts = NarrativeFacts(text)
    getattr(facts, first)
    assert [getattr(facts, name) for name in _FACTS] == expected


def test_a_date_whose_month_comes_after_a_run_of_blanks_is_read() -> None:
    # ¨ folds to a blank: the month stands 42 characters after the day, beyond the 40 the
    # numbers' own look reaches, and is still a date's month.
    facts = NarrativeFacts("SE HIZO EL 3" + "¨" * 42 + "MAYO DE 2024 ALGO")

    assert [(d.day, d.month, d.year) for d in facts.dates] == [(3, 5, 2024)]
    assert facts.figures == ()


def test_dates_are_read_beside_percentages_and_list_markers() -> None:
    facts = NarrativeFacts("1. EL 2 DE MAYO SE LOGRÓ EL 45 %. 2. EL 12 ´ DE ´ ENERO 2024 OTRO")

    assert [(d.day, d.month, d.year) for d in facts.dates] == [(2, 5, None), (12, 1, 2024)]
    assert [q.text for q in facts.percentages] == ["45"]
    assert facts.figures == ()
    assert facts.number_spans() == ((0, 1), (6, 7), (28, 30), (34, 35), (40, 42), (56, 60))


def test_narratives_read_together_have_the_facts_each_has_alone() -> None:
    texts = (
        "1. SE REALIZARON 386 APOYOS, 14 MENOS EN EL 4º TRIMESTRE 2023. 2. TALLER EL 27 DE MARZO "
        "DE 2024 DE DE CUATRIMESTRE",
        "SE REALIZARON 12 TALLERES",
        "",
        "LA EVIDENCIA SE ENCUENTRA EN LA CARPETA.",
    )
    together = [NarrativeFacts(text) for text in texts]
    read_before = together[1].figures

    read_together([*together, together[0]])  # one twice, one already read

    assert together[1].figures is read_before  # not read again
    for facts, text in zip(together, texts, strict=True):
        alone = NarrativeFacts(text)
        for name in sorted(NarrativeFacts.READ_TOGETHER):
            assert getattr(facts, name) == getattr(alone, name), name
    first = together[0]
    assert [f.text for f in first.figures] == ["386"]
    assert [(d.value, d.text) for d in first.differences] == [(Decimal(14), "14 MENOS")]
    assert [(d.day, d.month, d.year) for d in first.dates] == [(27, 3, 2024)]
    assert [(m.quarter, m.year) for m in first.quarters] == [(Quarter.FOURTH, 2023)]
    assert first.wrong_periods == ("CUATRIMESTRE",)
    assert first.typos == ("DE DE",)
    assert first.word_count == 23
    assert together[2].word_count == 0
    assert together[3].evidence_only is True


def test_a_fact_asked_while_another_thread_is_reading_the_narrative_is_read() -> None:
    # The rules of a report and of an edited meta run on their own threads and share the cached
    # facts: one may ask while the other has kept only the first facts of its reading.
    text = "SE REALIZARON 386 APOYOS, 14 MENOS; LA EVIDENCIA SE ENCUENTRA EN LA CARPETA"
    facts = NarrativeFacts(text)
    facts.__dict__["word_count"] = 13  # what the other thread kept so far

    read_together([facts])

    assert [f.text for f in facts.figures] == ["386"]
    assert [d.value for d in facts.differences] == [Decimal(14)]
    assert facts.evidence_only is False


@pytest.mark.parametrize(
    "folded",
    [
        "",
        "SIN CIFRAS",
        "7",
        "E306E05 Y 4O TRIMESTRE, 1ER LUGAR",
        "1.2.3 Y 70,71 Y 1,234.50 Y .5 Y 1/2 Y 26/03/2024",
        "X1 12A 3 19,000.5,3 1. 2) 3.-",
        "AL 100% DE 386, 27 DE MARZO DE 2024",
        "AÑO 2024: 3 «ACTAS»",  # not folded: read by the pattern's own scan
    ],
)
def test_number_runs_are_the_pattern_s_runs(folded: str) -> None:
    # The runs are looked for only where a digit is: the same runs the pattern's scan finds.
    expected = [run.span() for run in p.NUMBER_RUN.finditer(folded)]
    assert [run.span() for run in number_runs(folded)] == expected


@pytest.mark.parametrize(
    ("text", "digits", "exponent"),
    [
        ("386", (3, 8, 6), 0),
        ("007", (7,), 0),
        ("0", (0,), 0),
        ("1,709", (1, 7, 0, 9), 0),
        ("86,87", (8, 6, 8, 7), -2),
        ("99.44", (9, 9, 4, 4), -2),
        ("1,250.50", (1, 2, 5, 0, 5, 0), -2),
    ],
)
def test_a_figure_is_read_with_its_exact_digits(
    text: str, digits: tuple[int, ...], exponent: int
) -> None:
    value = number_value(text)

    assert (value.as_tuple().digits, value.as_tuple().exponent) == (digits, exponent)
