"""Two ``import-package`` processes on one database at once: both wait their turn, both succeed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from tests.exchange.package_builders import export_unit, seed_store

pytestmark = pytest.mark.e2e


def _start(*args: str | Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ism_desktop", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def test_two_intakes_at_once_both_succeed(tmp_path: Path, seed_path: Path, seed_text: str) -> None:
    with seed_store(seed_text) as units:
        rounds = [
            [export_unit(units, tmp_path / f"ronda{n}_{unit}", unit) for unit in ("004", "009")]
            for n in range(3)
        ]

    for n, packages in enumerate(rounds):
        # A received quarter closes: each round goes to a coordinator that has none yet.
        database = tmp_path / f"coordinadora{n}.sqlite3"
        assert run_cli("import-etca", seed_path, "--db", database).returncode == 0
        running = [_start("import-package", "--db", database, path) for path in packages]
        results = [(process.wait(timeout=120), *process.communicate()) for process in running]

        for code, _out, err in results:
            assert code == 0, err
            assert "locked" not in err
