"""Our Excel report against plain XlsxWriter writing the very same cells, in the same run.

For the real 56-meta report and a generated 5,000-meta state-scale report:

- ours: ``write_report_xlsx`` (lay the report out, then write the workbook), what a user waits
  for once the report is loaded;
- plain: XlsxWriter (constant-memory mode, as ours) writing the cells read back from our
  workbook: every text, number, formula with its stored value and blank formatted cell, every
  merge, row height, column width, frozen pane and print setting, one format per style of ours.
  No layout, no arithmetic, no formula building: the floor for any writer of this workbook.

Time is the best of ``--repeat`` runs, wall clock and this process's CPU time (steadier on a
busy machine: temporary files and other programs make the wall clock wander). Memory is the
peak of what Python allocated during one more run of the step (``tracemalloc``, measured apart
so that it does not slow the timed runs).
Target: ours ≤ 1.2 × plain.

Run: ``python -m bench.bench_xlsx [--repeat N] [--metas 5000]``.
"""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from xml.etree import ElementTree

from xlsxwriter.workbook import Workbook

from bench.bench_reports import PRINTED_AT, report_arguments, seed_and_state
from ism_desktop.domain.report import ProgressReport
from ism_desktop.reports.xlsx_report import write_report_xlsx

TARGET = 1.2
_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
Cell = tuple[int, str, Any, Any, int]  # column, kind ("s", "n", "f", "b"), value, cached, style


@dataclass
class Sheet:
    """One worksheet's content as read back from the file."""

    name: str
    rows: list[tuple[int, float | None, list[Cell]]] = field(default_factory=list)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    widths: list[tuple[int, int, float]] = field(default_factory=list)
    footer: str = ""
    breaks: list[int] = field(default_factory=list)


def _column(reference: str) -> int:
    letters = reference.rstrip("0123456789")
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number - 1


def _cell_range(reference: str) -> tuple[int, int, int, int]:
    first, last = reference.split(":")
    return (
        int(first.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) - 1,
        _column(first),
        int(last.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) - 1,
        _column(last),
    )


def _read_cell(element: ElementTree.Element) -> Cell:
    column, style = _column(element.get("r", "")), int(element.get("s", "0"))
    formula, value = element.find(f"{_NS}f"), element.find(f"{_NS}v")
    if formula is not None:
        cached = float(value.text or 0) if value is not None else 0.0
        return column, "f", f"={formula.text}", cached, style
    if element.get("t") == "inlineStr":
        return column, "s", "".join(element.itertext()), None, style
    if element.get("t") is not None:
        raise ValueError(f"tipo de celda no previsto: {element.get('t')}")
    if value is not None:
        return column, "n", float(value.text or 0), None, style
    return column, "b", None, None, style


def _read_sheet(name: str, xml: bytes) -> Sheet:
    sheet = Sheet(name)
    root = ElementTree.fromstring(xml)
    for row in root.iter(f"{_NS}row"):
        height = row.get("ht")
        cells = [_read_cell(cell) for cell in row.iter(f"{_NS}c")]
        sheet.rows.append((int(row.get("r", "0")) - 1, float(height) if height else None, cells))
    sheet.merges = [_cell_range(m.get("ref", "")) for m in root.iter(f"{_NS}mergeCell")]
    for col in root.iter(f"{_NS}col"):
        first, last = int(col.get("min", "1")) - 1, int(col.get("max", "1")) - 1
        sheet.widths.append((first, last, float(col.get("width", "8"))))
    footer = root.find(f"{_NS}headerFooter/{_NS}oddFooter")
    sheet.footer = (footer.text or "") if footer is not None else ""
    sheet.breaks = [int(brk.get("id", "0")) for brk in root.iter(f"{_NS}brk")]
    return sheet


def read_back(data: bytes) -> list[Sheet]:
    """Every sheet of one of our workbooks, in order, with its cells and sheet settings."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
        return [
            _read_sheet(
                sheet.get("name", ""),
                archive.read("xl/" + targets[sheet.get(_REL)].removeprefix("/xl/")),
            )
            for sheet in workbook.iter(f"{_NS}sheet")
        ]


def plain_xlsxwriter(sheets: list[Sheet], target: io.BytesIO) -> None:
    """Write the same content with XlsxWriter, straight from the cell list."""
    with Workbook(target, {"constant_memory": True}) as workbook:
        styles = 1 + max(
            cell[4] for sheet in sheets for _, _, cells in sheet.rows for cell in cells
        )
        formats = [workbook.add_format({"num_format": index}) for index in range(styles)]
        for sheet in sheets:
            page = workbook.add_worksheet(sheet.name)
            for first, last, width in sheet.widths:
                page.set_column(first, last, width)
            page.freeze_panes(6, 0)
            page.set_landscape()
            page.set_paper(1)
            page.fit_to_pages(1, 0)
            page.repeat_rows(0, 5)
            page.center_horizontally()
            page.set_margins(left=0.3, right=0.3, top=0.5, bottom=0.5)
            page.set_header("", {"margin": 0.2, "scale_with_doc": False})
            page.set_footer(sheet.footer, {"margin": 0.2, "scale_with_doc": False})
            page.set_h_pagebreaks(sheet.breaks)
            merges: dict[int, list[tuple[int, int, int, int]]] = {}
            for merge in sheet.merges:
                merges.setdefault(merge[0], []).append(merge)
            for row, height, cells in sheet.rows:
                if height is not None:
                    page.set_row(row, height)
                for first_row, first_col, last_row, last_col in merges.get(row, ()):
                    page.merge_range(first_row, first_col, last_row, last_col, None, None)
                for column, kind, value, cached, style in cells:
                    if kind == "s":
                        page.write_string(row, column, value, formats[style])
                    elif kind == "n":
                        page.write_number(row, column, value, formats[style])
                    elif kind == "f":
                        page.write_formula(row, column, value, formats[style], cached)
                    else:
                        page.write_blank(row, column, None, formats[style])


def _best(repeat: int, action: Callable[[], object]) -> tuple[float, float]:
    """Best wall and best CPU seconds (this process) of ``repeat`` runs."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def _peak_mib(action: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        action()
        return (tracemalloc.get_traced_memory()[1] - base) / 2**20
    finally:
        tracemalloc.stop()


def _ours(report: ProgressReport) -> None:
    write_report_xlsx(report, io.BytesIO(), printed_at=PRINTED_AT)


def measure(name: str, report: ProgressReport, repeat: int) -> str:
    """One line of the table: our time and peak, plain XlsxWriter's, and the ratio."""
    ours_bytes = io.BytesIO()
    write_report_xlsx(report, ours_bytes, printed_at=PRINTED_AT)
    sheets = read_back(ours_bytes.getvalue())
    cells = [cell for sheet in sheets for _, _, row in sheet.rows for cell in row]
    formulas = sum(1 for cell in cells if cell[1] == "f")
    merges = sum(len(sheet.merges) for sheet in sheets)
    ours, ours_cpu = _best(repeat, lambda: _ours(report))
    plain, plain_cpu = _best(repeat, lambda: plain_xlsxwriter(sheets, io.BytesIO()))
    ours_mib = _peak_mib(lambda: _ours(report))
    plain_mib = _peak_mib(lambda: plain_xlsxwriter(sheets, io.BytesIO()))
    return (
        f"{name:<12} {len(report.metas):>6} {len(sheets):>5} {len(cells):>7} {formulas:>6} "
        f"{merges:>6} {ours:>6.2f}s {ours_mib:>5.1f} {plain:>6.2f}s {plain_mib:>5.1f} "
        f"{ours / plain:>5.2f}× {ours_cpu / plain_cpu:>5.2f}×"
    )


def main(argv: list[str] | None = None) -> int:
    args = report_arguments(__doc__.splitlines()[0], argv)
    seed, state = seed_and_state(args.metas)
    header = (
        f"{'informe':<12} {'metas':>6} {'hojas':>5} {'celdas':>7} {'fórm.':>6} "
        f"{'merges':>6} {'nuestro':>7} {'MiB':>5} {'plain':>7} {'MiB':>5} {'×':>6} {'× CPU':>6}"
    )
    print(header)
    print("-" * len(header))
    print(measure("ISM 2024 T1", seed, args.repeat))
    print(measure("estatal", state, args.repeat))
    print(f"objetivo: nuestro ≤ {TARGET}× plain (reloj); MiB = pico de memoria asignada en el paso")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
