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
from ism_desktop.exchange.etca_import import import_etca_file  # noqa: E402
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


def _time_to_window(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("ventana mostrada"):
                elapsed = time.perf_counter() - start
                break
        else:
            raise RuntimeError(f"{command} no mostró la ventana")
        child.wait()
    return elapsed


def _median(command: list[str], env: dict[str, str]) -> float:
    return statistics.median(_time_to_window(command, env) for _ in range(RUNS))


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
        bare = _median([sys.executable, "-c", BARE_WINDOW], env)
        print(f"Arranque hasta la ventana mostrada, mediana de {RUNS} corridas (offscreen)")
        print(f"{'caso':<28}{'segundos':>10}{'× ventana vacía':>18}")
        print(f"{'ventana PySide6 vacía':<28}{bare:>10.3f}{1.0:>18.2f}")
        for label, db in cases.items():
            case_env = dict(env, ISM_AVANCE_DATA_DIR=str(db.parent))
            command = [sys.executable, "-m", "ism_desktop", "--db", str(db), "--medir-arranque"]
            seconds = _median(command, case_env)
            print(f"{label:<28}{seconds:>10.3f}{seconds / bare:>18.2f}")


if __name__ == "__main__":
    main()
