"""The window-fit and visible-text tests again on a 1024×768 screen (the rest run at 1366×768)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
AT_EVERY_SIZE = [
    "tests/gui/test_window_fit.py",
    "tests/gui/test_print_preview.py",
    "tests/gui/test_meta_form_paper.py",
    "tests/gui/test_meta_form_keys.py",
    "tests/gui/test_meta_form_export.py",
    "tests/gui/test_spanish_everywhere.py",
]

pytestmark = [pytest.mark.gui, pytest.mark.slow]


@pytest.mark.skipif(
    os.environ.get("ISM_TEST_SCREEN") is not None, reason="already running at a chosen size"
)
@pytest.mark.parametrize("screen", ["1024x768"])
def test_window_tests_pass_on_a_small_screen(screen: str) -> None:
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    env["ISM_TEST_SCREEN"] = screen
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *AT_EVERY_SIZE],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
