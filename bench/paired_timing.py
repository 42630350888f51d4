"""Timing shared by the benchmarks: a subject and its comparator run in turn, medians, peak RSS.

The machine may be shared, so its speed drifts during a run: the subject (A) and the comparator
(B) run alternately (A B A B …) and the ratio is the median of the pairs' ratios A/B, next to
each side's own median. Peak memory is the process's own peak RSS (``ru_maxrss``; POSIX only).
"""

from __future__ import annotations

import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Measure:
    """One run: wall seconds, the process's peak RSS in MiB and its CPU seconds (None: unknown)."""

    seconds: float
    rss_mib: float | None
    cpu_seconds: float | None = None


class ChildFailedError(RuntimeError):
    """A measured command exited with an error; the message carries its standard error."""


def _mib(max_rss: int) -> float:
    # ru_maxrss is in bytes on macOS, in KiB elsewhere.
    return max_rss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def run_child(
    args: list[str], env: dict[str, str], cwd: Path, stdout: Path | None = None
) -> Measure:
    """Run one child to the end: its wall time and its own peak RSS."""
    with tempfile.TemporaryFile() as err, open(stdout or os.devnull, "wb") as out:
        start = time.perf_counter()
        child = subprocess.Popen(args, stdout=out, stderr=err, cwd=cwd, env=env)
        rss: float | None = None
        cpu: float | None = None
        if hasattr(os, "wait4"):
            # wait4 gives this child's own rusage; RUSAGE_CHILDREN would mix all children.
            _, status, usage = os.wait4(child.pid, 0)
            child.returncode = os.waitstatus_to_exitcode(status)
            rss = _mib(usage.ru_maxrss)
            cpu = usage.ru_utime + usage.ru_stime
        else:
            child.wait()
        seconds = time.perf_counter() - start
        err.seek(0)
        message = err.read().decode("utf-8", "replace")
    if child.returncode:
        command = " ".join(str(arg) for arg in args[1:])
        raise ChildFailedError(f"`{command}` exited with {child.returncode}:\n{message}")
    return Measure(seconds, rss, cpu)


def in_fork(action: Callable[[], object]) -> Measure:
    """Run ``action`` once in a forked copy of this process: a cold start, its own peak RSS and CPU.

    Without ``fork`` (Windows) it runs here and the peak and CPU are unknown.
    """
    if not hasattr(os, "fork"):
        start = time.perf_counter()
        action()
        return Measure(time.perf_counter() - start, None)
    read_end, write_end = os.pipe()
    # Frozen objects are left alone by the child's cycle collector, which would otherwise write
    # to every object's header and copy the parent's whole heap page by page (copy-on-write).
    gc.freeze()
    pid = os.fork()
    if pid == 0:  # the child: time the action, report, and leave without cleanup handlers
        os.close(read_end)
        code = 0
        try:
            start = time.perf_counter()
            action()
            os.write(write_end, repr(time.perf_counter() - start).encode())
        except BaseException as error:  # reported to the parent, then exit
            os.write(write_end, f"error {error!r}".encode())
            code = 1
        finally:
            os._exit(code)
    gc.unfreeze()
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        reply = pipe.read().decode()
    _, status, usage = os.wait4(pid, 0)
    if os.waitstatus_to_exitcode(status) or reply.startswith("error"):
        raise ChildFailedError(f"the measured action failed: {reply}")
    # The child's own CPU time, every thread of it (user + system).
    return Measure(float(reply), _mib(usage.ru_maxrss), usage.ru_utime + usage.ru_stime)


@dataclass(frozen=True)
class Paired:
    """The runs of a subject and of its comparator, taken in turn."""

    subject: list[Measure]
    comparator: list[Measure]

    @property
    def seconds(self) -> float:
        """Median wall time of the subject."""
        return statistics.median(m.seconds for m in self.subject)

    @property
    def comparator_seconds(self) -> float:
        """Median wall time of the comparator."""
        return statistics.median(m.seconds for m in self.comparator)

    @property
    def ratio(self) -> float:
        """Median of the ratios subject / comparator, pair by pair."""
        pairs = zip(self.subject, self.comparator, strict=True)
        return statistics.median(a.seconds / b.seconds for a, b in pairs)

    @property
    def cpu_ratio(self) -> float | None:
        """Median of the CPU-time ratios subject / comparator, pair by pair (None: unknown)."""
        ratios = [
            a.cpu_seconds / b.cpu_seconds
            for a, b in zip(self.subject, self.comparator, strict=True)
            if a.cpu_seconds is not None and b.cpu_seconds
        ]
        return statistics.median(ratios) if ratios else None

    @property
    def rss_mib(self) -> float | None:
        """Largest peak RSS of the subject's runs."""
        return _largest(self.subject)

    @property
    def comparator_rss_mib(self) -> float | None:
        """Largest peak RSS of the comparator's runs."""
        return _largest(self.comparator)


def _largest(measures: list[Measure]) -> float | None:
    peaks = [m.rss_mib for m in measures if m.rss_mib is not None]
    return max(peaks, default=None)


def paired(
    subject: Callable[[int], Measure], comparator: Callable[[int], Measure], runs: int
) -> Paired:
    """Run subject and comparator in turn ``runs`` times each (``run`` numbers each call)."""
    a: list[Measure] = []
    b: list[Measure] = []
    for run in range(runs):
        a.append(subject(run))
        b.append(comparator(run))
    return Paired(a, b)


def medians(action: Callable[[int], Measure], runs: int) -> Paired:
    """``runs`` runs of an action without a comparator (its ratio is 1)."""
    measures = [action(run) for run in range(runs)]
    return Paired(measures, measures)


HEADER = (
    f"{'measure':<40} {'median s':>9} {'peak MiB':>9} {'comparator':<34} "
    f"{'median s':>9} {'peak MiB':>9} {'ratio':>6}  target"
)


def row(label: str, result: Paired, comparator: str, target: str) -> str:
    """One aligned line: the subject, its comparator, the paired ratio and the target's verdict."""
    if comparator == "-":
        other = f"{'-':<34} {'-':>9} {'-':>9} {'-':>6}"
    else:
        other = (
            f"{comparator:<34} {result.comparator_seconds:>9.3f} "
            f"{_peak(result.comparator_rss_mib):>9} {result.ratio:>5.2f}×"
        )
    return f"{label:<40} {result.seconds:>9.3f} {_peak(result.rss_mib):>9} {other}  {target}"


def _peak(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"
