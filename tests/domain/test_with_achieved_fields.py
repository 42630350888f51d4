"""Setting an achieved figure keeps every other field of the meta, whatever fields it has."""

from __future__ import annotations

from dataclasses import fields
from decimal import Decimal

import pytest

from ism_desktop.domain.editing import with_achieved
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter
from tests.builders import meta, row

ROWS = {"met", "num", "den"}


@pytest.mark.parametrize(
    "before",
    [
        meta(row((50, 50, 50, 50)), evaluations={Quarter.FIRST: "SE REALIZARON 40 EVENTOS."}),
        meta(
            row((5, 5, 5, 5)),
            row((10, 10, 10, 10)),
            cumulative=False,
            unit_of_measure="PORCENTAJE",
            evaluations={Quarter.SECOND: "SE ATENDIÓ AL 50 %."},
        ),
    ],
    ids=["tipo A", "tipo P"],
)
def test_every_field_but_the_rows_is_kept(before: Meta) -> None:
    after = with_achieved(before, Quarter.SECOND, Decimal(4), Decimal(8))

    # Read from the dataclass itself: a field added to Meta later is checked too.
    for field in fields(Meta):
        if field.name not in ROWS:
            assert getattr(after, field.name) == getattr(before, field.name), field.name
    assert after.num.achieved[1] == Decimal(4)
    assert {field.name for field in fields(Meta)} >= ROWS
