"""Each import contract really fails when its rule is broken, and the window's Qt stays lazy.

The package is copied to a temporary folder, one violating import is written into one file,
and ``lint-imports`` is run there: it must fail and name exactly the contract that was broken.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

# contract name -> (file to change, import to add; inside a function where a lazy import is
# just as forbidden)
VIOLATIONS = {
    "Layers point inward": ("domain/quarter.py", "import ism_desktop.exchange.report_json"),
    "Qt only in gui": ("app.py", "def _window() -> None:\n    import PySide6.QtWidgets"),
    "SQL only in store": ("exchange/report_json.py", "import sqlite3"),
    "Domain is pure standard library": (
        "domain/quarter.py",
        "def _render() -> None:\n    import pypdfium2",
    ),
    "The workspace is the adapters' only door to the store": (
        "cli/common.py",
        "import ism_desktop.store.backup",
    ),
    "The official report's text and the package format know nothing of each other": (
        "exchange/etca/errors.py",
        "import ism_desktop.exchange.package.manifest",
    ),
    "The spelling library only behind ism_desktop.spelling": (
        "gui/narrative_edit.py",
        "def _words() -> None:\n    import spylls.hunspell",
    ),
    "Exchange: per-kind intake and export above the formats": (
        "exchange/package/zip_guard.py",
        "import ism_desktop.exchange.intake.diff",
    ),
}


def _lint(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def copy_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package, its configuration and the custom contract type, away from the checkout."""
    folder = tmp_path_factory.mktemp("contracts")
    shutil.copytree(
        ROOT / "ism_desktop", folder / "ism_desktop", ignore=shutil.ignore_patterns("__pycache__")
    )
    (folder / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "import_contracts.py", folder / "scripts")
    shutil.copy(ROOT / "pyproject.toml", folder)
    return folder


def test_the_contracts_hold_on_the_code_as_it_is(copy_root: Path) -> None:
    result = _lint(copy_root)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{len(VIOLATIONS)} kept, 0 broken" in result.stdout


@pytest.mark.slow
@pytest.mark.parametrize("contract", list(VIOLATIONS))
def test_an_injected_violation_breaks_its_contract(copy_root: Path, contract: str) -> None:
    relative, statement = VIOLATIONS[contract]
    target = copy_root / "ism_desktop" / relative
    original = target.read_text(encoding="utf-8")
    target.write_text(original + "\n\n" + statement + "\n", encoding="utf-8")
    try:
        result = _lint(copy_root)
    finally:
        target.write_text(original, encoding="utf-8")

    assert result.returncode != 0
    assert f"{contract} BROKEN" in result.stdout
    assert f"{contract} KEPT" not in result.stdout


def test_the_command_line_starts_without_qt() -> None:
    # No contract can tell a lazy import from an eager one; this checks it as it runs.
    probe = (
        "import sys, ism_desktop.app, ism_desktop.cli\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')"
        " or m.startswith('ism_desktop.gui'))\n"
        "print(loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "[]"
