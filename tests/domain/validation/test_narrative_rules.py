"""The narrative held to the grid and read as a text, on short made-up narratives."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.engine import validate_meta
from ism_desktop.domain.validation.justification import Justification, JustificationKey
from ism_desktop.domain.validation.settings import ValidationSettings
from tests.domain.validation.validation_cases import PLAIN, Q1, Q2, counted, findings_of, percent


def convenios(narrative: str) -> Meta:
    """Original 15, modified 6, achieved 6: the report's SUSCRIPCIÓN DE CONVENIOS meta."""
    return counted((15, 20, 20, 15), (6, 22, 12, 10), (6, None, None, None), narrative)


@pytest.mark.parametrize(
    ("narrative", "quoted"),
    [
        ("SE REALIZARON 368 APOYOS A MUJERES QUE LO SOLICITARON.", ["368"]),
        ("SE REALIZARON 386 APOYOS A MUJERES QUE LO SOLICITARON.", []),
        ("DE LA META FIJADA DE 500 APOYOS SE REALIZARON 386.", []),
        ("SE REALIZARON 386 DE LOS 1900 APOYOS DEL AÑO.", []),  # the annual target
        ("QUEDAN 1514 APOYOS POR REALIZAR EN EL AÑO.", []),  # annual minus achieved
        ("EL 27 DE MARZO DE 2024 SE REALIZARON 386 APOYOS (ARTÍCULO 70 DE LA LEY).", []),
        # «12,5» is a decimal comma or a list of two; read as neither 12 nor 5.
        ("SE REALIZARON 386 APOYOS, 12,5 POR DÍA HÁBIL.", []),
        ("SE REALIZARON 386 APOYOS EN LAS ZONAS 3,4 Y 7.", ["7"]),
        ("SE REALIZARON 386 APOYOS EN LAS ZONAS 3,4,7 Y 9.", ["3", "4", "7", "9"]),
        ("SE REALIZARON 1,386 APOYOS.", ["1,386"]),  # a thousands separator
    ],
)
def test_quoted_figures_must_be_in_the_grid(narrative: str, quoted: list[str]) -> None:
    subject = counted((500, 500, 400, 500), achieved=(386, None, None, None), narrative=narrative)

    findings = findings_of("NARRATIVA_CIFRA", subject)

    assert [f.message.split("«")[1].split("»")[0] for f in findings] == quoted


def test_quoted_figure_message_shows_the_grid() -> None:
    subject = counted((500,) * 4, achieved=(386, None, None, None), narrative="SE HICIERON 368.")

    (finding,) = findings_of("NARRATIVA_CIFRA", subject)

    assert finding.field == "evaluacion.t1"
    assert finding.message == (
        "La evaluación cita «368», cifra que no aparece en la meta (realizado 386, programado "
        "original 500, modificado 500)."
    )


def test_figures_of_the_description_may_be_quoted() -> None:
    subject = counted(narrative="SE DIO SEGUIMIENTO A LAS 13 INSTITUCIONES DEL PROGRAMA.")
    key = replace(subject.key, description="SEGUIMIENTO DE LÍNEAS DE ACCIÓN DE 13 INSTITUCIONES")
    described = replace(subject, key=key)

    assert len(findings_of("NARRATIVA_CIFRA", subject)) == 1
    assert findings_of("NARRATIVA_CIFRA", described) == []


@pytest.mark.parametrize(
    ("narrative", "warned"),
    [
        ("SE REALIZARON 386, UNA DIFERENCIA DE 114 MENOS DE LA META FIJADA.", False),
        ("SE REALIZARON 386, UNA DIFERENCIA DE 104 MENOS DE LA META FIJADA.", True),
        ("SE REALIZARON 386, REBASANDO LA META CON 114.", True),  # wrong direction
        ("SE REALIZARON 386, UNA DIFERENCIA DE 114 APOYOS.", False),  # no direction given
    ],
)
def test_quoted_differences(narrative: str, warned: bool) -> None:
    subject = counted((500,) * 4, achieved=(386, None, None, None), narrative=narrative)

    assert bool(findings_of("NARRATIVA_DIFERENCIA", subject)) is warned


def test_difference_against_the_modified_target_is_its_own_warning() -> None:
    narrative = "SE REALIZARON 978 CAPTURAS, REBASANDO LA META CON 78 CAPTURAS."
    subject = counted((270,) * 4, (900,) * 4, (978, None, None, None), narrative)

    (finding,) = findings_of("NARRATIVA_CONTRA_MODIFICADO", subject)

    assert findings_of("NARRATIVA_DIFERENCIA", subject) == []
    assert finding.message == (
        "La evaluación cita «REBASANDO LA META CON 78», que es la diferencia contra la meta "
        "modificada (978 frente a 900); el avance oficial se mide contra la original (270)."
    )


@pytest.mark.parametrize(
    ("narrative", "warned"),
    [
        ("UN AVANCE DEL 86.87 % EN EL TRIMESTRE.", False),  # the official %
        ("UN AVANCE DEL 87 % EN EL TRIMESTRE.", False),  # rounded
        ("UN AVANCE DEL 86 % EN EL TRIMESTRE.", False),  # truncated
        ("UN AVANCE DEL 21.71 % DE LA META ANUAL.", False),  # 695 of 3200
        ("QUEDÓ 13.13 % POR DEBAJO DE LA META.", False),  # 100 − 86.87
        ("UN AVANCE DEL 90 % EN EL TRIMESTRE.", True),
        ("UN AVANCE DEL 100% EN EL TRIMESTRE.", True),
        # A decimal comma, as some write it: 86,87 % is the official %, not 87 %.
        ("UN AVANCE DEL 86,87 % EN EL TRIMESTRE.", False),
        ("UN AVANCE DEL 86,8% EN EL TRIMESTRE.", False),
        ("UN AVANCE DEL 90,5 % EN EL TRIMESTRE.", True),
        ("UN AVANCE DEL 12,87 % EN EL TRIMESTRE.", True),  # not 87 %, which would pass
    ],
)
def test_quoted_percentages(narrative: str, warned: bool) -> None:
    subject = counted((800,) * 4, achieved=(695, None, None, None), narrative=narrative)

    assert bool(findings_of("NARRATIVA_PORCENTAJE", subject)) is warned


def test_each_quoted_percentage_is_held_to_every_candidate() -> None:
    # The official % is settled before the percentages of the pairs are divided out; the
    # quote that only such a percentage explains, and the wrong one, are still looked at.
    narrative = "UN AVANCE DEL 86.87 %, EL 21.71 % DE LA META ANUAL Y NO EL 90 % NI EL 13.13 %."
    subject = counted((800,) * 4, achieved=(695, None, None, None), narrative=narrative)

    assert [f.message.split("»")[0] for f in findings_of("NARRATIVA_PORCENTAJE", subject)] == [
        "La evaluación cita «90 %"
    ]


def test_a_percentage_meta_may_quote_its_percentages() -> None:
    narrative = "EL DESEMPEÑO PARA EL TRIMESTRE QUE SE INFORMA FUE DEL 99.44 %."
    subject = percent(num=(100,) * 4, den=(100,) * 4, achieved=(99.44, 100), narrative=narrative)

    assert findings_of("NARRATIVA_PORCENTAJE", subject) == []


def test_a_percentage_meta_may_quote_its_gap_in_points() -> None:
    narrative = "SE PROGRAMARON 75 % Y SE REALIZARON 84.5 %, 9.5 % MÁS DE LA META FIJADA."
    subject = percent(num=(75,) * 4, den=(100,) * 4, achieved=(169, 200), narrative=narrative)
    wrong = percent(
        num=(75,) * 4,
        den=(100,) * 4,
        achieved=(169, 200),
        narrative=narrative.replace("9.5 %", "7.5 %"),
    )

    assert findings_of("NARRATIVA_PORCENTAJE", subject) == []
    assert [f.message.split("«")[1] for f in findings_of("NARRATIVA_PORCENTAJE", wrong)] == [
        "7.5 %», que no corresponde al avance oficial (112.66%) ni a otro porcentaje de la meta."
    ]


def test_met_while_the_official_progress_is_below_hundred() -> None:
    (finding,) = findings_of("NARRATIVA_CUMPLIMIENTO", convenios("META CUMPLIDA CON 6 CONVENIOS."))

    assert finding.field == "evaluacion.t1"
    assert finding.message == (
        "La evaluación dice «CUMPLIDA» (meta cumplida), pero el avance oficial de T1 es 40.00%; "
        "contra la meta modificada sería 100.00%, pero el oficial se mide contra la original."
    )


@pytest.mark.parametrize(
    ("achieved", "narrative", "warned"),
    [
        (10, "META CUMPLIDA EN EL TRIMESTRE.", False),
        (10, "SE REBASÓ LA META EN EL TRIMESTRE.", True),  # 100 % is met, not exceeded
        (12, "SE REBASÓ LA META CON DOS EVENTOS MÁS.", False),
        (10, "NO SE CUMPLIÓ LA META POR LA LLUVIA.", True),  # says not met at 100 %
        (4, "NO SE CUMPLIÓ LA META POR LA LLUVIA.", False),
        (4, "LA META SE CUMPLIRÁ EN EL SIGUIENTE TRIMESTRE.", False),
    ],
)
def test_claims_against_the_official_progress(achieved: int, narrative: str, warned: bool) -> None:
    subject = counted(achieved=(achieved, None, None, None), narrative=narrative)

    assert bool(findings_of("NARRATIVA_CUMPLIMIENTO", subject)) is warned


def test_not_programmed_while_programmed() -> None:
    narrative = "EN EL TRIMESTRE QUE SE REPORTA NO SE PROGRAMÓ AVANCE PARA ESTA META"
    subject = counted((2, 2, 2, 0), (0, 2, 2, 2), (0, None, None, None), narrative)

    (finding,) = findings_of("NARRATIVA_NO_PROGRAMADO", subject)

    assert finding.message == (
        "La evaluación dice «NO SE PROGRAMÓ», pero T1 tiene programado original 2 y modificado 0."
    )


@pytest.mark.parametrize(
    ("quarter", "narrative", "warned"),
    [
        (Q2, "PARA EL PRIMER TRIMESTRE DEL EJERCICIO 2024 SE CUMPLIÓ LA META.", True),
        (Q2, "EN EL SEGUNDO TRIMESTRE SE SUPERÓ LO HECHO EN EL PRIMER TRIMESTRE.", False),
        (Q1, "EN EL TERCER TRIMESTRE SE REALIZARON LOS EVENTOS.", True),
        (Q1, "LA META SE ATENDERÁ HASTA EL CUARTO TRIMESTRE.", False),
        (Q1, "CALIFICACIÓN DEL 4º TRIMESTRE 2023.", False),  # another year
        (Q1, "CALIFICACIÓN DEL 4º TRIMESTRE 2024.", True),
    ],
)
def test_quarter_named_in_the_narrative(quarter: Quarter, narrative: str, warned: bool) -> None:
    achieved = (10, 10, None, None) if quarter == Q2 else (10, None, None, None)
    subject = counted(achieved=achieved, narrative=narrative, quarter=quarter)

    findings = findings_of("NARRATIVA_TRIMESTRE", subject, quarter)

    assert bool(findings) is warned


def test_periods_written_with_a_year_are_not_checked_without_knowing_the_year() -> None:
    subject = counted(narrative="CALIFICACIÓN DEL 4º TRIMESTRE 2024.")

    assert [f for f in validate_meta(subject, Q1) if f.rule == "NARRATIVA_TRIMESTRE"] == []


@pytest.mark.parametrize(
    ("narrative", "quoted"),
    [
        ("NO SE REGISTRA AVANCE PARA EL CUATRIMESTRE QUE SE INFORMA.", "CUATRIMESTRE"),
        ("LOS DATOS DEL BIMESTRE SE INTEGRARON.", "BIMESTRE"),
        ("EN EL MES QUE SE INFORMA SE ATENDIÓ A TODAS.", "MES QUE SE INFORMA"),
    ],
)
def test_periods_that_are_not_quarters(narrative: str, quoted: str) -> None:
    (finding,) = findings_of("NARRATIVA_PERIODO", counted(narrative=narrative))

    assert finding.message == f"La evaluación dice «{quoted}» en un informe trimestral."


@pytest.mark.parametrize(
    ("narrative", "problem"),
    [
        ("EL EVENTO SE REALIZÓ EL 15 DE MAYO EN HERMOSILLO.", "es posterior al cierre de T1"),
        ("LA SESIÓN FUE EL 31 DE FEBRERO.", "no existe en el calendario"),
        ("SE FIRMÓ EL 31/04/2024.", "no existe en el calendario"),
        # Not leap years: one not divided by 4, and a century not divided by 400.
        ("LA SESIÓN FUE EL 29 DE FEBRERO DE 2023.", "no existe en el calendario"),
        ("SE FIRMÓ EL 29/02/2100.", "no existe en el calendario"),
    ],
)
def test_impossible_or_later_dates(narrative: str, problem: str) -> None:
    (finding,) = findings_of("NARRATIVA_FECHA", counted(narrative=narrative))

    assert finding.message.endswith(f", que {problem}.")


@pytest.mark.parametrize(
    "narrative",
    [
        "EL EVENTO SE REALIZÓ EL 27 DE MARZO DE 2024.",
        "QUEDÓ PROGRAMADA LA SIGUIENTE INSTALACIÓN PARA EL 15 DE ABRIL.",
        "DESDE EL 26 DE ENERO DE 2022 SE HABÍAN PAUSADO LAS SESIONES.",
        "LA SESIÓN FUE EL 29 DE FEBRERO.",  # 2024 is a leap year
        "EL ACTA DEL 29 DE FEBRERO DE 2000 SE CONSULTÓ.",  # a century divided by 400 is one
        "SE INSTALARÁ EN EL MES DE ABRIL.",
    ],
)
def test_plausible_dates(narrative: str) -> None:
    assert findings_of("NARRATIVA_FECHA", counted(narrative=narrative)) == []


def test_a_narrative_copied_from_the_previous_quarter() -> None:
    subject = counted(achieved=(10, 10, None, None), quarter=Q2)

    (finding,) = findings_of("NARRATIVA_COPIA", subject, Q2, previous=PLAIN)

    assert finding.field == "evaluacion.t2"
    assert finding.message == (
        "La evaluación de T2 repite la del trimestre anterior (100% de palabras en común)."
    )
    # Written «100 % de» up to this version: an answer kept with that message still counts.
    key = JustificationKey(2024, finding.meta_id, Q2, finding.rule)
    spaced = finding.message.replace("100%", "100 %")
    assert Justification.justified(key, "Mismas acciones.", "ana", "2024-07-01", (spaced,)).answers(
        finding
    )


def test_a_near_copy_with_one_figure_changed_is_a_copy_unless_the_setting_asks_for_identity() -> (
    None
):
    # The report's own narrative (33 distinct words and figures); one figure changed.
    before = (
        "SE REALIZARON 386 APOYOS Y GESTIONES SOCIALES PARA LA IGUALDAD A MUJERES QUE "
        "SOLICITARON EL SERVICIO CON UNA DIFERENCIA DE 114 MENOS DE LA META FIJADA, LO ANTERIOR "
        "EN RAZÓN DE FALTA DE PERSONAL DE TRABAJO SOCIAL EN LA COORDINACIÓN REGIONAL HERMOSILLO."
    )
    now = before.replace("386", "412")
    subject = counted(achieved=(10, 10, None, None), quarter=Q2, narrative=now)
    strict = ValidationSettings(copy_similarity_percent=100)

    assert len(findings_of("NARRATIVA_COPIA", subject, Q2, previous=before)) == 1
    assert findings_of("NARRATIVA_COPIA", subject, Q2, previous=before, settings=strict) == []


def test_no_previous_narrative_no_copy() -> None:
    assert findings_of("NARRATIVA_COPIA", counted(), previous=None) == []


@pytest.mark.parametrize(
    ("narrative", "minimum", "warned"),
    [
        ("CUMPLIDA", 4, True),
        ("META CUMPLIDA.", 4, True),
        ("META CUMPLIDA EN EL TRIMESTRE.", 4, False),
        ("CUMPLIDA", 0, False),
    ],
)
def test_too_short(narrative: str, minimum: int, warned: bool) -> None:
    settings = ValidationSettings(min_narrative_words=minimum)

    found = findings_of("NARRATIVA_BREVE", counted(narrative=narrative), settings=settings)

    assert bool(found) is warned


def test_only_where_the_evidence_is() -> None:
    evidence = "LA EVIDENCIA SE ENCUENTRA EN SU RESPECTIVA CARPETA EN RESGUARDO EN LA DIRECCIÓN."

    assert len(findings_of("NARRATIVA_SOLO_EVIDENCIA", counted(narrative=evidence))) == 1
    said_more = f"SE CELEBRÓ LA SESIÓN ORDINARIA CON QUÓRUM. {evidence}"
    assert findings_of("NARRATIVA_SOLO_EVIDENCIA", counted(narrative=said_more)) == []


def test_repeated_words_are_listed_in_one_warning() -> None:
    narrative = "SE LLEVÓ A CABO EL EVENTO DE DE MANERA PRESENCIAL EN EN LA SEDE."

    (finding,) = findings_of("NARRATIVA_DEDAZO", counted(narrative=narrative))

    assert finding.message == "La evaluación repite palabras por error: «DE DE», «EN EN»."
