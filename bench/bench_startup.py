"""Start-up time: process launch to window shown, against a bare PySide6 window, same run.

Run: ``python bench/bench_startup.py`` (offscreen; needs no display). Prints a table.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.generate_state_report import generate  # noqa: E402
from ism_desktop.exchange.etca.report_import import import_etca_file  # noqa: E402
from ism_desktop.store.store import Store  # noqa: E402

RUNS = 7
COORDINATOR = "[perfil]\nrol=coordinadora\nunidad=002\nejercicio=2024\ntrimestre=1\n"
BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print("ventana mostrada", flush=True), app.quit()))
app.exec()
"""


def _times(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launch to the window shown, and to the rules' findings on screen."""
    start = time.perf_counter()
    shown = checked = 0.0
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("ventana mostrada"):
                shown = time.perf_counter() - start
            if line.startswith("revisión lista"):
                checked = time.perf_counter() - start
        child.wait()
    if not shown:
        raise RuntimeError(f"{command} no mostró la ventana")
    # The bare window has no rules to run: its window is "ready" when shown.
    return shown, checked or shown


def _median(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    runs = [_times(command, env) for _ in range(RUNS)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def _database(folder: Path, report: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "configuracion.ini").write_text(COORDINATOR, encoding="utf-8")
    path = folder / "ism_avance.sqlite3"
    with Store.open(path) as store:
        import_etca_file(report, store.reports)
    return path


def main() -> None:
    """Build the two databases, time each start-up, print medians and ratios."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # An installed program runs from bytecode; a sandbox that forbids writing it would time
    # the compiler instead. The first of the runs writes it, the median ignores that run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        state_report = root / "estatal.txt"
        state_report.write_text(generate(metas=5000, dependencies=60, seed=2024), encoding="utf-8")
        seed = REPO / "resources" / "sample" / "etca_iii_04_2024_t1.txt"
        cases = {
            "56 metas (ISM 2024 T1)": _database(root / "ism", seed),
            "5,000 metas (estatal)": _database(root / "estatal", state_report),
        }
        bare, _ = _median([sys.executable, "-c", BARE_WINDOW], env)
        print(f"Arranque, mediana de {RUNS} corridas (offscreen); × = veces la ventana vacía")
        print(f"{'caso':<26}{'ventana mostrada':>18}{'×':>7}{'revisión lista':>16}{'×':>7}")
        print(f"{'ventana PySide6 vacía':<26}{bare:>18.3f}{1.0:>7.2f}{'—':>16}{'':>7}")
        for label, db in cases.items():
            case_env = dict(env, ISM_AVANCE_DATA_DIR=str(db.parent))
            command = [sys.executable, "-m", "ism_desktop", "--db", str(db), "--medir-arranque"]
            shown, checked = _median(command, case_env)
            print(
                f"{label:<26}{shown:>18.3f}{shown / bare:>7.2f}"
                f"{checked:>16.3f}{checked / bare:>7.2f}"
            )


if __name__ == "__main__":
    main()
