"""Running the real command line as a child process, as a user's shell would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_cli(
    *args: str | Path, data_dir: Path | None = None, errors: str = "strict"
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m ism_desktop ARGS`` and capture its output as text.

    ``errors="replace"`` reads an output that echoes a path which is not UTF-8.
    """
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    if data_dir is not None:
        env["ISM_AVANCE_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "ism_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors=errors,
        env=env,
        timeout=120,
        check=False,
    )
