"""A requested target change applied to a meta: only a quarter's modified figure, by its key."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.year_programme import with_requested_target
from tests.builders import meta, row


def test_a_requested_quarter_target_is_set() -> None:
    target = meta(row((10, 20, 30, 40)))

    changed = with_requested_target(target, "modificado.t2.num", Decimal(25))

    assert changed.num.modified[Quarter.SECOND.index] == Decimal(25)


@pytest.mark.parametrize(
    "field",
    ["modificado", "modificado.t2", "modificado.t9.num", "modificado.tx.num", "a.b.c.d", "", "原"],
)
def test_a_key_that_names_no_modified_quarter_leaves_the_meta_as_it_was(field: str) -> None:
    # The key comes from a package another PC wrote: a damaged one must not stop the intake.
    target = meta(row((10, 20, 30, 40)))

    assert with_requested_target(target, field, Decimal(25)) == target


def test_a_decision_says_when_in_local_date_and_time_not_iso() -> None:
    from ism_desktop.domain.codes import UnitCode
    from ism_desktop.domain.year_news import APPROVED, Decision

    decision = Decision(
        2024, "30", UnitCode("004"), "abc", "modificado.t1.num", "Modificado T1 (NUM)",
        "270", "900", "más demanda", "2026-11-30T10:00:00-07:00",
        APPROVED, "OF-12", "", "Unidad coordinadora", "2026-12-02T06:12:15+00:00",
    )  # fmt: skip

    text = decision.describe()

    assert "2026-12-02T06:12:15" not in text
    assert "/12/2026" in text
