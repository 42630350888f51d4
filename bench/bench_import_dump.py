"""Wall time and peak memory of ``import-etca`` and ``dump``, and the import against its floor.

Run ``python bench/bench_import_dump.py [--runs 5]``: every step runs as a child process, as a
user's shell would run it; the table shows the median wall time of ``--runs`` runs and the
largest peak RSS. The last table pairs ``import-etca`` of the state report into a fresh file with
``import_floor.py`` (read + one regex split + ``executemany`` of the same rows), run in turn.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.paired_timing import (
    HEADER,
    ChildFailedError,
    Measure,
    paired,
    run_child,
)
from bench.paired_timing import (
    row as paired_row,
)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "resources" / "sample" / "etca_iii_04_2024_t1.txt"
GENERATOR = Path(__file__).resolve().parent / "generate_state_report.py"
FLOOR = Path(__file__).resolve().parent / "import_floor.py"
STATE_METAS, STATE_DEPENDENCIES = 5000, 60
CLI = [sys.executable, "-m", "ism_desktop"]
TARGET_RATIO, TARGET_S = 1.5, 0.6
RUNS = 5


@dataclass
class Row:
    """One line of the table: a step on one report."""

    step: str
    report: str
    seconds: float | None
    rss_mib: float | None


def median_of(
    step: str,
    report: str,
    command: Callable[[int], list[str]],
    env: dict[str, str],
    stdout: Path | None = None,
) -> Row:
    """Median wall time and largest peak RSS of ``RUNS`` runs (``command(run)`` gives the argv)."""
    results = [run_child(command(run), env, ROOT, stdout) for run in range(RUNS)]
    peaks = [m.rss_mib for m in results if m.rss_mib is not None]
    return Row(
        step, report, statistics.median(m.seconds for m in results), max(peaks, default=None)
    )


def parse_in_process(path: Path) -> float | None:
    """Median time of the parser alone, in this process; None while the module does not exist."""
    try:
        from ism_desktop.exchange.etca.text import parse_etca_text
    except ImportError:
        return None
    text = path.read_text(encoding="utf-8")
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        parse_etca_text(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


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
            rows.append(median_of(step, label, command, env, work / f"{label}-{output}"))
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


def against_floor(state: Path, work: Path, env: dict[str, str]) -> str:
    """``import-etca`` of the state report into a fresh file, paired run by run with the floor."""
    reference = work / "state-0.sqlite"  # filled by the first fresh import above

    def importing(run: int) -> Measure:
        return run_child(
            [*CLI, "import-etca", str(state), "--db", str(work / f"a{run}.db")], env, ROOT
        )

    def floor(run: int) -> Measure:
        command = [sys.executable, str(FLOOR), str(state), str(reference), str(work / f"b{run}.db")]
        return run_child(command, env, ROOT)

    result = paired(importing, floor, RUNS)
    verdict = result.ratio <= TARGET_RATIO and result.seconds < TARGET_S
    target = f"≤ {TARGET_RATIO}× and < {TARGET_S} s: {'met' if verdict else 'NOT met'}"
    label = f"import-etca {STATE_METAS} metas, fresh file"
    cpu = "-" if result.cpu_ratio is None else f"{result.cpu_ratio:.2f}×"
    return "\n".join(
        [
            HEADER,
            paired_row(label, result, "read + regex split + executemany", target),
            f"CPU time, median of the pairs' ratios: {cpu}",
        ]
    )


def main() -> int:
    """Generate the state report, run every step, print the tables."""
    global RUNS
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=RUNS)
    RUNS = max(parser.parse_args().runs, 1)
    with tempfile.TemporaryDirectory(prefix="ism-bench-") as tmp:
        work = Path(tmp)
        # The CLI must never touch the user's own data folder while measuring. Bytecode is kept
        # (in the temporary folder), as an installed program has it: without it every run would
        # compile the program's modules again, which the floor, all standard library, never does.
        env = dict(
            os.environ,
            PYTHONIOENCODING="utf-8",
            ISM_AVANCE_DATA_DIR=str(work),
            PYTHONPYCACHEPREFIX=str(work / "bytecode"),
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        state = work / "state_report.txt"
        generate = [sys.executable, str(GENERATOR), "--metas", str(STATE_METAS)]
        generate += ["--dependencies", str(STATE_DEPENDENCIES), "--out", str(state)]
        generated = run_child(generate, env, ROOT)
        rows = [Row(f"generate {STATE_METAS} metas", "state", generated.seconds, generated.rss_mib)]
        rows.append(median_of("python -c pass", "-", lambda _: [sys.executable, "-c", "pass"], env))
        importing = [sys.executable, "-c", "import ism_desktop.cli"]
        rows.append(median_of("python -c 'import ism_desktop.cli'", "-", lambda _: importing, env))
        for path, label in ((SEED, "seed"), (state, "state")):
            rows += bench_report(path, label, work, env)
            rows.append(Row("parse only, in-process", label, parse_in_process(path), None))
        size = state.stat().st_size / 1e6
        print(
            f"\nPython {sys.version.split()[0]} on {sys.platform}; median of {RUNS} runs; ", end=""
        )
        print(f"seed {SEED.stat().st_size / 1e3:.1f} kB, state report {size:.1f} MB\n")
        print(table(rows))
        print()
        print(against_floor(state, work, env))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
