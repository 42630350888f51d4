"""What each term counts from, as the deadlines list says it («N días … desde: …»)."""

from __future__ import annotations

from datetime import date

import pytest

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.deadlines import TERMS, Deadline, compute_deadlines
from ism_desktop.domain.paimef.key_dates import KEY_DATES

SIGNING = "Firma del Instrumento Jurídico"
YEAR_END = "Cierre del ejercicio fiscal (31 de diciembre)"
# From DOMAIN.md and the Reglas de Operación 2020: each term and the event it runs from.
STARTS = {
    "participacion": "Último día hábil de febrero",  # 4.3.1: 5 días hábiles after it
    "valoracion_prorroga": "Solicitud de prórroga para presentar el Programa Anual",
    "respuesta_prorroga": "Solicitud de prórroga de otro plazo",
    "ampliacion": "Solicitud de ampliación de recursos",
    "reorientacion": "Solicitud de reorientación de recursos",
    "recomendaciones_mesa": "Sesión de la Mesa de Análisis",
    "ajuste_estructural": "Recepción de las recomendaciones de la Mesa de Análisis",
    "revision_ajuste_estructural": "Entrega del ajuste estructural",
    "observaciones_ajuste_estructural": "Recepción de observaciones al ajuste estructural",
    "constancia_conformidad": SIGNING,  # ≤ 5 after signing (4.3.4.1)
    "ajuste_total": SIGNING,  # 10 (+5) after signing (4.3.4.2)
    "revision_ajuste_total": "Ajuste total realizado",
    "observaciones_ajuste_total": "Recepción de observaciones al ajuste total",
    "primera_ministracion": SIGNING,  # ≤ 30 after signing (4.3.6)
    "revision_informe_parcial": "Entrega del Informe Parcial",
    "informe_final": YEAR_END,  # ≤ 5 after year end (4.3.9)
    "revision_informe_final": "Entrega del Informe Final",
    "observaciones_informe_final": "Recepción de observaciones al Informe Final",
    "reintegro_tesofe": YEAR_END,  # ≤ 15 calendar days after year end (4.5.1)
    "aviso_cambio": "Cambio de representación legal, domicilio o responsables",  # 3.6.2 m
}


def _every_deadline() -> dict[str, Deadline]:
    # Every date recorded, so that every term is computed.
    dates = dict.fromkeys(KEY_DATES, date(2026, 4, 6))
    return {item.term.key: item for item in compute_deadlines(2026, dates, BusinessCalendar())}


def test_the_table_covers_every_term_counted_in_days() -> None:
    assert set(STARTS) == {term.key for term in TERMS if term.days}


@pytest.mark.parametrize(("key", "start"), sorted(STARTS.items()))
def test_each_term_says_what_it_counts_from(key: str, start: str) -> None:
    assert _every_deadline()[key].start_label == start


def test_the_participation_term_counts_from_the_last_business_day_of_february() -> None:
    item = _every_deadline()["participacion"]

    # 27 February 2026 is a Friday; five business days after it: Friday 6 March.
    assert (item.start, item.due) == (date(2026, 2, 27), date(2026, 3, 6))
