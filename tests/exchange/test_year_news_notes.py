"""What a base or observations package says about the year, as the review shows it."""

from __future__ import annotations

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.year_news import Decision, YearNews
from ism_desktop.exchange.year_travel import news_notes


def test_moments_and_dates_read_day_first_not_as_stored() -> None:
    # The review showed «(2025-01-10T09:00:00)» and «2025-04-15», as stored.
    news = YearNews(
        approved_at="2025-01-10T09:00:00",
        delivery_dates={Quarter.FIRST: "2025-04-15", Quarter.SECOND: "no es fecha"},
    )

    assert news_notes(news) == (
        "el programa del año está aprobado desde el 10/01/2025 a las 09:00",
        "fecha de entrega del trimestre 1: 15/04/2025",
        "fecha de entrega del trimestre 2: no es fecha",
    )


@pytest.mark.usefixtures("hermosillo")
def test_a_decided_quarter_and_its_annual_read_as_the_one_request_the_unit_made() -> None:
    # The unit read two «solicitud …» lines for the one change it had asked.
    def decided(field: str, label: str, old: str, new: str) -> Decision:
        return Decision(
            2024, "30", UnitCode("004"), "m1", field, label, old, new, "Más eventos",
            "2024-04-02T10:00:00+00:00", "rechazada", "", "Sin oficio", "Coordinación",
            "2024-04-10T10:00:00+00:00",
        )  # fmt: skip

    news = YearNews(
        decisions=(
            decided("modificado.t3.num", "Modificado T3 (NUM)", "30.00", "40"),
            decided("modificado.anual.num", "Modificado anual (NUM)", "120.00", "130"),
        )
    )

    assert news_notes(news) == (
        "solicitud Modificado T3 (NUM): 30 → 40 (anual: 120 → 130), rechazada el 10/04/2024 03:00 "
        "por Coordinación (motivo: Sin oficio)",
    )
