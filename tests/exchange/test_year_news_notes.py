"""What a base or observations package says about the year, as the review shows it."""

from __future__ import annotations

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.year_news import YearNews
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
