"""The coordinator's closings reach a unit whatever the text of their time."""

from __future__ import annotations

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.year_news import QuarterState, YearNews
from ism_desktop.store.store import Store
from ism_desktop.store.year_news import closed_by

UNIT = UnitCode("004")


def test_a_closing_whose_time_is_not_a_moment_still_closes_a_quarter_never_touched_here() -> None:
    # Nothing here to weigh it against: it closes, as a text compared as text did.
    news = YearNews(quarters={Quarter.FIRST: QuarterState(closed=True, at="sin fecha")})
    with Store.in_memory() as store:
        assert closed_by(store.closures, 2024, "30", UNIT, news) == [Quarter.FIRST]
