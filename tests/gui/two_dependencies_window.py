"""The coordinator's window, second quarter of 2024, on the report of dependencies 51 and 84."""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from tests.two_dependencies import state_database

SECOND = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.SECOND)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Dependencies 51 (its 002 has 4 metas) and 84 (its 002 has 10); nothing of T2 came."""
    return state_database(tmp_path)
