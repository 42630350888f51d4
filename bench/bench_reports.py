"""Benchmark of the PDF and Excel reports, against LibreOffice and a raw reportlab canvas.

For the real 56-meta report and a generated 5,000-meta state-scale report, in the same run:

- ours: report → PDF (layout, pagination and drawing) and report → .xlsx;
- raw canvas: a bare reportlab ``Canvas`` drawing the very strings our PDF draws, at the same
  places, with ``drawString`` (no layout work at all): the floor for any reportlab renderer;
- LibreOffice: ``soffice --headless --convert-to pdf`` of our .xlsx (what a user would do
  without this program), with its own throw-away profile, warmed up once before timing.

Targets: our PDF faster than the LibreOffice conversion, and within 2× of the raw canvas.

Run: ``python -m bench.bench_reports [--repeat N] [--metas 5000]``.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from bench.generate_state_report import generate
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.report import ProgressReport
from ism_desktop.exchange.etca.text import parse_etca_text
from ism_desktop.reports.pdf_pagination import PageGeometry
from ism_desktop.reports.pdf_report import PdfRenderer, TextRun
from ism_desktop.reports.report_layout import ReportLayout, layout_report
from ism_desktop.reports.xlsx_report import write_xlsx

SEED = Path(__file__).resolve().parents[1] / "resources" / "sample" / "etca_iii_04_2024_t1.txt"
PRINTED_AT = datetime(2024, 4, 11, 10, 44)
Placed = tuple[str, float, float, float, str]  # font, size, x, y, text


class _RecordingRun(TextRun):
    def __init__(self, canvas: Canvas, page: list[Placed]) -> None:
        super().__init__(canvas)
        self._page = page

    def put(self, x: float, y: float, text: str, font: str, size: float) -> None:
        self._page.append((font, size, x, y, text))
        super().put(x, y, text, font, size)


class _RecordingRenderer(PdfRenderer):
    """Our renderer, noting every string it draws, page by page."""

    def __init__(self, layout: ReportLayout) -> None:
        super().__init__(layout)
        self.pages: list[list[Placed]] = []

    def text_run(self, canvas: Canvas) -> TextRun:
        self.pages.append([])
        return _RecordingRun(canvas, self.pages[-1])


def _raw_canvas(pages: list[list[Placed]], target: io.BytesIO) -> None:
    geometry = PageGeometry()
    canvas = Canvas(target, pagesize=(geometry.width, geometry.height))
    for page in pages:
        for font, size, x, y, text in page:
            canvas.setFont(font, size)
            canvas.drawString(x, y, text)
        canvas.showPage()
    canvas.save()


def _best(repeat: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _libreoffice_pdf(soffice: str, xlsx: Path, profile: Path, out_dir: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(xlsx),
        ],
        check=True,
        capture_output=True,
        timeout=1800,
    )
    return time.perf_counter() - start


@dataclass
class Row:
    """One line of the results table."""

    name: str
    metas: int
    pages: int
    pdf: float
    raw: float
    xlsx: float
    libreoffice: float | None


def measure(name: str, report: ProgressReport, repeat: int, work: Path) -> Row:
    """Time our PDF and xlsx, the raw canvas and LibreOffice on one report."""
    recorder = _RecordingRenderer(layout_report(report, printed_at=PRINTED_AT))
    pages = recorder.render(io.BytesIO())
    pdf = _best(
        repeat,
        lambda: PdfRenderer(layout_report(report, printed_at=PRINTED_AT)).render(io.BytesIO()),
    )
    raw = _best(repeat, lambda: _raw_canvas(recorder.pages, io.BytesIO()))
    xlsx_path = work / f"{name}.xlsx"
    xlsx = _best(
        repeat, lambda: write_xlsx(layout_report(report, printed_at=PRINTED_AT), xlsx_path)
    )
    soffice = _soffice()
    libreoffice = None
    if soffice is not None:
        # One conversion: it takes tens of times longer than ours, noise cannot change that.
        libreoffice = _libreoffice_pdf(soffice, xlsx_path, work / "lo-profile", work)
    return Row(name, len(report.metas), pages, pdf, raw, xlsx, libreoffice)


def _table(rows: list[Row]) -> str:
    header = (
        f"{'informe':<12} {'metas':>6} {'págs':>5} {'PDF':>8} {'canvas':>8} {'PDF/canvas':>10} "
        f"{'LO xlsx→pdf':>12} {'LO/PDF':>7} {'xlsx':>8}"
    )
    lines = [header, "-" * len(header)]
    for row in rows:
        lo = "—" if row.libreoffice is None else f"{row.libreoffice:.2f}s"
        lo_ratio = "—" if row.libreoffice is None else f"{row.libreoffice / row.pdf:.1f}×"
        lines.append(
            f"{row.name:<12} {row.metas:>6} {row.pages:>5} {row.pdf:>7.2f}s {row.raw:>7.2f}s "
            f"{row.pdf / row.raw:>9.2f}× {lo:>12} {lo_ratio:>7} {row.xlsx:>7.2f}s"
        )
    return "\n".join(lines)


def report_arguments(description: str, argv: list[str] | None) -> argparse.Namespace:
    """``--repeat N`` and ``--metas N``, shared by the report benchmarks."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    parser.add_argument("--metas", type=int, default=5000, help="state-scale report size")
    return parser.parse_args(argv)


def seed_and_state(metas: int) -> tuple[ProgressReport, ProgressReport]:
    """The real 56-meta report and a generated state-scale one, parsed."""
    seed = parse_etca_text(SEED.read_text(encoding="utf-8")).report
    state = parse_etca_text(generate(metas=metas, dependencies=60, seed=2024)).report
    return seed, state


def main(argv: list[str] | None = None) -> int:
    args = report_arguments(__doc__.splitlines()[0], argv)
    seed, state = seed_and_state(args.metas)
    with tempfile.TemporaryDirectory(prefix="ism-bench-") as folder:
        work = Path(folder)
        soffice = _soffice()
        if soffice is not None:
            # The first run creates LibreOffice's profile; that is set-up, not conversion.
            small = work / "calentar.xlsx"
            write_xlsx(layout_report(seed, unit=UnitCode("009")), small)
            _libreoffice_pdf(soffice, small, work / "lo-profile", work)
        rows = [
            measure("ISM 2024 T1", seed, args.repeat, work),
            measure("estatal", state, max(1, args.repeat - 1), work),
        ]
    print(_table(rows))
    if _soffice() is None:
        print("LibreOffice no está instalado: columna LO vacía.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
