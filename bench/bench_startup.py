"""Start-up: process start to the window's first paint, against a bare PySide6 window, same run.

Both are child processes started the same way (``python …`` from this script) and watched by
the same probe (``ism_desktop.gui.startup_probe.FirstPaintProbe``, an event filter that prints
at the window's first Paint event). The time is taken here, from just before the child is
started to the moment its line arrives; peak memory is the child's own peak RSS (``os.wait4``;
POSIX only, ``-`` elsewhere). The child also says how much CPU it had used by then (every
thread, from its start), a figure other programs on the machine change much less than the
clock. The program also prints when the rules' findings are all in.

Run: ``python -m bench.bench_startup [--runs 5] [--metas 5000]`` (offscreen; no display needed).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# Printed by ism_desktop.gui.startup_probe; not imported, so that this process stays small.
FIRST_PAINT = "primera pintura"
FINDINGS_READY = "revisión lista"

TARGET = 1.5
COORDINATOR = "[perfil]\nrol=coordinadora\nunidad=002\nejercicio=2024\ntrimestre=1\n"
BARE_WINDOW = """
import time
START = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from ism_desktop.gui.startup_probe import FIRST_PAINT, FirstPaintProbe, say
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
def painted():
    say(FIRST_PAINT, START)
    QTimer.singleShot(0, app.quit)
FirstPaintProbe(window, painted)
window.show()
app.exec()
"""


@dataclass(frozen=True)
class Run:
    """One start: seconds to the first paint (wall, and the child's CPU), to the findings, RSS."""

    painted: float
    painted_cpu: float
    checked: float | None
    rss: float | None


def _cpu(line: str) -> float:
    """The child's CPU seconds in a probe line: ``… en 0.412 s (cpu 0.398 s)``."""
    return float(line.rsplit("(cpu ", 1)[1].split()[0])


def start_once(command: list[str], env: dict[str, str]) -> Run:
    """Start the child, note when its probe lines arrive, reap it for its own peak RSS."""
    painted = checked = None
    painted_cpu = 0.0
    start = time.perf_counter()
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=REPO
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith(FIRST_PAINT) and painted is None:
            painted = time.perf_counter() - start
            painted_cpu = _cpu(line)
        elif line.startswith(FINDINGS_READY) and checked is None:
            checked = time.perf_counter() - start
    rss = None
    if hasattr(os, "wait4"):
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        rss = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    else:
        child.wait()
    if painted is None or child.returncode:
        raise RuntimeError(f"{command[-3:]} no pintó la ventana (salida {child.returncode})")
    return Run(painted, painted_cpu, checked, rss)


def median_of(runs: int, command: list[str], env: dict[str, str]) -> Run:
    """Median times and largest peak RSS of ``runs`` starts (the first writes bytecode)."""
    results = [start_once(command, env) for _ in range(runs)]
    checked = [r.checked for r in results if r.checked is not None]
    peaks = [r.rss for r in results if r.rss is not None]
    return Run(
        statistics.median(r.painted for r in results),
        statistics.median(r.painted_cpu for r in results),
        statistics.median(checked) if checked else None,
        max(peaks) if peaks else None,
    )


def _prepare(root: Path, metas: int) -> dict[str, Path]:
    """The seed's and a state-scale database, each in a folder with a coordinator's profile."""
    from bench.generate_state_report import generate
    from ism_desktop.exchange.etca.report_import import import_etca_file
    from ism_desktop.store.store import Store

    state_report = root / "estatal.txt"
    state_report.write_text(generate(metas=metas, dependencies=60, seed=2024), encoding="utf-8")
    seed = REPO / "resources" / "sample" / "etca_iii_04_2024_t1.txt"
    cases = {"ism": seed, "estatal": state_report}
    for name, report in cases.items():
        folder = root / name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "configuracion.ini").write_text(COORDINATOR, encoding="utf-8")
        with Store.open(folder / "ism_avance.sqlite3") as store:
            import_etca_file(report, store.reports)
    return {name: root / name / "ism_avance.sqlite3" for name in cases}


def _mib(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"


def main(argv: list[str] | None = None) -> int:
    """Build the two databases, time each start, print medians, ratios and peak memory."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="median of N starts (default 5)")
    parser.add_argument("--metas", type=int, default=5000, help="state-scale report size")
    parser.add_argument("--preparar", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.preparar is not None:
        _prepare(args.preparar, args.metas)
        return 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    # An installed program runs from bytecode; a sandbox that forbids writing it would time
    # the compiler instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        # Prepared by a child: Linux keeps a process's peak RSS across fork and exec, so the
        # measured children must be started by a process that never grew.
        prepare = ["-m", "bench.bench_startup", "--metas", str(args.metas), "--preparar", tmp]
        subprocess.run([sys.executable, *prepare], check=True, cwd=REPO, env=env)
        cases = {
            "56 metas (ISM 2024 T1)": root / "ism" / "ism_avance.sqlite3",
            f"{args.metas:,} metas (estatal)": root / "estatal" / "ism_avance.sqlite3",
        }
        bare = median_of(args.runs, [sys.executable, "-c", BARE_WINDOW], env)
        print(f"Arranque → primera pintura, mediana de {args.runs} (offscreen)")
        print(
            f"{'caso':<26}{'pintura s':>10}{'× vacía':>9}{'CPU s':>7}{'× vacía':>9}"
            f"{'MiB':>6}{'hallazgos s':>13}"
        )
        print(
            f"{'QMainWindow vacía':<26}{bare.painted:>10.3f}{1.0:>9.2f}"
            f"{bare.painted_cpu:>7.3f}{1.0:>9.2f}{_mib(bare.rss):>6}"
        )
        for label, db in cases.items():
            case_env = dict(env, ISM_AVANCE_DATA_DIR=str(db.parent))
            command = [sys.executable, "-m", "ism_desktop", "--db", str(db), "--medir-arranque"]
            run = median_of(args.runs, command, case_env)
            checked = "-" if run.checked is None else f"{run.checked:.3f}"
            print(
                f"{label:<26}{run.painted:>10.3f}{run.painted / bare.painted:>9.2f}"
                f"{run.painted_cpu:>7.3f}{run.painted_cpu / bare.painted_cpu:>9.2f}"
                f"{_mib(run.rss):>6}{checked:>13}"
            )
    print(f"objetivo: primera pintura ≤ {TARGET}× la ventana vacía (reloj)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
