"""What a unit types at its PC, done through the store as the window would (no CLI for it)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path

from ism_desktop.domain.audit import Author
from ism_desktop.domain.editing import with_achieved, with_evaluation
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store

# Per meta id: the achieved NUM (and DEN for tipo P) of a quarter, and the narrative.
Typing = Mapping[str, tuple[int | tuple[int, int], str]]


def type_quarter(
    database: Path, typing: Typing, who: str, quarter: Quarter, year: int | None = None
) -> None:
    """Type achieved figures and narratives of a quarter, audited as the window does."""
    with Store.open(database) as store:
        report = store.reports.load(year=year, quarter=quarter)
        assert report is not None
        for meta_id, (figure, narrative) in typing.items():
            before = report.meta_by_id(meta_id)
            assert before is not None, meta_id
            num, den = figure if isinstance(figure, tuple) else (figure, None)
            after = with_achieved(
                before, quarter, Decimal(num), None if den is None else Decimal(den)
            )
            after = with_evaluation(after, quarter, narrative)
            store.edits.save(report.year, before, after, Author(who, "prueba"))


def type_first_quarter(database: Path, typing: Typing, who: str) -> None:
    """Type achieved figures and narratives of the first quarter of the current year."""
    type_quarter(database, typing, who, Quarter.FIRST)
