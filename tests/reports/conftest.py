"""The seed report parsed once, and its PDF and workbook written once per test module."""

from __future__ import annotations

from datetime import datetime

import pytest

from ism_desktop.domain.report import ProgressReport
from ism_desktop.exchange.etca.text import parse_etca_text

PRINTED_AT = datetime(2024, 4, 11, 10, 44)


@pytest.fixture(scope="session")
def seed_report(seed_text: str) -> ProgressReport:
    """The official 2024 first-quarter report as domain objects."""
    return parse_etca_text(seed_text).report
