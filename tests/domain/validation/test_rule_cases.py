"""Every rule of the catalogue: one meta that breaks it, one close to it that does not."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.validation.catalogue import RULES
from ism_desktop.domain.validation.engine import previous_narrative, validate_meta, validate_report
from tests.builders import meta, row
from tests.domain.validation.validation_cases import (
    PLAIN,
    Q2,
    SPELLING_SETTINGS,
    YEAR,
    Case,
    counted,
    percent,
)

MISSED_500 = "SE REALIZARON 386 APOYOS, {} MENOS DE LA META FIJADA, POR FALTA DE PERSONAL."
OVER_900 = "SE REALIZARON 978 CAPTURAS, REBASANDO LA META CON 78 CAPTURAS."
NOT_PROGRAMMED = "EN EL TRIMESTRE QUE SE REPORTA NO SE PROGRAMÓ AVANCE PARA ESTA META"
EVIDENCE = "LA EVIDENCIA SE ENCUENTRA EN SU RESPECTIVA CARPETA EN RESGUARDO EN LA DIRECCIÓN."
OTHER_TEXT = "SE IMPARTIERON TALLERES EN TRES MUNICIPIOS DEL SUR DEL ESTADO."

# code: (a meta that breaks the rule, the severity written by hand)
BREAKING: dict[str, tuple[Case, str]] = {
    "ANUAL_NO_SUMA": (Case(counted(original_annual=45)), "error"),
    "ANUAL_NO_ULTIMO": (Case(percent(num_annual=360, den_annual=360)), "error"),
    "MET_INCONGRUENTE": (
        Case(
            meta(
                row([10] * 4, achieved=[10, None, None, None]),
                met=row([10] * 4, achieved=[9, None, None, None]),
                evaluations={Case.quarter: PLAIN},
            )
        ),
        "error",
    ),
    "DEN_CERO": (Case(percent(achieved=(5, 0))), "error"),
    "RENGLONES_TIPO": (Case(replace(percent(), den=None)), "error"),
    "CIFRA_NEGATIVA": (Case(counted(achieved=(-3, None, None, None))), "error"),
    "CIFRA_FRACCIONARIA": (
        Case(counted(unit_of_measure="PERSONA", achieved=(9.5, None, None, None))),
        "error",
    ),
    "REALIZADO_POSTERIOR": (Case(counted(achieved=(10, 4, None, None))), "error"),
    "REALIZADO_FALTANTE": (Case(counted(achieved=(None, None, None, None))), "error"),
    "EVALUACION_VACIA": (Case(counted(narrative="   ")), "error"),
    "EVALUACION_NO_ADMISIBLE": (Case(counted(narrative="SE REALIZÓ\x07 UN EVENTO.")), "error"),
    "NUM_MAYOR_DEN": (Case(percent(achieved=(120, 100))), "aviso"),
    "META_MODIFICADA": (Case(counted(modified=(6, 22, 12, 10))), "aviso"),
    "PROGRAMADO_ATIPICO": (
        Case(percent(num=(100, 10, 100, 100), den=(100,) * 4, achieved=(99.44, 100))),
        "aviso",
    ),
    "REALIZADO_SIN_PROGRAMA": (
        Case(counted(original=(0, 10, 10, 10), achieved=(3, None, None, None))),
        "aviso",
    ),
    "AVANCE_FUERA_DE_RANGO": (Case(counted(achieved=(4, None, None, None))), "aviso"),
    "NARRATIVA_CIFRA": (
        Case(counted(narrative="SE REALIZARON 12 EVENTOS EN EL TRIMESTRE.")),
        "aviso",
    ),
    "NARRATIVA_DIFERENCIA": (
        Case(
            counted(
                original=(500,) * 4,
                achieved=(386, None, None, None),
                narrative=MISSED_500.format(104),
            )
        ),
        "aviso",
    ),
    "NARRATIVA_CONTRA_MODIFICADO": (
        Case(
            counted(
                original=(270,) * 4,
                modified=(900,) * 4,
                achieved=(978, None, None, None),
                narrative=OVER_900,
            )
        ),
        "aviso",
    ),
    "NARRATIVA_PORCENTAJE": (
        Case(
            counted(
                original=(800,) * 4,
                achieved=(695, None, None, None),
                narrative="SE ALCANZÓ UN AVANCE DEL 90 % EN EL TRIMESTRE, DEBIDO A LA DEMANDA.",
            )
        ),
        "aviso",
    ),
    "NARRATIVA_CUMPLIMIENTO": (
        Case(
            counted(
                original=(15, 20, 20, 15),
                modified=(6, 22, 12, 10),
                achieved=(6, None, None, None),
                narrative="META CUMPLIDA CON LOS CONVENIOS.",
            )
        ),
        "aviso",
    ),
    "NARRATIVA_NO_PROGRAMADO": (
        Case(
            counted(
                original=(2, 2, 2, 0),
                modified=(0, 2, 2, 2),
                achieved=(0, None, None, None),
                narrative=NOT_PROGRAMMED,
            )
        ),
        "aviso",
    ),
    "NARRATIVA_TRIMESTRE": (
        Case(
            counted(
                achieved=(10, 10, None, None),
                quarter=Q2,
                narrative="PARA EL PRIMER TRIMESTRE DEL EJERCICIO 2024 SE CUMPLIÓ LA META.",
            ),
            Q2,
        ),
        "aviso",
    ),
    "NARRATIVA_PERIODO": (
        Case(counted(narrative="SE REGISTRA EL AVANCE DEL CUATRIMESTRE QUE SE INFORMA.")),
        "aviso",
    ),
    "NARRATIVA_FECHA": (
        Case(counted(narrative="EL EVENTO SE REALIZÓ EL 15 DE MAYO DE 2024 EN HERMOSILLO.")),
        "aviso",
    ),
    "NARRATIVA_COPIA": (
        Case(counted(achieved=(10, 10, None, None), quarter=Q2), Q2, previous=PLAIN),
        "aviso",
    ),
    "NARRATIVA_BREVE": (Case(counted(narrative="CUMPLIDA")), "aviso"),
    "NARRATIVA_SOLO_EVIDENCIA": (Case(counted(narrative=EVIDENCE)), "aviso"),
    "NARRATIVA_DEDAZO": (
        Case(counted(narrative="SE LLEVÓ A CABO EL EL DIÁLOGO POR LA PAZ EN EL POBLADO.")),
        "aviso",
    ),
    "ORTOGRAFIA": (
        Case(counted(narrative="SE LLLEVÓ A CABO EL DIÁLOGO."), settings=SPELLING_SETTINGS),
        "aviso",
    ),
    "NARRATIVA_NO_IMPRIMIBLE": (
        Case(counted(narrative="SE LLEVÓ A CABO EL DIÁLOGO POR LA PAZ 和平 EN EL POBLADO.")),
        "aviso",
    ),
}

# code: a meta close to breaking the rule that does not break it
PASSING: dict[str, Case] = {
    "ANUAL_NO_SUMA": Case(counted(original_annual=40)),
    "ANUAL_NO_ULTIMO": Case(
        percent(num=(0, 0, 90, 0), den=(0, 0, 90, 0), achieved=(0, 0), num_annual=90, den_annual=90)
    ),
    "MET_INCONGRUENTE": Case(percent(num=(1,) * 4, den=(3,) * 4, achieved=(2, 3))),
    "DEN_CERO": Case(percent(achieved=(0, 0))),
    "RENGLONES_TIPO": Case(percent()),
    "CIFRA_NEGATIVA": Case(counted(achieved=(0, None, None, None))),
    "CIFRA_FRACCIONARIA": Case(counted(unit_of_measure="ÍNDICE", achieved=(9.5, None, None, None))),
    "REALIZADO_POSTERIOR": Case(counted(achieved=(10, 4, None, None), quarter=Q2), Q2),
    "REALIZADO_FALTANTE": Case(counted(achieved=(0, None, None, None))),
    "EVALUACION_VACIA": Case(counted(narrative="SIN AVANCE EN EL TRIMESTRE QUE SE INFORMA.")),
    "EVALUACION_NO_ADMISIBLE": Case(counted(narrative="SIN AVANCE. " * 1_000)),
    "NUM_MAYOR_DEN": Case(percent(achieved=(89.5, 90))),
    "META_MODIFICADA": Case(counted(modified=(10, 10, 10, 10))),
    "PROGRAMADO_ATIPICO": Case(
        counted(original=(500, 300, 200, 200), achieved=(500, None, None, None))
    ),
    "REALIZADO_SIN_PROGRAMA": Case(
        counted(original=(0, 10, 10, 10), achieved=(0, None, None, None))
    ),
    "AVANCE_FUERA_DE_RANGO": Case(
        counted(
            achieved=(4, None, None, None),
            narrative="SE REALIZARON MENOS EVENTOS DEBIDO A LA FALTA DE PERSONAL.",
        )
    ),
    "NARRATIVA_CIFRA": Case(counted(narrative="SE REALIZARON 10 EVENTOS EN EL TRIMESTRE.")),
    "NARRATIVA_DIFERENCIA": Case(
        counted(
            original=(500,) * 4, achieved=(386, None, None, None), narrative=MISSED_500.format(114)
        )
    ),
    "NARRATIVA_CONTRA_MODIFICADO": Case(
        counted(original=(900,) * 4, achieved=(978, None, None, None), narrative=OVER_900)
    ),
    "NARRATIVA_PORCENTAJE": Case(
        counted(
            original=(800,) * 4,
            achieved=(695, None, None, None),
            narrative="SE ALCANZÓ UN AVANCE DEL 86.87 % EN EL TRIMESTRE, DEBIDO A LA DEMANDA.",
        )
    ),
    "NARRATIVA_CUMPLIMIENTO": Case(counted(narrative="META CUMPLIDA CON LOS CONVENIOS.")),
    "NARRATIVA_NO_PROGRAMADO": Case(
        counted(original=(0, 1, 1, 0), achieved=(0, None, None, None), narrative=NOT_PROGRAMMED)
    ),
    "NARRATIVA_TRIMESTRE": Case(
        counted(
            achieved=(10, 10, None, None),
            quarter=Q2,
            narrative="PARA EL SEGUNDO TRIMESTRE DEL EJERCICIO 2024 SE CUMPLIÓ LA META.",
        ),
        Q2,
    ),
    "NARRATIVA_PERIODO": Case(
        counted(narrative="SE REGISTRA EL AVANCE DEL TRIMESTRE QUE SE INFORMA.")
    ),
    "NARRATIVA_FECHA": Case(
        counted(narrative="EL EVENTO SE REALIZÓ EL 15 DE MARZO DE 2024 EN HERMOSILLO.")
    ),
    "NARRATIVA_COPIA": Case(
        counted(achieved=(10, 10, None, None), quarter=Q2), Q2, previous=OTHER_TEXT
    ),
    "NARRATIVA_BREVE": Case(counted(narrative="META CUMPLIDA EN EL TRIMESTRE.")),
    "NARRATIVA_SOLO_EVIDENCIA": Case(counted(narrative=f"META CUMPLIDA. {EVIDENCE}")),
    "NARRATIVA_DEDAZO": Case(
        counted(narrative="SE LLEVÓ A CABO EL DIÁLOGO POR LA PAZ EN EL POBLADO.")
    ),
    "ORTOGRAFIA": Case(
        counted(narrative="SE LLEVÓ A CABO EL DIÁLOGO."), settings=SPELLING_SETTINGS
    ),
    "NARRATIVA_NO_IMPRIMIBLE": Case(
        counted(narrative="SE LLEVÓ A CABO EL DIÁLOGO «POR LA PAZ» – ¿CON ÉXITO? ¡SÍ!")
    ),
}


def test_the_tables_cover_the_whole_catalogue() -> None:
    codes = {rule.code for rule in RULES}

    assert set(BREAKING) == codes
    assert set(PASSING) == codes
    assert len(codes) == 31  # 11 errors, 20 warnings


@pytest.mark.parametrize("code", sorted(BREAKING))
def test_a_meta_that_breaks_the_rule_is_reported(code: str) -> None:
    case, severity = BREAKING[code]

    findings = case.of(code)

    assert findings, code
    assert {finding.severity.label for finding in findings} == {severity}
    assert all(finding.meta_id == case.meta.stable_id for finding in findings)
    assert all(finding.quarter == case.quarter for finding in findings)


@pytest.mark.parametrize("code", sorted(PASSING))
def test_a_meta_close_to_the_rule_is_not(code: str) -> None:
    assert PASSING[code].of(code) == []


@pytest.mark.parametrize("code", sorted(BREAKING))
def test_each_breaking_meta_is_not_reported_under_an_unrelated_error(code: str) -> None:
    # A breaking case must isolate its own slip: no other rule may block the export.
    case, _ = BREAKING[code]

    other_errors = {f.rule for f in case.findings() if f.is_error and f.rule != code}

    assert other_errors == set()


@pytest.mark.parametrize("code", sorted(BREAKING))
def test_a_whole_report_finds_each_meta_as_alone(code: str) -> None:
    # A report is checked in runs, rule by rule, and a rule may clear a whole run at one look:
    # a meta that breaks it among metas close to breaking it keeps its findings, and they theirs.
    case, _ = BREAKING[code]
    quarter = case.quarter
    close = [item.meta for item in PASSING.values() if item.quarter == quarter]
    metas = (*close, case.meta, *close)

    result = validate_report(ProgressReport(YEAR, quarter, metas), quarter, case.settings)

    assert [item.findings for item in result.metas] == [
        validate_meta(item, quarter, case.settings, previous_narrative(item, quarter), year=YEAR)
        for item in metas
    ]
    if case.previous is None:  # NARRATIVA_COPIA's previous narrative is the case's own
        assert code in {finding.rule for finding in result.metas[len(close)].findings}
