"""Each rule of the Programa Anual, with its numeral in the message."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ism_desktop.domain.paimef.programme import AnnualProgramme
from ism_desktop.domain.paimef.programme_rules import check_programme
from tests.paimef_builders import action, programme

DURING_YEAR = date(2026, 6, 1)


def _rules(value: AnnualProgramme, today: date = DURING_YEAR) -> list[tuple[str, str, str]]:
    return [(f.rule, f.severity.label, f.action) for f in check_programme(value, today)]


def test_the_sample_programme_is_clean() -> None:
    assert _rules(programme()) == []


def test_missing_vertiente_is_an_error_naming_3_3_and_3_4_a() -> None:
    value = programme(action("A.1", "A", "A-I", "100"), action("C.1", "C", "C-I", "100"))
    findings = check_programme(value, DURING_YEAR)
    assert [(f.rule, f.field) for f in findings] == [("3.4a", "vertiente.B")]
    assert findings[0].is_error
    assert "Numerales 3.3 y 3.4 a)" in findings[0].message
    assert "vertiente B (Prevención de las violencias contra las mujeres)" in findings[0].message


def test_line_missing_unknown_or_of_another_vertiente() -> None:
    base = programme().actions
    value = programme(
        action("A.1", "A", "", "100"),
        action("B.1", "B", "B-IX", "100"),
        action("C.1", "C", "A-I", "100"),
        *base,
    )
    messages = [f.message for f in check_programme(value, DURING_YEAR) if f.rule == "3.4i-linea"]
    assert messages == [
        "Numeral 3.4 i): la acción A.1 no tiene línea de acción (Anexo 2).",
        "Numeral 3.4 i): «B-IX» no es una línea de acción del Anexo 2 (acción B.1).",
        "Numeral 3.4 i): la línea de acción A-I es de la vertiente A, no de la C "
        "(acción C.1, Anexo 2).",
    ]


def test_justification_and_budget_required() -> None:
    value = programme(*programme().actions, action("B.2", "B", "B-I", "0", justification=" "))
    assert _rules(value) == [
        ("3.4i-justificacion", "error", "B.2"),
        ("3.4i-presupuesto", "error", "B.2"),
    ]


def test_transversal_exactly_five_percent_is_allowed() -> None:
    # Sample: 5 000 transversal of 100 000 = 5 % exactly.
    assert programme().transversal_total * 20 == programme().programmed_total
    assert _rules(programme()) == []


def test_transversal_one_centavo_over_five_percent_is_an_error() -> None:
    actions = list(programme().actions)
    actions[1] = action("A.2", "A", "A-III", "5000.01", transversal=True)
    # 5 000.01 of 100 000.01: the limit is 5 000.0005, so one centavo over.
    findings = check_programme(programme(*actions), DURING_YEAR)
    assert [f.rule for f in findings] == ["3.5.1"]
    assert findings[0].message == (
        "Numeral 3.5.1: las actividades transversales (coordinación, monitoreo y seguimiento) "
        "suman $5,000.01, más del 5 % de $100,000.01; el máximo es 5 % ($5,000.00)."
    )


def test_exercised_over_programmed_per_action() -> None:
    actions = list(programme().actions)
    actions[0] = action("A.1", "A", "A-I", "30000.00", exercised=Decimal("30000.01"))
    assert _rules(programme(*actions)) == [("4.2.1.3", "error", "A.1")]


def test_negative_and_fractional_centavo_amounts() -> None:
    actions = list(programme().actions)
    actions[0] = action("A.1", "A", "A-I", "-1.00")
    actions[2] = action("B.1", "B", "B-II", "25000.005")
    got = [(f.rule, f.action, f.field) for f in check_programme(programme(*actions), DURING_YEAR)]
    assert ("3.4i-monto", "A.1", "monto_programado") in got
    assert ("3.4i-monto", "B.1", "monto_programado") in got


def test_missing_goals_or_evidence_is_a_warning() -> None:
    actions = list(programme().actions)
    actions[0] = action("A.1", "A", "A-I", "30000.00", goals=())
    actions[2] = action("B.1", "B", "B-II", "25000.00", evidence="")
    assert _rules(programme(*actions)) == [
        ("4.3.4.1", "aviso", "A.1"),
        ("4.3.4.1", "aviso", "B.1"),
    ]


def test_reintegro_shown_after_year_end_with_its_deadline() -> None:
    value = programme()
    assert _rules(value, date(2026, 12, 31)) == []  # the year is still open
    findings = check_programme(value, date(2027, 1, 4))
    # Unspent: 30 000 + 5 000 + 0.01 + 40 000 = 75 000.01; due 31 Dec + 15 days = 15 Jan.
    assert [f.message for f in findings] == [
        "Numeral 4.5.1: quedaron sin ejercer $75,000.01 del ejercicio 2026; deben "
        "reintegrarse a la TESOFE a más tardar el 15/01/2027 y enviarse copia del reintegro "
        "al INDESOL."
    ]
    assert "ya venció" in check_programme(value, date(2027, 1, 16))[0].message
    paid = AnnualProgramme(
        value.year,
        value.institution,
        value.actions,
        {**value.dates, "reintegro_tesofe": date(2027, 1, 10)},
    )
    assert _rules(paid, date(2027, 1, 16)) == []


def _dated(value: AnnualProgramme, **dates: date) -> AnnualProgramme:
    return AnnualProgramme(value.year, value.institution, value.actions, {**value.dates, **dates})


def test_a_refund_recorded_after_its_term_is_a_warning() -> None:
    # Numeral 4.5.1: 15 días naturales after 31 December 2026 is 15 January 2027.
    late = _dated(programme(), reintegro_tesofe=date(2027, 1, 20))
    on_time = _dated(programme(), reintegro_tesofe=date(2027, 1, 15))

    findings = check_programme(late, date(2027, 2, 1))

    assert [(f.rule, f.field, f.severity.label) for f in findings] == [
        ("4.5.1", "plazo.reintegro_tesofe", "aviso")
    ]
    assert findings[0].message == (
        "Numeral 4.5.1: «Reintegrar a la TESOFE los recursos no ejercidos y enviar copia al "
        "INDESOL» vencía el 15/01/2027 y «Reintegro a la TESOFE realizado» se registró el "
        "20/01/2027, fuera de plazo."
    )
    assert check_programme(on_time, date(2027, 2, 1)) == []


def test_deliveries_recorded_late_are_warnings_unless_an_extension_covers_them() -> None:
    # 2026: signed Friday 13 March (16 March a holiday): the Constancia de Conformidad is due
    # in 5 business days, 23 March (4.3.4.1); the ajuste total in 10, 30 March (4.3.4.2).
    late = _dated(
        programme(),
        firma_instrumento=date(2026, 3, 13),
        entrega_constancia_conformidad=date(2026, 3, 24),
        conclusion_ajuste_total=date(2026, 4, 2),
    )
    extended = _dated(late, prorroga_ajuste_total=date(2026, 3, 27))  # + 5: 6 April

    assert [(f.rule, f.field) for f in check_programme(late, DURING_YEAR)] == [
        ("4.3.4.1", "plazo.constancia_conformidad"),
        ("4.3.4.2", "plazo.ajuste_total"),
    ]
    assert [(f.rule, f.field) for f in check_programme(extended, DURING_YEAR)] == [
        ("4.3.4.1", "plazo.constancia_conformidad")
    ]


def test_with_a_prórroga_the_programme_is_judged_by_the_15_march_term() -> None:
    asked = _dated(
        programme(),
        solicitud_prorroga_programa=date(2026, 2, 20),
        entrega_programa_anual=date(2026, 3, 10),
    )
    too_late = _dated(asked, entrega_programa_anual=date(2026, 3, 16))
    not_asked = _dated(programme(), entrega_programa_anual=date(2026, 3, 10))

    assert check_programme(asked, DURING_YEAR) == []
    assert [f.field for f in check_programme(too_late, DURING_YEAR)] == [
        "plazo.prorroga_programa_anual"
    ]
    # The notice of participation (4.3.1) is judged by its own date, not recorded here.
    assert [f.field for f in check_programme(not_asked, DURING_YEAR)] == ["plazo.programa_anual"]


def test_a_prórroga_asked_after_the_term_expired_is_a_warning() -> None:
    # Numeral 3.3: a prórroga is asked before the term expires. The Programa Anual's term in
    # 2026 is Friday 27 February, its last business day; asked on Monday 2 March it is late.
    on_the_last_day = _dated(programme(), solicitud_prorroga_programa=date(2026, 2, 27))
    late = _dated(on_the_last_day, solicitud_prorroga_programa=date(2026, 3, 2))

    assert check_programme(on_the_last_day, DURING_YEAR) == []
    findings = check_programme(late, DURING_YEAR)
    assert [(f.rule, f.field, f.severity.label, f.message) for f in findings] == [
        (
            "3.3",
            "fechas.solicitud_prorroga_programa",
            "aviso",
            "Numeral 3.3: la «Solicitud de prórroga para presentar el Programa Anual» se "
            "registró el 02/03/2026, después de que venciera el plazo que prorroga (27/02/2026, "
            "último día hábil de febrero); la prórroga debe solicitarse antes del vencimiento.",
        )
    ]


def test_repeated_key() -> None:
    value = programme(*programme().actions, action("A.1", "A", "A-II", "10"))
    assert ("clave", "error", "A.1") in _rules(value)


def _with_dates(**dates: date) -> AnnualProgramme:
    value = programme()
    return AnnualProgramme(value.year, value.institution, value.actions, {**value.dates, **dates})


def test_a_date_before_the_one_it_answers_is_a_warning_naming_both() -> None:
    # A typo in a year («2025» for «2026») moved the delivery before its event, and nothing said.
    value = _with_dates(
        firma_instrumento=date(2026, 4, 20), entrega_constancia_conformidad=date(2025, 4, 24)
    )

    findings = [f for f in check_programme(value, DURING_YEAR) if f.field.startswith("fechas")]

    assert [(f.rule, f.severity.label, f.message) for f in findings] == [
        (
            "4.3.4.1",
            "aviso",
            "Numeral 4.3.4.1: la fecha de «Constancia de Conformidad ingresada» (24/04/2025) es "
            "anterior a la de «Firma del Instrumento Jurídico» (20/04/2026), de la que depende; "
            "revise las dos fechas.",
        )
    ]


def test_dates_in_order_or_on_the_same_day_are_clean() -> None:
    same_day = _with_dates(
        firma_instrumento=date(2026, 4, 20), entrega_constancia_conformidad=date(2026, 4, 20)
    )
    later = _with_dates(
        solicitud_ampliacion=date(2026, 5, 2), respuesta_ampliacion=date(2026, 5, 20)
    )

    assert _rules(same_day) == []
    assert _rules(later) == []


def test_a_date_years_away_from_the_ejercicio_is_a_warning() -> None:
    # A firma of 2019 for the 2026 programme: its deadlines were all «vencido» in 2019, and the
    # review said nothing.
    value = _with_dates(firma_instrumento=date(2019, 3, 13))

    findings = [f for f in check_programme(value, DURING_YEAR) if f.field.startswith("fechas")]

    assert [(f.rule, f.severity.label, f.field, f.message) for f in findings] == [
        (
            "fechas",
            "aviso",
            "fechas.firma_instrumento",
            "La fecha de «Firma del Instrumento Jurídico» (13/03/2019) no es del ejercicio "
            "2026 ni de uno contiguo; revise el año.",
        )
    ]


def test_dates_of_the_year_around_the_ejercicio_are_clean() -> None:
    # The informe final's observations come in January of the year after.
    value = _with_dates(
        firma_instrumento=date(2026, 3, 13), observaciones_informe_final=date(2027, 1, 20)
    )

    assert [f for f in check_programme(value, DURING_YEAR) if f.field.startswith("fechas")] == []
