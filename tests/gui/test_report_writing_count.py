"""Writing the report for export or printing says how far it is: the page, then the sheet.

At state scale «Exportar informe en PDF y Excel…» took 24 s and «Imprimir…» 10 s behind a box
with a bar that only swung back and forth and no count, while the preview already said its pages.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.reports import pdf_report, xlsx_report
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
PAGE = re.compile(r"Página (\d+) de (\d+)")
SHEET = re.compile(r"hoja (\d+) de (\d+)")


class BoxWatch:
    """What each progress box over ``window`` showed: its text, bar maximum and value."""

    def __init__(self, window: QWidget) -> None:
        self.seen: list[tuple[str, int, int]] = []
        self._window = window
        self._timer = QTimer()  # the window's thread: it sees what the window shows
        self._timer.timeout.connect(self._look)
        self._timer.start(5)

    def _look(self) -> None:
        for box in self._window.findChildren(QProgressDialog):
            shown = (box.labelText(), box.maximum(), box.value())
            if not self.seen or self.seen[-1] != shown:
                self.seen.append(shown)

    def stop(self) -> None:
        """Stop watching (before the window goes)."""
        self._timer.stop()

    def counts(self, pattern: re.Pattern[str]) -> list[tuple[int, int, int, int]]:
        """Each count ``pattern`` found in a text: its two numbers, the bar's maximum and value."""
        return [
            (int(found[1]), int(found[2]), maximum, value)
            for text, maximum, value in self.seen
            if (found := pattern.search(text))
        ]


def _slowed(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> None:
    """``owner.name`` takes 0.15 s longer: each page or sheet stays on screen to be seen."""
    step: Callable[..., Any] = getattr(owner, name)

    def slow(*args: Any, **kwargs: Any) -> Any:
        time.sleep(0.15)
        return step(*args, **kwargs)

    monkeypatch.setattr(owner, name, slow)


@pytest.fixture
def watched(open_window: WindowFactory) -> Iterator[tuple[MainWindow, BoxWatch]]:
    """The coordinator's window (the institution's report: several pages and sheets), watched."""
    window = open_window(COORDINATOR)
    watch = BoxWatch(window)
    yield window, watch
    watch.stop()


def _is_count(counts: list[tuple[int, int, int, int]], total: int) -> None:
    """Counted up to ``total``, on the bar as in the words, from before the last one on."""
    assert counts, "no count was ever shown"
    assert {count for _done, count, _max, _value in counts} == {total}
    assert all(maximum == total and value == done for done, _c, maximum, value in counts)
    assert counts[-1][0] == total
    assert counts[0][0] < total  # said along the way, not only once done


def test_the_export_says_the_page_then_the_sheet(
    watched: tuple[MainWindow, BoxWatch], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, watch = watched
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)
    _slowed(monkeypatch, pdf_report.PdfRenderer, "_draw_page")
    _slowed(monkeypatch, xlsx_report._UnitSheetWriter, "write")

    window.reports.export_report(tmp_path / "informe.pdf")

    pages = len(PdfReader(tmp_path / "informe.pdf").pages)
    sheets = len(load_workbook(tmp_path / "informe.xlsx", read_only=True).sheetnames)
    assert pages > 1
    assert sheets > 2
    _is_count(watch.counts(PAGE), pages)
    _is_count(watch.counts(SHEET), sheets)
    texts = [text for text, _max, _value in watch.seen]
    last_page = max(i for i, text in enumerate(texts) if PAGE.search(text))
    first_sheet = min(i for i, text in enumerate(texts) if SHEET.search(text))
    assert last_page < first_sheet
    assert all(text.startswith("Escribiendo el informe en PDF y Excel…") for text in texts)


def test_printing_says_the_page_it_prepares(
    watched: tuple[MainWindow, BoxWatch], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, watch = watched
    printed = tmp_path / "impreso.pdf"

    def choose_pdf_file(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(printed))
        return int(QPrintDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", choose_pdf_file)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)
    _slowed(monkeypatch, pdf_report.PdfRenderer, "_draw_page")

    window.reports.print_action.trigger()

    pages = len(PdfReader(printed).pages)
    assert pages > 1
    preparing = [
        (done, count, maximum, value)
        for (text, maximum, value) in watch.seen
        if text.startswith("Preparando el informe para imprimir…") and (found := PAGE.search(text))
        for done, count in [(int(found[1]), int(found[2]))]
    ]
    _is_count(preparing, pages)
