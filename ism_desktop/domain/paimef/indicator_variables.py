"""The variables of each indicator of Anexo 5, in the order its formula takes them.

The names are what ``paimef indicadores --json`` lists and ``paimef calcular`` expects; the
descriptions paraphrase the printed formula (the printed text itself is in the catalogue).
"""

from __future__ import annotations

from ism_desktop.domain.paimef.indicators import Variable

VARIABLES: dict[int, tuple[Variable, ...]] = {
    1: (
        Variable(
            "mujeres_empoderadas",
            "Mujeres que reciben la atención especializada con al menos dos sesiones de atención "
            "psicológica y presentan al menos un nivel medio de empoderamiento",
        ),
        Variable(
            "mujeres_con_atencion_psicologica",
            "Total de mujeres que reciben la atención especializada con al menos dos sesiones de "
            "atención psicológica",
        ),
    ),
    2: (
        Variable(
            "personas_capacitadas_t",
            "Personas capacitadas en materia de violencia contra las mujeres en el ejercicio "
            "fiscal t",
        ),
        Variable(
            "personas_capacitadas_t_1",
            "Personas capacitadas en materia de violencia contra las mujeres en el ejercicio "
            "fiscal t-1",
        ),
    ),
    3: (
        Variable(
            "capacidades_institucionales_basicas",
            "Componente Capacidades Institucionales Básicas",
        ),
        Variable(
            "corresponsabilidad_institucional",
            "Componente Corresponsabilidad Institucional",
        ),
        Variable(
            "eficiencia_calidad_operativa",
            "Componente Eficiencia y Calidad Operativa",
        ),
        Variable(
            "eficacia_agenda_estatal",
            "Componente Eficacia en la Agenda Estatal",
        ),
        Variable(
            "numero_imef",
            "Número de Instancias de Mujeres en las Entidades Federativas apoyadas en el "
            "ejercicio fiscal t",
        ),
    ),
    4: (
        Variable(
            "personas_informacion_difusion_t",
            "Personas beneficiadas con acciones de información y difusión en el año fiscal t",
        ),
        Variable(
            "personas_informacion_difusion_t_1",
            "Personas beneficiadas con acciones de información y difusión en el año fiscal t-1",
        ),
    ),
    5: (
        Variable(
            "personas_servicios_prevencion_t",
            "Personas beneficiadas con servicios de información, sensibilización, promoción y "
            "formación en el año fiscal t",
        ),
        Variable(
            "personas_servicios_prevencion_t_1",
            "Personas beneficiadas con esos servicios en el año fiscal t-1",
        ),
    ),
    6: (
        Variable(
            "mujeres_orientacion_t",
            "Mujeres en situación de violencia beneficiadas por los servicios de orientación en "
            "el trimestre del año fiscal t",
        ),
        Variable(
            "mujeres_orientacion_t_1",
            "Las mismas en el trimestre correspondiente del año fiscal t-1",
        ),
    ),
    7: (
        Variable(
            "unidades_atencion_t",
            "Unidades de atención especializada apoyadas por el Programa en el periodo del año "
            "fiscal t",
        ),
        Variable(
            "unidades_atencion_t_1",
            "Las mismas en el periodo correspondiente del año fiscal t-1",
        ),
    ),
    8: (
        Variable(
            "mujeres_atencion_especializada_t",
            "Mujeres en situación de violencia que solicitan atención especializada en el "
            "trimestre del año fiscal t",
        ),
        Variable(
            "mujeres_atencion_especializada_t_1",
            "Las mismas en el trimestre correspondiente del año fiscal t-1",
        ),
    ),
    9: (
        Variable(
            "mujeres_satisfaccion_alta",
            "Mujeres atendidas con grado alto o muy alto de satisfacción",
        ),
        Variable(
            "mujeres_encuestadas",
            "Mujeres atendidas a las que se aplicó la encuesta de satisfacción",
        ),
    ),
    10: (
        Variable(
            "suma_indices_satisfaccion",
            "Suma del índice de satisfacción de cada persona beneficiada",
        ),
        Variable(
            "personas_beneficiadas",
            "Número total de personas beneficiadas",
        ),
    ),
    11: (
        Variable(
            "servicios_proporcionados",
            "Servicios de orientación y atención especializada proporcionados",
        ),
        Variable(
            "mujeres_atendidas",
            "Total de mujeres atendidas por esos servicios",
        ),
    ),
    12: (
        Variable(
            "recursos_ejercidos_fortalecimiento",
            "Recursos ejercidos en acciones estratégicas para el fortalecimiento de la "
            "institucionalización",
        ),
        Variable(
            "recursos_programados_fortalecimiento",
            "Recursos programados para esas acciones en el ejercicio fiscal en curso",
        ),
    ),
    13: (
        Variable(
            "recursos_ejercidos_coordinacion",
            "Recursos ejercidos para fortalecer la coordinación y articulación estratégica",
        ),
        Variable(
            "recursos_otorgados_coordinacion",
            "Recursos otorgados por el Programa para ese fin",
        ),
    ),
    14: (
        Variable(
            "recursos_ejercidos_prevencion",
            "Recursos ejercidos en acciones de prevención dirigidas a la población en general",
        ),
        Variable(
            "recursos_otorgados_prevencion",
            "Recursos otorgados para esas acciones",
        ),
    ),
    15: (
        Variable(
            "recursos_ejercidos_atencion",
            "Recursos ejercidos para la orientación y atención especializada",
        ),
        Variable(
            "recursos_otorgados_atencion",
            "Recursos otorgados para ese fin",
        ),
    ),
}
