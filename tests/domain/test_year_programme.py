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
