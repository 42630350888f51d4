"""Wall time and peak memory of ``import-etca`` and ``dump`` on the seed and a state-scale report.

Run ``python bench/bench_import_dump.py``: every step runs as a child process, as a user's shell
would run it; the table shows the best wall time of three runs and the largest peak RSS.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "resources" / "sample" / "etca_iii_04_2024_t1.txt"
GENERATOR = Path(__file__).resolve().parent / "generate_state_report.py"
STATE_METAS, STATE_DEPENDENCIES = 5000, 60
RUNS = 3
CLI = [sys.executable, "-m", "ism_desktop"]


@dataclass
class Row:
    """One line of the table: a step on one report."""

    step: str
    report: str
    seconds: float | None
    rss_mib: float | None


class ChildFailedError(RuntimeError):
    """A measured command exited with an error; the message carries its standard error."""


def run_child(
    args: list[str], env: dict[str, str], stdout: Path | None = None
) -> tuple[float, float | None]:
    """Run one child to the end: wall seconds and its own peak RSS in MiB (None where unknown)."""
    with tempfile.TemporaryFile() as err, open(stdout or os.devnull, "wb") as out:
        start = time.perf_counter()
        child = subprocess.Popen(args, stdout=out, stderr=err, cwd=ROOT, env=env)
        rss: float | None = None
        if hasattr(os, "wait4"):
            # wait4 gives this child's own rusage; RUSAGE_CHILDREN would mix all children.
            _, status, usage = os.wait4(child.pid, 0)
            child.returncode = os.waitstatus_to_exitcode(status)
            rss = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
        else:
            child.wait()
        seconds = time.perf_counter() - start
        err.seek(0)
        message = err.read().decode("utf-8", "replace")
    if child.returncode:
        command = " ".join(str(arg) for arg in args[1:])
        raise ChildFailedError(f"`{command}` exited with {child.returncode}:\n{message}")
    return seconds, rss


def best_of(
    step: str,
    report: str,
    command: Callable[[int], list[str]],
    env: dict[str, str],
    stdout: Path | None = None,
) -> Row:
    """Best wall time and largest peak RSS of ``RUNS`` runs (``command(run)`` gives the argv)."""
    results = [run_child(command(run), env, stdout) for run in range(RUNS)]
    peaks = [rss for _, rss in results if rss is not None]
    return Row(step, report, min(seconds for seconds, _ in results), max(peaks, default=None))


def parse_in_process(path: Path) -> float | None:
    """Best time of the parser alone, in this process; None while the module does not exist."""
    try:
        from ism_desktop.exchange.etca.text import parse_etca_text
    except ImportError:
        return None
    text = path.read_text(encoding="utf-8")
    best = float("inf")
    for _ in range(RUNS):
        start = time.perf_counter()
        parse_etca_text(text)
        best = min(best, time.perf_counter() - start)
    return best


def show_failure(path: Path, error: ChildFailedError) -> None:
    """Print the error and the report lines around the line it names, for the parser's author."""
    print(f"\nFAILED on {path.name}: {error}", file=sys.stderr)
    match = re.search(r"L[íi]nea (\d+)", str(error))
    if match:
        number = int(match.group(1))
        lines = path.read_text(encoding="utf-8").splitlines()
        for index in range(max(1, number - 8), min(len(lines), number + 8) + 1):
            marker = ">>" if index == number else "  "
            print(f"{marker}{index:7d}| {lines[index - 1]}", file=sys.stderr)


def bench_report(path: Path, label: str, work: Path, env: dict[str, str]) -> list[Row]:
    """Fresh import, re-import into the same database, dump; stops at the first failure."""
    fresh = [str(work / f"{label}-{run}.sqlite") for run in range(RUNS)]
    importing = [*CLI, "import-etca", str(path), "--db"]
    steps: list[tuple[str, Callable[[int], list[str]], str]] = [
        ("import-etca, fresh DB", lambda run: [*importing, fresh[run]], "fresh.txt"),
        ("import-etca again, same DB", lambda _: [*importing, fresh[0]], "again.txt"),
        ("dump to a file", lambda _: [*CLI, "dump", "--db", fresh[0]], "dump.json"),
    ]
    rows: list[Row] = []
    for step, command, output in steps:
        try:
            rows.append(best_of(step, label, command, env, work / f"{label}-{output}"))
        except ChildFailedError as error:
            show_failure(path, error)
            return [*rows, Row(f"{step} FAILED", label, None, None)]
    for output in ("fresh.txt", "again.txt"):
        print(f"{label}: {(work / f'{label}-{output}').read_text(encoding='utf-8').strip()}")
    dump_mb = (work / f"{label}-dump.json").stat().st_size / 1e6
    print(f"{label}: dump is {dump_mb:.1f} MB of JSON")
    return rows


def table(rows: list[Row]) -> str:
    """The rows as an aligned plain-text table."""
    lines = [f"{'step':<34} {'report':<8} {'wall s':>8} {'peak RSS MiB':>13}"]
    for row in rows:
        seconds = "-" if row.seconds is None else f"{row.seconds:.3f}"
        rss = "-" if row.rss_mib is None else f"{row.rss_mib:.1f}"
        lines.append(f"{row.step:<34} {row.report:<8} {seconds:>8} {rss:>13}")
    return "\n".join(lines)


def main() -> int:
    """Generate the state report, run every step, print the table."""
    with tempfile.TemporaryDirectory(prefix="ism-bench-") as tmp:
        work = Path(tmp)
        # The CLI must never touch the user's own data folder while measuring.
        env = dict(os.environ, PYTHONIOENCODING="utf-8", ISM_AVANCE_DATA_DIR=str(work))
        state = work / "state_report.txt"
        generate = [sys.executable, str(GENERATOR), "--metas", str(STATE_METAS)]
        generate += ["--dependencies", str(STATE_DEPENDENCIES), "--out", str(state)]
        seconds, rss = run_child(generate, env)
        rows = [Row(f"generate {STATE_METAS} metas", "state", seconds, rss)]
        rows.append(best_of("python -c pass", "-", lambda _: [sys.executable, "-c", "pass"], env))
        importing = [sys.executable, "-c", "import ism_desktop.cli"]
        rows.append(best_of("python -c 'import ism_desktop.cli'", "-", lambda _: importing, env))
        for path, label in ((SEED, "seed"), (state, "state")):
            rows += bench_report(path, label, work, env)
            rows.append(Row("parse only, in-process", label, parse_in_process(path), None))
        size = state.stat().st_size / 1e6
        print(f"\nPython {sys.version.split()[0]} on {sys.platform}; best of {RUNS} runs; ", end="")
        print(f"seed {SEED.stat().st_size / 1e3:.1f} kB, state report {size:.1f} MB\n")
        print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
