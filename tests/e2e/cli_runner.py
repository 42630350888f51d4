"""Running the real command line as a child process, as a user's shell would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_cli(*args: str | Path, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m ism_desktop ARGS`` and capture its output as text."""
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    if data_dir is not None:
        env["ISM_AVANCE_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "ism_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
