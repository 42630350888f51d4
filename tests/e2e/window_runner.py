"""Starting the real program as the window's icon does, its message boxes recorded, not shown.

The installed window has no console: a refusal it only prints is never seen. The child runs
``ism_desktop.app.main`` with every message box recording what it would show (an unanswered
modal would hang the test), then writes what it saw to a JSON file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

RECORDING = """
import json
import sys
from PySide6.QtWidgets import QMessageBox

boxes = []

def record_exec(box):
    boxes.append({"title": box.windowTitle(), "text": box.text(), "icon": box.icon().name})
    return 0

def recording(icon):
    def record(parent, title, text, *args, **kwargs):
        boxes.append({"title": title, "text": text, "icon": icon})
        return QMessageBox.StandardButton.Ok
    return staticmethod(record)

QMessageBox.exec = record_exec
for name, icon in (("critical", "Critical"), ("warning", "Warning"), ("information",
        "Information"), ("question", "Question")):
    setattr(QMessageBox, name, recording(icon))

from ism_desktop.app import main

try:
    code = main(sys.argv[2:])
except SystemExit as exc:
    code = exc.code
finally:
    gui = sorted(name for name in sys.modules if name.startswith("ism_desktop.gui"))
    with open(sys.argv[1], "w", encoding="utf-8") as seen:
        json.dump({"boxes": boxes, "gui_loaded": bool(gui)}, seen)
sys.exit(code)
"""


@dataclass(frozen=True)
class Started:
    """What a start did: its exit code, its output, the boxes it showed, whether it loaded gui."""

    returncode: int
    stdout: str
    stderr: str
    boxes: list[dict[str, str]]
    gui_loaded: bool


def start_program(*args: str | Path, data_dir: Path) -> Started:
    """Run ``ism-desktop ARGS`` offscreen, on ``data_dir``, its message boxes recorded."""
    env = {
        **os.environ,
        "ISM_AVANCE_DATA_DIR": str(data_dir),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
    }
    # Outside the test's folder: tests check that a refused start left nothing there.
    with tempfile.TemporaryDirectory() as folder:
        seen = Path(folder) / "cajas.json"
        result = subprocess.run(
            [sys.executable, "-c", RECORDING, str(seen), *map(str, args)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=REPO,
            env=env,
            timeout=120,
            check=False,
        )
        shown = json.loads(seen.read_text(encoding="utf-8"))
    return Started(
        result.returncode, result.stdout, result.stderr, shown["boxes"], shown["gui_loaded"]
    )
