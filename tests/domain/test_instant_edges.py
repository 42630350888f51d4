"""A stored moment read for comparison never fails, whatever text a package carried.

«0001-01-01T00:00:00» (no zone) is taken as this PC's local time, which can fall before the
first representable instant: reading it raised, and a package's request dates are read so.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ism_desktop.domain.local_time import instant

EARLIEST = datetime.min.replace(tzinfo=UTC)


@pytest.mark.parametrize(
    "text", ["0001-01-01T00:00:00", "0001-01-01", "0001-01-01T00:00:00+05:00", "", "ayer"]
)
def test_a_moment_at_the_edge_or_no_moment_reads_as_the_earliest(text: str) -> None:
    assert instant(text) <= instant("2024-04-02T10:00:00-07:00")


def test_the_latest_moment_reads_and_sorts_last() -> None:
    moments = ["9999-12-31T23:59:59", "2024-04-02T10:00:00-07:00", "0001-01-01T00:00:00"]

    assert max(moments, key=instant) == "9999-12-31T23:59:59"
    assert min(moments, key=instant) == "0001-01-01T00:00:00"
    assert instant("texto") == EARLIEST
