"""The dates a user records for a Programa Anual: events that start a term, and deliveries.

The keys are those of the ``fechas`` object of the JSON exchange; the labels are what the
window and the reports print.
"""

from __future__ import annotations

KEY_DATES: dict[str, str] = {
    # Events that start a term.
    "sesion_mesa_analisis": "Sesión de la Mesa de Análisis",
    "recomendaciones_mesa": "Recepción de las recomendaciones de la Mesa de Análisis",
    "observaciones_ajuste_estructural": "Recepción de observaciones al ajuste estructural",
    "firma_instrumento": "Firma del Instrumento Jurídico",
    "observaciones_ajuste_total": "Recepción de observaciones al ajuste total",
    "entrega_informe_parcial": "Entrega del Informe Parcial",
    "observaciones_informe_final": "Recepción de observaciones al Informe Final",
    "cambio_representacion": "Cambio de representación legal, domicilio o responsables",
    "solicitud_prorroga_programa": "Solicitud de prórroga para presentar el Programa Anual",
    "solicitud_prorroga": "Solicitud de prórroga de otro plazo",
    "solicitud_ampliacion": "Solicitud de ampliación de recursos",
    "solicitud_reorientacion": "Solicitud de reorientación de recursos",
    # Extensions the INDESOL authorized (numerals 4.3.4.1 and 4.3.4.2): each moves its term.
    "prorroga_ajuste_estructural": "Prórroga autorizada del ajuste estructural (+10 días)",
    "prorroga_observaciones_ajuste_estructural": (
        "Prórroga: observaciones al ajuste estructural (+5 días)"
    ),
    "prorroga_ajuste_total": "Prórroga autorizada del ajuste total (+5 días)",
    # Deliveries that meet a term.
    "entrega_programa_anual": "Entrega del Programa Anual",
    "aviso_participacion": "Aviso de participación (4.3.1)",
    "constancia_conclusion_anterior": "Constancia de Conclusión del ejercicio anterior",
    "entrega_ajuste_estructural": "Entrega del ajuste estructural",
    "respuesta_observaciones_ajuste_estructural": "Observaciones al ajuste estructural solventadas",
    "entrega_constancia_conformidad": "Constancia de Conformidad ingresada",
    "conclusion_ajuste_total": "Ajuste total realizado",
    "respuesta_observaciones_ajuste_total": "Observaciones al ajuste total solventadas",
    "primera_ministracion": "Primera ministración recibida",
    "revision_informe_parcial": "Revisión del Informe Parcial recibida",
    "entrega_informe_final": "Entrega del Informe Final",
    "respuesta_observaciones_informe_final": "Observaciones al Informe Final solventadas",
    "reintegro_tesofe": "Reintegro a la TESOFE realizado",
    "aviso_cambio_representacion": "Aviso del cambio al INDESOL",
    "respuesta_prorroga_programa": "Respuesta del INDESOL a la prórroga del Programa Anual",
    "respuesta_prorroga": "Respuesta del INDESOL a la prórroga",
    "respuesta_ampliacion": "Respuesta del INDESOL a la ampliación",
    "respuesta_reorientacion": "Respuesta del INDESOL a la reorientación",
}


def key_date_label(key: str) -> str:
    """The Spanish label of a recorded date (the key itself if unknown)."""
    return KEY_DATES.get(key, key)
