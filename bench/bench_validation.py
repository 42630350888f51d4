"""Time of the validation rules: a state-scale report in full, and one meta as the window re-checks.

Run ``python bench/bench_validation.py [--metas 5000] [--runs 7]``. The report comes from
``generate_state_report.generate`` (or, without it, the seed's 56 metas repeated with distinct
descriptions). Every figure is the median of ``--runs``; "cold" empties the cache of read
narratives first (the first check after opening a report), "warm" keeps it (every later check).
The first table gives each whole-report check's wall time, CPU time and peak RSS, cold, two
ways. "new process": a new interpreter reads the report, then checks it once, as the program
does after opening it (the check alone is timed; the peak is the whole process's), from bytecode
as an installed program runs (a first run writes it and is not counted). "forked child": a
``fork`` of this process, which has read the report, checks it; it also pays the copy-on-write
faults of writing to the parent's pages, which the program never pays (the earlier way, kept for
comparison). The issue's target is all 5,000 metas, cold, in under 0.3 s
(there is no comparator). On a shared machine the wall time also counts the time other programs
hold the processor; the CPU time is this check's own.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.paired_timing import Measure, in_fork, run_child  # noqa: E402
from ism_desktop.domain.meta import Meta  # noqa: E402
from ism_desktop.domain.report import ProgressReport  # noqa: E402
from ism_desktop.domain.validation.engine import (  # noqa: E402
    previous_narrative,
    validate_meta,
    validate_report,
)
from ism_desktop.domain.validation.narrative_facts import narrative_facts  # noqa: E402
from ism_desktop.exchange.etca.text import parse_etca_text  # noqa: E402

SEED = ROOT / "resources" / "sample" / "etca_iii_04_2024_t1.txt"
TARGET_FULL_S, TARGET_ONE_MS = 0.3, 1.0


def state_report_text(metas: int) -> str:
    """The text of the state-scale report, as ``state_report`` reads it."""
    from bench.generate_state_report import generate

    return generate(metas=metas, dependencies=60, seed=2024)


def state_report(metas: int) -> tuple[ProgressReport, str]:
    """The state-scale report, generated if the generator is there, else the seed replicated."""
    try:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from generate_state_report import generate  # type: ignore[import-not-found]
    except ImportError:
        return _replicated_seed(metas), "semilla replicada"
    text: str = generate(metas=metas, dependencies=60, seed=2024)
    return parse_etca_text(text).report, "generate_state_report.py"


def _replicated_seed(count: int) -> ProgressReport:
    seed = parse_etca_text(SEED.read_text(encoding="utf-8")).report
    metas: list[Meta] = []
    for index in range(count):
        meta = seed.metas[index % len(seed.metas)]
        key = replace(meta.key, description=f"{meta.description} ({index})")
        metas.append(replace(meta, key=key))
    return replace(seed, metas=tuple(metas))


def cold_check(subject: ProgressReport) -> None:
    """A whole-report check with no narrative read before."""
    narrative_facts.cache_clear()
    validate_report(subject, subject.quarter)


def cold_in_fork(subject: ProgressReport) -> tuple[Measure, float]:
    """One cold check in a fresh child: its wall time and peak RSS, and its CPU seconds."""
    read_end, write_end = os.pipe()

    def action() -> None:
        start = time.process_time()
        cold_check(subject)
        os.write(write_end, repr(time.process_time() - start).encode())

    try:
        measure = in_fork(action)
    finally:
        os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        return measure, float(pipe.read().decode())


def first_check_here(path: Path) -> None:
    """The child's side of ``first_check``: read the report, check it once, print the times."""
    report = parse_etca_text(path.read_text(encoding="utf-8")).report
    start, cpu = time.perf_counter(), time.process_time()
    validate_report(report, report.quarter)
    times = [time.perf_counter() - start, time.process_time() - cpu]
    print(json.dumps([*times, _own_peak_mib()]))


def _own_peak_mib() -> float | None:
    """This process's peak RSS since it started its program (Linux's VmHWM), in MiB.

    Not ``ru_maxrss``: the fork that starts a child counts the parent's pages, kept past exec.
    """
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return None
    line = next((line for line in status.splitlines() if line.startswith("VmHWM:")), None)
    return None if line is None else int(line.split()[1]) / 1024


def first_check(path: Path) -> tuple[float, float, float | None]:
    """The first check of the report in ``path`` in a new interpreter, as the program runs it.

    The program checks the report it loaded in its own process; a forked child also pays the
    copy-on-write faults of writing to the parent's pages, which the program never does.
    Returns wall and CPU seconds of the check alone, and the child's peak RSS in MiB.
    """
    # An installed program runs from bytecode. The rules import some of their modules at the
    # first check; a sandbox that forbids writing bytecode would time their compiling. Kept
    # beside the report, so only the first run (``main`` throws it away) compiles them.
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(path.parent / "bytecode"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "times.json"
        script = str(Path(__file__).resolve())
        run_child([sys.executable, script, "--first-check", str(path)], env, ROOT, out)
        wall, cpu, peak = json.loads(out.read_text(encoding="utf-8"))
    return float(wall), float(cpu), peak


def _verdict(wall: float, cpu: float) -> str:
    verdicts = [
        f"{kind} {'met' if seconds < TARGET_FULL_S else 'NOT met'}"
        for kind, seconds in (("wall", wall), ("CPU", cpu))
    ]
    return f"< {TARGET_FULL_S} s: {', '.join(verdicts)}"


def median_of(runs: int, action: Callable[[], object], cold: bool) -> tuple[float, float]:
    """The median wall and CPU times of ``runs`` calls of ``action``, in this process."""
    walls, cpus = [], []
    for _ in range(runs):
        if cold:
            narrative_facts.cache_clear()
        start, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def one_meta_times(report: ProgressReport, cold: bool) -> tuple[float, float]:
    """Median and worst time of ``validate_meta`` over every meta of the report, in ms."""
    if not cold:
        validate_report(report, report.quarter)  # every narrative read once, as after opening
    times = []
    for meta in report.metas:
        if cold:
            narrative_facts.cache_clear()
        previous = previous_narrative(meta, report.quarter)
        start = time.perf_counter()
        validate_meta(meta, report.quarter, previous_narrative=previous, year=report.year)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--metas", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--first-check", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.first_check is not None:
        first_check_here(args.first_check)
        return
    report, source = state_report(args.metas)
    seed = parse_etca_text(SEED.read_text(encoding="utf-8")).report
    print(f"{len(report.metas)} metas ({source}); Python {sys.version.split()[0]}")
    print(f"{'measure':44s} {'wall s':>8s} {'CPU s':>8s} {'peak MiB':>9s}  target")
    with tempfile.TemporaryDirectory() as folder:
        state_text = Path(folder) / "estado.txt"
        state_text.write_text(state_report_text(args.metas), encoding="utf-8")
        seed_text = Path(folder) / SEED.name
        seed_text.write_bytes(SEED.read_bytes())
        for name, path in (("seed 56", seed_text), (f"state {len(report.metas)}", state_text)):
            first_check(path)  # writes the bytecode; not counted
            checks = [first_check(path) for _ in range(args.runs)]
            wall = statistics.median(check[0] for check in checks)
            cpu = statistics.median(check[1] for check in checks)
            peak = max((check[2] for check in checks if check[2] is not None), default=None)
            target = _verdict(wall, cpu) if path is state_text else "-"
            label = f"cold, {name}, new process"
            peak_text = "-" if peak is None else f"{peak:.1f}"
            print(f"{label:44s} {wall:8.3f} {cpu:8.3f} {peak_text:>9s}  {target}")
    for name, subject in (("seed, 56 metas", seed), (f"state, {len(report.metas)} metas", report)):
        runs = [cold_in_fork(subject) for _ in range(args.runs)]
        wall = statistics.median(measure.seconds for measure, _ in runs)
        cpu = statistics.median(seconds for _, seconds in runs)
        peak = max((m.rss_mib for m, _ in runs if m.rss_mib is not None), default=None)
        # Also paid: the copy-on-write faults of a forked child (see ``first_check``).
        target = _verdict(wall, cpu) + " (forked)" if subject is report else "-"
        label = f"cold, {name.replace(',', '').removesuffix(' metas')}, forked child"
        peak_text = "-" if peak is None else f"{peak:.1f}"
        print(f"{label:44s} {wall:8.3f} {cpu:8.3f} {peak_text:>9s}  {target}")
    print(f"\n{'what (in this process)':44s} {'wall s':>8s} {'CPU s':>8s}")
    for name, subject in (("seed, 56 metas", seed), (f"state, {len(report.metas)} metas", report)):

        def full(subject: ProgressReport = subject) -> object:
            return validate_report(subject, subject.quarter)

        wall, cpu = median_of(args.runs, full, cold=False)
        print(f"{f'validate_report, {name}, warm':44s} {wall:8.3f} {cpu:8.3f}")
    for cold in (True, False):
        median, worst = one_meta_times(report, cold)
        label = f"validate_meta, one meta, {'cold' if cold else 'warm'} (ms)"
        print(f"{label:44s} {median:9.3f}  median, worst {worst:.3f}")
    result = validate_report(report, report.quarter)
    counts = Counter((finding.severity.label, finding.rule) for finding in result.findings)
    print(
        f"findings on the state report: {len(result.errors)} errors, {len(result.warnings)} avisos"
    )
    for (severity, rule), count in counts.most_common():
        print(f"  {severity:6s} {rule:30s} {count:6d}")
    print(f"targets: full report, cold < {TARGET_FULL_S} s; one meta < {TARGET_ONE_MS} ms")


if __name__ == "__main__":
    main()
