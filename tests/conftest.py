"""Shared fixtures: the seed report, fresh stores, and an offscreen Qt platform."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Without a display Qt aborts the whole test process; offscreen needs no extra packages.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parents[1]
SEED_REPORT = REPO_ROOT / "resources" / "sample" / "etca_iii_04_2024_t1.txt"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Never let a test touch the real user data folder."""
    previous = os.environ.get("ISM_AVANCE_DATA_DIR")
    os.environ["ISM_AVANCE_DATA_DIR"] = str(tmp_path_factory.mktemp("datos"))
    yield
    if previous is None:
        os.environ.pop("ISM_AVANCE_DATA_DIR", None)
    else:
        os.environ["ISM_AVANCE_DATA_DIR"] = previous


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The text of the official 2024 first-quarter report."""
    return SEED_REPORT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """Path of the official 2024 first-quarter report."""
    return SEED_REPORT
