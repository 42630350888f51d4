"""Local date and time for people: day first, in this PC's zone."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

from ism_desktop.domain.local_time import local_time_phrase, local_time_text


@pytest.fixture
def hermosillo() -> Iterator[None]:
    previous = os.environ.get("TZ")
    os.environ["TZ"] = "America/Hermosillo"  # UTC-7 all year, no daylight saving
    time.tzset()
    yield
    if previous is None:
        os.environ.pop("TZ")
    else:
        os.environ["TZ"] = previous
    time.tzset()


@pytest.mark.usefixtures("hermosillo")
def test_utc_moments_are_shown_in_local_time() -> None:
    assert local_time_text("2026-12-02T06:12:15+00:00") == "01/12/2026 23:12"
    assert local_time_text("2026-12-02T06:12:15+00:00", with_seconds=True) == "01/12/2026 23:12:15"


def test_local_moments_stay_and_nothing_is_a_dash() -> None:
    assert local_time_text("2024-04-11T10:44:00") == "11/04/2024 10:44"
    assert local_time_text(None) == "—"
    assert local_time_text("no es fecha") == "no es fecha"


@pytest.mark.usefixtures("hermosillo")
def test_a_moment_follows_a_verb_as_a_phrase() -> None:
    assert local_time_phrase("2026-12-02T06:12:15+00:00") == "el 01/12/2026 a las 23:12"
    assert local_time_phrase("2024-04-11T10:44:00") == "el 11/04/2024 a las 10:44"
    assert local_time_phrase("no es fecha") == "(no es fecha)"
    assert local_time_phrase(None) == "(—)"
