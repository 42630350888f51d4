"""Print preview of a state-scale report: from the click to the first page on screen.

Each run is a window of its own (``bench/preview_child.py``, a child process on a database
with the generated report, a coordinator's profile): it clicks «Vista previa de impresión…» and
times, from the action's trigger, the first page painted in the preview and the whole document
written (printing waits for it). In turn with each run, the comparator: PDFium alone opening
the finished PDF and drawing its page 1 at the same width, in this process (the least any
preview must do once the PDF exists). Also printed: CPU seconds (every thread of the window's
process), the window's peak memory before the click and over the whole run.

``--antes DIR`` also measures, in turn, the program of another copy of the code (the previous
version, say) in the same way, and prints the pair-by-pair ratio of the two to the first page.
Target: the first page in under a second from the click.

Run: ``python -m bench.bench_preview [--metas 5000] [--runs 5] [--antes DIR]`` (offscreen).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHILD = REPO / "bench" / "preview_child.py"
TARGET_S = 1.0
SCREEN = {"name": "Pantalla", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96}


@dataclass(frozen=True)
class Run:
    """One preview: seconds from the click (wall and CPU), page width, pages, memory."""

    first: float
    first_cpu: float
    whole: float
    whole_cpu: float
    width: int
    pages: int
    rss_before: float
    rss_peak: float | None


def _prepare(folder: Path, metas: int) -> None:
    """The database with the generated report, and the PDF as the program exports it."""
    from bench.generate_state_report import generate
    from ism_desktop.exchange.etca.report_import import import_etca_file
    from ism_desktop.exchange.etca.text import parse_etca_text
    from ism_desktop.reports.pdf_report import write_pdf
    from ism_desktop.reports.report_layout import layout_report
    from ism_desktop.store.store import Store

    text = generate(metas=metas, dependencies=60, seed=2024)
    (folder / "estatal.txt").write_text(text, encoding="utf-8")
    with Store.open(folder / "ism_avance.sqlite3") as store:
        import_etca_file(folder / "estatal.txt", store.reports)
    with open(folder / "informe.pdf", "wb") as pdf:
        write_pdf(layout_report(parse_etca_text(text).report), pdf)
    config = {"screens": [{**SCREEN, "logicalBaseDpi": 96, "dpr": 1}]}
    (folder / "pantalla.json").write_text(json.dumps(config), encoding="utf-8")


def _preview(folder: Path, source: Path, run: int) -> Run:
    """One window in a child process, with ``ism_desktop`` from ``source``."""
    env = dict(
        os.environ,
        PYTHONPATH=str(source),
        QT_QPA_PLATFORM=f"offscreen:configfile={folder / 'pantalla.json'}",
        ISM_AVANCE_DATA_DIR=str(folder / f"datos-{run}"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program runs from bytecode
    settings = folder / f"configuracion-{source.name}-{run}.ini"
    command = [sys.executable, str(CHILD), str(folder / "ism_avance.sqlite3"), str(settings)]
    with tempfile.TemporaryFile() as err:
        child = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=err, cwd=folder, env=env, text=True
        )
        assert child.stdout is not None
        out = child.stdout.read()
        child.stdout.close()
        peak = None
        if hasattr(os, "wait4"):  # the child's own peak RSS (POSIX)
            _, status, usage = os.wait4(child.pid, 0)
            child.returncode = os.waitstatus_to_exitcode(status)
            peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
        else:
            child.wait()
        err.seek(0)
        message = err.read().decode("utf-8", "replace")
    if child.returncode:
        raise RuntimeError(f"la ventana de {source} no mostró la vista previa:\n{message[-3000:]}")
    line = json.loads(out.strip().splitlines()[-1])
    return Run(
        line["first"],
        line["first_cpu"],
        line["whole"],
        line["whole_cpu"],
        int(line["width"]),
        int(line["pages"]),
        line["rss_before"],
        peak,
    )


def _pdfium_first_page(pdf: bytes, width: int) -> float:
    """Seconds for PDFium alone to open the document and draw page 1 at ``width`` pixels."""
    import pypdfium2

    start = time.perf_counter()
    document = pypdfium2.PdfDocument(pdf)
    page = document[0]
    bitmap = page.render(scale=width / page.get_width(), prefer_bgrx=True)
    _ = bytes(bitmap.buffer)
    bitmap.close()
    page.close()
    document.close()
    return time.perf_counter() - start


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _print_rows(label: str, runs: list[Run], floors: list[float]) -> None:
    ratio = _median([run.first / floor for run, floor in zip(runs, floors, strict=True)])
    peaks = [run.rss_peak for run in runs if run.rss_peak is not None]
    peak = f"{max(peaks):.0f}" if peaks else "-"
    first = _median([run.first for run in runs])
    print(
        f"{label:<10}{first:>12.3f}{_median([run.first_cpu for run in runs]):>8.3f}"
        f"{ratio:>10.0f}×{_median([run.whole for run in runs]):>13.3f}"
        f"{_median([run.whole_cpu for run in runs]):>8.3f}"
        f"{max(run.rss_before for run in runs):>12.0f}{peak:>7}"
        f"   {'cumplido' if first < TARGET_S else 'NO cumplido'}"
    )


def main(argv: list[str] | None = None) -> int:
    """Prepare the report, then time the previews and PDFium in turn; print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--metas", type=int, default=5000, help="state-scale report size")
    parser.add_argument("--runs", type=int, default=5, help="median of N runs (default 5)")
    parser.add_argument("--antes", type=Path, help="another copy of the code, measured in turn")
    parser.add_argument("--preparar", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.preparar is not None:
        _prepare(args.preparar, args.metas)
        return 0
    sources = {"ahora": REPO}
    if args.antes is not None:
        sources = {"antes": args.antes.resolve(), **sources}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # Prepared by a child: a process's peak RSS survives fork and exec on Linux, so the
        # windows must be started by a process that never grew.
        prepare = [sys.executable, "-m", "bench.bench_preview", "--metas", str(args.metas)]
        subprocess.run([*prepare, "--preparar", tmp], check=True, cwd=REPO)
        pdf = (folder / "informe.pdf").read_bytes()
        runs: dict[str, list[Run]] = {name: [] for name in sources}
        floors: dict[str, list[float]] = {name: [] for name in sources}
        for number in range(args.runs):  # in turn, so that the machine's drift hits all alike
            for name, source in sources.items():
                run = _preview(folder, source, number)
                runs[name].append(run)
                floors[name].append(_pdfium_first_page(pdf, run.width))
    pages = runs["ahora"][0].pages
    all_floors = [floor for values in floors.values() for floor in values]
    print(
        f"Vista previa, informe de {args.metas:,} metas ({pages} páginas), pantalla 1366×768, "
        f"mediana de {args.runs}"
    )
    print(f"PDFium solo, abrir el PDF terminado y dibujar la página 1: {_median(all_floors):.4f} s")
    if hasattr(os, "getloadavg"):  # a busy machine makes every absolute time longer
        print(f"carga de la máquina: {os.getloadavg()[1]:.1f} en {os.cpu_count()} núcleos")
    print(
        f"{'programa':<10}{'1.ª página s':>12}{'CPU s':>8}{'× PDFium':>11}{'completo s':>13}"
        f"{'CPU s':>8}{'MiB antes':>12}{'pico':>7}   objetivo: 1.ª página < {TARGET_S:.0f} s"
    )
    for name in sources:
        _print_rows(name, runs[name], floors[name])
    if "antes" in runs:
        _print_pairs(runs["antes"], runs["ahora"])
    return 0


def _print_pairs(before: list[Run], after: list[Run]) -> None:
    """Now against the other copy, run by run in turn: the medians of the pairs' ratios."""
    pairs = list(zip(before, after, strict=True))
    wall = _median([now.first / then.first for then, now in pairs])
    cpu = _median([now.first_cpu / then.first_cpu for then, now in pairs])
    print(f"ahora ÷ antes, 1.ª página, par por par: {wall:.2f} (reloj), {cpu:.2f} (CPU)")


if __name__ == "__main__":
    raise SystemExit(main())
