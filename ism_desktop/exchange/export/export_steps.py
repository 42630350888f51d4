"""What hears a package's documents being written, and may stop the export before it writes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ism_desktop.reports.pdf_report import PageCount
from ism_desktop.reports.xlsx_report import SheetCount


def _go_on() -> None:
    """No one asked to stop."""


@dataclass(frozen=True)
class ExportSteps:
    """Each page and sheet of the package's PDF and workbook, and the points it may stop at.

    What any of them raises ends the export there. All are called before the package's number
    is reserved and before any file or folder is made: a stop then leaves nothing behind. The
    window counts the pages on its box and stops at them when «Cancelar» is pressed.
    """

    on_page: PageCount | None = None
    on_sheet: SheetCount | None = None
    # Called after the checks and the layout, and last before anything is written.
    checkpoint: Callable[[], None] = _go_on
