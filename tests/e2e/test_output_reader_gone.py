"""A command whose output is cut off by its reader («| head») ends quietly: not a failure."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e


def test_a_reader_that_stops_early_is_not_an_unexpected_error(
    tmp_path: Path, seed_path: Path
) -> None:
    # «dump | head -c 10» said «ocurrió un error inesperado: [Errno 32] Broken pipe», ended
    # with 2 and wrote a traceback to errores.txt for support.
    database = tmp_path / "datos.sqlite3"
    assert run_cli("import-etca", seed_path, "--db", database).returncode == 0
    env = dict(os.environ, ISM_AVANCE_DATA_DIR=str(tmp_path / "datos"), PYTHONIOENCODING="utf-8")
    child = subprocess.Popen(
        [sys.executable, "-m", "ism_desktop", "dump", "--db", str(database)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert child.stdout is not None
    assert child.stderr is not None
    child.stdout.read(10)
    child.stdout.close()  # the reader goes away with most of the output unread

    code = child.wait(timeout=120)
    with child.stderr:
        said = child.stderr.read().decode("utf-8")

    assert (code, said) == (0, "")
    assert not list((tmp_path / "datos").glob("**/errores*"))
