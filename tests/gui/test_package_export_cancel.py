"""«Cancelar» (or Escape) on the box that exports a unit's package (Ctrl+E) leaves nothing behind.

The package (data, PDF and workbook) took 1.3 s on the sample and much longer on a slow office
laptop with a big programme, behind a box with no way to stop it: a package asked by mistake
was written, numbered and its quarter closed. A cancel that comes once the package is written
and recorded says so, and does not claim that nothing was written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot
from typing_extensions import override

from ism_desktop.exchange.export import report_package
from ism_desktop.reports import pdf_report, xlsx_report
from ism_desktop.store.sequence_marks import marks_path
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_printing_bar import press_escape
from tests.gui.test_report_writing_cancel import (
    CancelWhen,
    Counted,
    Scene,
    folders_and_boxes,
    press_cancel,
    stored_rows,
)

pytestmark = pytest.mark.gui
PACKAGE_NAME = "ETCA-III-04_2024_T1_unidad_004.ismpaq"
CANCELLED = (
    "Exportación del paquete cancelada: no se escribió ningún archivo ni se registró el envío."
)
EXPORTING = "Validando y exportando el paquete…"


def _marks(db_path: Path) -> bytes | None:
    """The sequence numbers kept beside the database (``*.secuencias.json``), if any."""
    path = marks_path(db_path)
    return path.read_bytes() if path.exists() else None


@dataclass
class PackageScene(Scene):
    """Unit 004's window, the folder chosen for its package, and what must stay as it was."""

    marks: bytes | None = None  # the sequence numbers beside the database, before

    def export(self, qtbot: QtBot) -> str:
        """Ctrl+E's export into ``out``, until it has ended; what the status bar says then."""
        self.window.reports.export_package(self.out)
        qtbot.waitUntil(lambda: not self.window.tasks.busy, timeout=30000)
        return self.window.statusBar().currentMessage()

    @override
    def left_nothing(self, said: str) -> None:
        """As a report's, and no package's number taken nor «enviado» mark."""
        super().left_nothing(said)
        assert self.before["package_exports"] == []
        assert _marks(self.db_path) == self.marks


@pytest.fixture
def scene(
    open_window: WindowFactory, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> PackageScene:
    """Unit 004's window on the sample report, its message boxes answered."""
    out, scratch, told = folders_and_boxes(tmp_path, monkeypatch)
    window = open_window(unit_profile("004"))
    before = stored_rows(db_path)
    return PackageScene(window, db_path, out, scratch, told, before, marks=_marks(db_path))


@pytest.mark.parametrize("act", [press_cancel, press_escape], ids=["cancelar", "escape"])
def test_cancel_while_the_pdf_is_drawn_writes_and_records_nothing(
    scene: PackageScene,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    act: Callable[[QProgressDialog], object],
) -> None:
    pages = Counted(monkeypatch, pdf_report.PdfRenderer, "_draw_page", 1.0)
    sheets = Counted(monkeypatch, xlsx_report._UnitSheetWriter, "write")
    cancelling = CancelWhen(EXPORTING, pages, act)

    scene.export(qtbot)

    assert cancelling.at is not None, "the box never showed"
    assert cancelling.said == "Cancelando… se termina la página o la hoja en curso."
    assert pages.done <= 1  # the one page of unit 004, drawn or not yet begun
    assert sheets.done == 0
    scene.left_nothing(CANCELLED)


def test_cancel_while_the_sheets_are_written_writes_and_records_nothing(
    scene: PackageScene, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Counted on the box once written (a count follows another 0.2 s after at the soonest);
    # the summary, the last sheet, is written while «Cancelar» is pressed.
    Counted(monkeypatch, xlsx_report._UnitSheetWriter, "write", 0.3)
    summary = Counted(monkeypatch, xlsx_report, "write_summary", 1.0)
    cancelling = CancelWhen(f"{EXPORTING}\n\nLibro de Excel: hoja 1 de 2", summary, press_cancel)

    scene.export(qtbot)

    assert cancelling.at == 0, "the box never counted the first sheet"
    assert summary.done == 1
    scene.left_nothing(CANCELLED)  # the sheets kept on disk while written are gone too


def test_cancel_while_the_report_is_laid_out_draws_no_page(
    scene: PackageScene, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    laid_out = Counted(monkeypatch, report_package, "layout_report", 0.8)  # seconds at scale
    pages = Counted(monkeypatch, pdf_report.PdfRenderer, "_draw_page")
    cancelling = CancelWhen(EXPORTING, laid_out, press_cancel)

    scene.export(qtbot)

    assert cancelling.at == 0  # pressed while the report was laid out
    assert pages.done == 0
    scene.left_nothing(CANCELLED)


class LateCancel:
    """«Cancelar» pressed once the package is written and recorded, before the work ends.

    The work waits (3 s at most) for the press, so that the cancel reaches it still running.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.written, self.pressed = threading.Event(), threading.Event()
        beside = report_package.write_documents_beside

        def held(package: Path) -> tuple[Path, Path]:
            written = beside(package)
            self.written.set()
            self.pressed.wait(timeout=3)
            return written

        monkeypatch.setattr(report_package, "write_documents_beside", held)
        self.timer = QTimer()
        self.timer.timeout.connect(self._look)
        self.timer.start(5)

    def _look(self) -> None:
        if not self.written.is_set():
            return
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QProgressDialog) and box.isVisible():
                self.timer.stop()
                press_cancel(box)
                self.pressed.set()
                return


def test_a_cancel_after_the_package_was_recorded_says_it_was_saved(
    scene: PackageScene, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    late = LateCancel(monkeypatch)

    said = scene.export(qtbot)

    assert late.pressed.is_set(), "the box was gone before «Cancelar» could be pressed"
    assert sorted(path.name for path in scene.out.iterdir()) == [
        PACKAGE_NAME,
        "ETCA-III-04_2024_T1_unidad_004.pdf",
        "ETCA-III-04_2024_T1_unidad_004.xlsx",
    ]
    rows = stored_rows(scene.db_path)
    [sent] = rows["package_exports"]
    assert PACKAGE_NAME in sent  # recorded as sent, under its name
    assert rows["quarter_closures"] != scene.before["quarter_closures"]  # and closed
    assert _marks(scene.db_path) != scene.marks  # its number taken
    assert scene.told == ["Paquete exportado"]  # where it went, as any export says
    assert said == (
        "«Cancelar» llegó tarde: ya se guardó el paquete «ETCA-III-04_2024_T1_unidad_004"
        ".ismpaq» (envío número 1) con su PDF y su Excel, y se registró como enviado."
    )


def test_the_export_not_cancelled_writes_the_package_and_says_nothing_of_a_cancel(
    scene: PackageScene, qtbot: QtBot
) -> None:
    said = scene.export(qtbot)

    assert PACKAGE_NAME in [path.name for path in scene.out.iterdir()]
    assert list(scene.scratch.iterdir()) == []
    assert scene.told == ["Paquete exportado"]
    assert "Cancel" not in said
