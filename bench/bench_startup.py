"""Start-up: process start to the window's first paint, against a bare PySide6 window, same run.

Both are child processes started the same way (``python …`` from this script) and watched by
the same probe (``ism_desktop.gui.startup_probe.FirstPaintProbe``, an event filter that prints
at the window's first Paint event). The time is taken here, from just before the child is
started to the moment its line arrives; peak memory is the child's own peak RSS (``os.wait4``;
POSIX only, ``-`` elsewhere). The child also says how much CPU it had used by then (every
thread, from its start), a figure other programs on the machine change much less than the
clock. The program also prints when the rules' findings are all in.

The starts run in turn (bare window, then each case, then the bare window again …), and each
case's ratio is the median of its ratios to the bare start of the same round. ``--antes DIR``
adds the program of another source tree (an export of an earlier commit) to every round.

Run: ``python -m bench.bench_startup [--runs 5] [--metas 5000] [--antes DIR]`` (offscreen).
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
DATA_SHOWN = "metas en pantalla"
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
    shown: float
    checked: float | None
    rss: float | None


def _cpu(line: str) -> float:
    """The child's CPU seconds in a probe line: ``… en 0.412 s (cpu 0.398 s)``."""
    return float(line.rsplit("(cpu ", 1)[1].split()[0])


def start_once(command: list[str], env: dict[str, str], cwd: Path = REPO) -> Run:
    """Start the child, note when its probe lines arrive, reap it for its own peak RSS."""
    painted = shown = checked = None
    painted_cpu = 0.0
    start = time.perf_counter()
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=cwd
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith(FIRST_PAINT) and painted is None:
            painted = time.perf_counter() - start
            painted_cpu = _cpu(line)
        elif line.startswith(DATA_SHOWN) and shown is None:
            shown = time.perf_counter() - start
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
    # A program that paints its metas with the window (as earlier versions did) says no more.
    return Run(painted, painted_cpu, painted if shown is None else shown, checked, rss)


@dataclass(frozen=True)
class Row:
    """A case over ``runs`` starts: medians, the median of its ratios to the bare window."""

    painted: float
    painted_cpu: float
    ratio: float
    cpu_ratio: float
    shown: float
    checked: float | None
    rss: float | None


def summarize(runs: list[Run], bare: list[Run]) -> Row:
    """Medians, the largest peak RSS, and the ratios pair by pair (run i against bare run i)."""
    checked = [r.checked for r in runs if r.checked is not None]
    peaks = [r.rss for r in runs if r.rss is not None]
    return Row(
        statistics.median(r.painted for r in runs),
        statistics.median(r.painted_cpu for r in runs),
        statistics.median(r.painted / b.painted for r, b in zip(runs, bare, strict=True)),
        statistics.median(r.painted_cpu / b.painted_cpu for r, b in zip(runs, bare, strict=True)),
        statistics.median(r.shown for r in runs),
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
    parser.add_argument(
        "--antes", type=Path, help="another source tree of the program, measured alongside"
    )
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
        commands = {"bare": ([sys.executable, "-c", BARE_WINDOW], env, REPO)}
        trees = {"": REPO} if args.antes is None else {"antes: ": args.antes.resolve(), "": REPO}
        for index, (prefix, tree) in enumerate(trees.items()):
            # Each tree prepares its own databases: an older program refuses a file whose
            # schema a newer one wrote or upgraded, so the two trees cannot share one.
            folder = Path(tmp) / f"arbol{index}"
            folder.mkdir()
            # Prepared by a child: Linux keeps a process's peak RSS across fork and exec, so
            # the measured children must be started by a process that never grew.
            prepare = ["-m", "bench.bench_startup", "--metas", str(args.metas)]
            subprocess.run(
                [sys.executable, *prepare, "--preparar", str(folder)],
                check=True,
                cwd=tree,
                env=dict(env, PYTHONPATH=str(tree)),
            )
            cases = {
                "56 metas (ISM 2024 T1)": folder / "ism" / "ism_avance.sqlite3",
                f"{args.metas:,} metas (estatal)": folder / "estatal" / "ism_avance.sqlite3",
            }
            for label, db in cases.items():
                command = [sys.executable, "-m", "ism_desktop", "--db", str(db), "--medir-arranque"]
                tree_env = dict(env, ISM_AVANCE_DATA_DIR=str(db.parent), PYTHONPATH=str(tree))
                # ``-m`` looks in the working folder first: the tree's own program starts.
                commands[prefix + label] = (command, tree_env, tree)
        # In turn (bare, seed, state, bare, …): a drift of the machine's speed hits every case
        # alike, and each case's ratio is taken against the bare start of the same round.
        runs: dict[str, list[Run]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, (command, command_env, cwd) in commands.items():
                runs[name].append(start_once(command, command_env, cwd))
        print(f"Arranque → primera pintura, mediana de {args.runs} (offscreen)")
        print(
            f"{'caso':<33}{'pintura s':>10}{'× vacía':>9}{'CPU s':>7}{'× vacía':>9}"
            f"{'MiB':>6}{'metas s':>9}{'hallazgos s':>13}"
        )
        for name in commands:
            row = summarize(runs[name], runs["bare"])
            label = "QMainWindow vacía" if name == "bare" else name
            checked = "-" if row.checked is None else f"{row.checked:.3f}"
            shown = "-" if name == "bare" else f"{row.shown:.3f}"
            verdict = (
                "" if name == "bare" else ("  cumple" if row.ratio <= TARGET else "  NO cumple")
            )
            print(
                f"{label:<33}{row.painted:>10.3f}{row.ratio:>9.2f}"
                f"{row.painted_cpu:>7.3f}{row.cpu_ratio:>9.2f}"
                f"{_mib(row.rss):>6}{shown:>9}{checked:>13}{verdict}"
            )
    print(f"objetivo: primera pintura ≤ {TARGET}× la ventana vacía (reloj)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
