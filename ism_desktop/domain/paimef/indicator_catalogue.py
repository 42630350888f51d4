"""The 15 indicators of Anexo 5 («Indicadores 2020»), transcribed from the rules.

Names and formulas are as printed, typos included («de en las unidades»). Notes where the
program decides: indicators 2 and 4–8 are «tasas de variación» (see ``indicators``); in 5 the
denominator names fewer services than the numerator and 7 speaks of a quarter while it is
measured by semester: both compare the same measure in t and t−1. Indicator 13's name speaks of
training public servants, its formula of coordination; the variables follow the formula.
Indicator 1 is biennial but the rules do not say in which years, so its capture is never
flagged as missing; 9 reports in odd years and 10 in even years, as the rules say.
"""

from __future__ import annotations

from ism_desktop.domain.paimef.frequency import BiennialYears, Frequency
from ism_desktop.domain.paimef.indicator_variables import VARIABLES
from ism_desktop.domain.paimef.indicators import FormulaKind, Indicator


def _indicator(
    number: int,
    level: str,
    unit: str,
    frequency: Frequency,
    kind: FormulaKind,
    name: str,
    formula: str,
    biennial: BiennialYears | None = None,
    *,
    part_of_whole: bool = False,
) -> Indicator:
    return Indicator(
        number=number,
        level=level,
        name=name,
        formula=formula,
        variables=VARIABLES[number],
        unit=unit,
        frequency=frequency,
        kind=kind,
        biennial=biennial,
        part_of_whole=part_of_whole,
    )


INDICATORS: tuple[Indicator, ...] = (
    _indicator(
        1,
        "Propósito",
        "Porcentaje",
        Frequency.BIENNIAL,
        FormulaKind.PERCENT,
        (
            "Porcentaje de mujeres empoderadas tras recibir atención especializada de las "
            "unidades apoyadas por el programa."
        ),
        (
            "(Número de mujeres que reciben la atención especializada con al menos dos sesiones "
            "de atención psicológica, de en las unidades apoyadas por el programa, que presenten "
            "al menos un nivel medio de empoderamiento/Total de mujeres que reciben la atención "
            "especializada con al menos dos sesiones de atención psicológica, en las unidades "
            "apoyadas por el programa *100)."
        ),
        BiennialYears.UNSTATED,
        part_of_whole=True,
    ),
    _indicator(
        2,
        "Componente",
        "Porcentaje",
        Frequency.QUARTERLY,
        FormulaKind.GROWTH,
        (
            "Tasa de variación relativa del número de servidores(as) públicos(as) y especialistas"
            " capacitados(as) en materia de violencia contra las mujeres."
        ),
        (
            "(Número de personas capacitadas en materia de violencia contra las mujeres en el "
            "ejercicio fiscal t/ Número de personas capacitadas en materia de violencia contra "
            "las mujeres en el ejercicio fiscal t-1-1*100)."
        ),
    ),
    _indicator(
        3,
        "Componente",
        "Índice de Incremento",
        Frequency.YEARLY,
        FormulaKind.INSTITUTIONAL_INDEX,
        (
            "Índice de Fortalecimiento Institucional en materia de prevención y atención de la "
            "violencia contra las mujeres."
        ),
        (
            "Suma de los Componentes denominados Capacidades Institucionales Básicas + "
            "Corresponsabilidad Institucional + Eficiencia y Calidad Operativa + Eficacia en la "
            "Agenda Estatal, que obtuvieron las Instancias de Mujeres en las Entidades "
            "Federativas apoyadas por el Programa en el ejercicio fiscal t/ 4 veces el Número de "
            "Instancias de Mujeres en las Entidades Federativas apoyadas por el Programa durante "
            "el ejercicio fiscal t."
        ),
    ),
    _indicator(
        4,
        "Componente",
        "Porcentaje",
        Frequency.QUARTERLY,
        FormulaKind.GROWTH,
        (
            "Tasa de variación de personas beneficiadas con acciones de información, y difusión "
            "para la prevención de las violencias contra las mujeres."
        ),
        (
            "(Número de personas beneficiadas con las acciones de información y difusión para la "
            "prevención de la violencia contra las mujeres realizadas por las Instancias de "
            "Mujeres en el año fiscal t/ (Número de personas beneficiadas con las acciones de "
            "información y difusión para la prevención de la violencia contra las mujeres "
            "realizadas por las Instancias de Mujeres en el año fiscal t-1)-1*100"
        ),
    ),
    _indicator(
        5,
        "Componente",
        "Porcentaje",
        Frequency.QUARTERLY,
        FormulaKind.GROWTH,
        (
            "Tasa de variación de personas que recibieron servicios de información, "
            "sensibilización, promoción y formación para la prevención de las violencias contra "
            "las mujeres."
        ),
        (
            "(Número de personas beneficiadas con servicios información, sensibilización, "
            "promoción y formación que realizan las Instancias de Mujeres en el año fiscal t/ "
            "Número de personas beneficiadas con servicios de formación y sensibilización que "
            "realizan las Instancias de Mujeres en el año fiscal t-1)-1*100"
        ),
    ),
    _indicator(
        6,
        "Componente",
        "Porcentaje",
        Frequency.QUARTERLY,
        FormulaKind.GROWTH,
        (
            "Tasa de variación relativa del número de mujeres en situación de violencia "
            "beneficiadas con los servicios de orientación."
        ),
        (
            "(Número de mujeres en situación de violencia beneficiadas por los servicios de "
            "orientación brindados en las Unidades apoyadas por el Programa en el trimestre, "
            "correspondiente al año fiscal t/ Número de mujeres en situación de violencia "
            "beneficiadas por los servicios de orientación brindados en las Unidades apoyadas por"
            " el Programa en el trimestre, correspondiente al año fiscal t-1)-1*100"
        ),
    ),
    _indicator(
        7,
        "Componente",
        "Porcentaje",
        Frequency.HALF_YEARLY,
        FormulaKind.GROWTH,
        (
            "Tasa de variación relativa del número de Unidades de atención especializada apoyadas"
            " por el Programa."
        ),
        (
            "(Número de Unidades de atención especializada para las mujeres en situación de "
            "violencia apoyadas por el Programa en el trimestre correspondiente al año fiscal t/ "
            "Número de Unidades de atención especializada para las mujeres en situación de "
            "violencia apoyadas por el Programa en el trimestre correspondiente al año fiscal "
            "t-1)-1*100"
        ),
    ),
    _indicator(
        8,
        "Componente",
        "Porcentaje",
        Frequency.QUARTERLY,
        FormulaKind.GROWTH,
        (
            "Tasa de variación relativa del número de mujeres en situación de violencia atendidas"
            " por los servicios de atención especializada."
        ),
        (
            "(Número de mujeres en situación de violencia que solicitan los servicios de atención"
            " especializada brindados en las Unidades apoyadas por el Programa en el trimestre "
            "correspondiente al año fiscal t / Número de mujeres en situación de violencia que "
            "solicitan los servicios de atención especializada brindados en las Unidades apoyadas"
            " por el Programa en el trimestre correspondiente al año fiscal t-1)-1*100"
        ),
    ),
    _indicator(
        9,
        "Componente",
        "Porcentaje",
        Frequency.BIENNIAL,
        FormulaKind.PERCENT,
        (
            "Porcentaje de mujeres atendidas por los servicios de atención especializada que "
            "tienen grado alto o muy alto de satisfacción."
        ),
        (
            "(Total de mujeres atendidas por los servicios de atención especializada que tienen "
            "grado alto o muy alto de satisfacción/ Total de mujeres atendidas por los servicios "
            "de atención especializada que se les aplicó la encuesta de satisfacción) *100"
        ),
        BiennialYears.ODD,
        part_of_whole=True,
    ),
    _indicator(
        10,
        "Componente",
        "Índice de satisfacción",
        Frequency.BIENNIAL,
        FormulaKind.RATIO,
        (
            "Índice Global de Satisfacción de la Población Beneficiada de las acciones de las "
            "Vertientes A y B del PAIMEF."
        ),
        (
            "(Suma del índice de satisfacción de cada persona beneficiada / el número total de "
            "personas beneficiadas)"
        ),
        BiennialYears.EVEN,
    ),
    _indicator(
        11,
        "Componente",
        "Servicios",
        Frequency.QUARTERLY,
        FormulaKind.RATIO,
        (
            "Promedio de servicios de orientación y atención especializada proporcionados a las "
            "mujeres en situación de la violencia, en las unidades apoyadas por el PAIMEF"
        ),
        (
            "(Número de servicios de orientación y atención especializada proporcionados a las "
            "mujeres en situación de la violencia, en las unidades apoyadas por el PAIMEF /Total "
            "de mujeres atendidas por los servicios de orientación y atención especializada "
            "proporcionados en las unidades que apoya el PAIMEF)"
        ),
    ),
    _indicator(
        12,
        "Actividad",
        "Porcentaje",
        Frequency.YEARLY,
        FormulaKind.PERCENT,
        (
            "Porcentaje de recursos ejercidos en acciones estratégicas para el fortalecimiento de"
            " la institucionalización en materia de prevención y atención de la violencia contra "
            "las mujeres."
        ),
        (
            "(Total de recursos ejercidos en acciones estratégicas para el fortalecimiento de la "
            "institucionalización en materia de prevención y atención de la violencia contra las "
            "mujeres / Total de recursos programados para la ejecución de acciones estratégicas "
            "dirigidas al fortalecimiento de la institucionalización en materia de prevención y "
            "atención de la violencia contra las mujeres en el ejercicio fiscal en curso) * 100"
        ),
    ),
    _indicator(
        13,
        "Actividad",
        "Porcentaje",
        Frequency.HALF_YEARLY,
        FormulaKind.PERCENT,
        (
            "Porcentaje de recursos ejercidos por las acciones de fortalecimiento de capacidades "
            "de las servidoras (es) públicos y especialistas en materia de violencia contra las "
            "mujeres."
        ),
        (
            "(Recursos ejercidos por las Instancias de Mujeres en las Entidades Federativas para "
            "fortalecer la coordinación y articulación estratégica entre las instancias públicas "
            "y sociales para institucionalizar la prevención y la atención de la violencia contra"
            " las mujeres / Total de recursos otorgados por el Programa a las Instancias de "
            "Mujeres en las Entidades Federativas para fortalecer la coordinación y articulación "
            "estratégica entre las instancias públicas y sociales para institucionalizar la "
            "prevención y la atención de la violencia contra las mujeres) * 100"
        ),
    ),
    _indicator(
        14,
        "Actividad",
        "Porcentaje",
        Frequency.HALF_YEARLY,
        FormulaKind.PERCENT,
        (
            "Porcentaje de recursos ejercidos para acciones de prevención de la violencia contra "
            "las mujeres."
        ),
        (
            "(Total de recursos ejercidos por las Instancias de Mujeres en las Entidades "
            "Federativas para acciones de prevención de las violencias contra las mujeres, "
            "dirigidas a la población en general / Total de recursos otorgados a las Instancias "
            "de Mujeres en las Entidades Federativas para la para acciones de prevención de las "
            "violencias contra las mujeres, dirigidas a la población en general) * 100"
        ),
    ),
    _indicator(
        15,
        "Actividad",
        "Porcentaje",
        Frequency.HALF_YEARLY,
        FormulaKind.PERCENT,
        (
            "Porcentaje de recursos ejercidos para la orientación y atención especializada a las "
            "mujeres en situación de violencia."
        ),
        (
            "(Total de recursos ejercidos por las Instancias de Mujeres en las Entidades "
            "Federativas para la orientación y atención especializada a las mujeres en situación "
            "de violencia/ Total de recursos otorgados a las Instancias de Mujeres en las "
            "Entidades Federativas para la orientación y atención especializada a las mujeres en "
            "situación de violencia) * 100"
        ),
    ),
)

_BY_NUMBER = {item.number: item for item in INDICATORS}


def indicator_by_number(number: int) -> Indicator | None:
    """The indicator with this number (1 to 15), or ``None``."""
    return _BY_NUMBER.get(number)
