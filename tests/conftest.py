"""Shared fixtures: the seed report, fresh stores, and an offscreen Qt platform."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

# The screen the window tests run on: the commonest office laptop unless told otherwise
# (tests/gui/test_screen_sizes.py runs the window-fit tests again at 1024×768).
TEST_SCREEN = os.environ.get("ISM_TEST_SCREEN", "1366x768")


def _offscreen_platform(screen: str) -> str:
    """Qt's offscreen platform (no display needed) with one screen of the given size."""
    width, height = (int(part) for part in screen.split("x"))
    config = {
        "screens": [
            {
                "name": "Pantalla",
                "x": 0,
                "y": 0,
                "width": width,
                "height": height,
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
        ]
    }
    path = Path(tempfile.gettempdir()) / f"ism-avance-pantalla-{screen}.json"
    # Written whole under a private name, then renamed: parallel runs never read half a file.
    private = path.with_suffix(f".{os.getpid()}.tmp")
    private.write_text(json.dumps(config), encoding="utf-8")
    os.replace(private, path)
    return f"offscreen:configfile={path}"


# Without a display Qt aborts the whole test process; offscreen needs no extra packages.
OFFSCREEN = os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen"
if OFFSCREEN:
    os.environ["QT_QPA_PLATFORM"] = _offscreen_platform(TEST_SCREEN)


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    """The test QApplication's arguments: the sized offscreen screen, whatever the environment.

    A test that resets ``QT_QPA_PLATFORM`` before the application exists must not shrink the
    screen every later window test runs on.
    """
    if OFFSCREEN:
        return ["pytest", "-platform", _offscreen_platform(TEST_SCREEN)]
    return ["pytest"]


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


@pytest.fixture(autouse=True)
def _collection_on_the_window_thread(request: pytest.FixtureRequest) -> None:
    """As the program does: while tests have windows, only the window's thread collects cycles.

    Kept from one window test to the next (a thread one leaves running must not collect), and
    given back, after a collection on the window's thread, when a test without windows comes:
    nothing runs Qt's event loop there to collect, and some tests are about Python's own.
    """
    if {"qapp", "qtbot"} & set(request.fixturenames):
        from ism_desktop.gui.collection_on_gui_thread import collect_on_gui_thread

        collect_on_gui_thread(request.getfixturevalue("qapp"))
    elif "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication

        from ism_desktop.gui.collection_on_gui_thread import GuiThreadCollector

        app = QCoreApplication.instance()
        found = None if app is None else app.findChild(GuiThreadCollector, "recolector")
        if found is not None:
            found.stop()


@pytest.fixture
def hermosillo() -> Iterator[None]:
    """This process in Sonora's time (UTC-7 all year, no daylight saving), then as it was."""
    previous = os.environ.get("TZ")
    os.environ["TZ"] = "America/Hermosillo"
    time.tzset()
    yield
    if previous is None:
        os.environ.pop("TZ")
    else:
        os.environ["TZ"] = previous
    time.tzset()


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The text of the official 2024 first-quarter report."""
    return SEED_REPORT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """Path of the official 2024 first-quarter report."""
    return SEED_REPORT
