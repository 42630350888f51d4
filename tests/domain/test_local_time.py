"""Local date and time for people: day first, in this PC's zone."""

from __future__ import annotations

import pytest

from ism_desktop.domain.local_time import local_time_phrase, local_time_text


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
