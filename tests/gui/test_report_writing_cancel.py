"""«Cancelar» (or Escape) on the box that writes the report stops it and leaves nothing behind.

At state scale «Exportar informe en PDF y Excel…» took 10-25 s and the preparation of «Imprimir…»
about 10 s, behind a box that counted pages and sheets but had no «Cancelar»: a report asked by
mistake had to be waited out whole.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from bench.generate_state_report import generate
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.reports import pdf_report, xlsx_report
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory
from tests.gui.test_printing_bar import press_escape

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
# What a package's export, a closing or an edit would have written: none may change.
TABLES = ("package_exports", "quarter_closures", "quarter_closure_log", "audit_log", "metas")
EXPORT_CANCELLED = "Exportación cancelada; no se escribió ningún archivo."
PRINT_CANCELLED = "Impresión cancelada; no se envió nada a la impresora."


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A state-like report: 300 metas of three dependencies (55 pages, 12 sheets)."""
    text = tmp_path / "estatal.txt"
    text.write_text(generate(metas=300, dependencies=3, seed=2024), encoding="utf-8")
    path = tmp_path / "estatal.sqlite3"
    with Store.open(path) as store:
        import_etca_file(text, store.reports)
    return path


def stored_rows(db_path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of ``TABLES`` in the database file, read apart from the program."""
    with sqlite3.connect(db_path) as connection:
        return {t: connection.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


@dataclass
class Scene:
    """The coordinator's window, where the report goes, and what must stay as it was."""

    window: MainWindow
    db_path: Path
    out: Path  # the folder the person chose for the report
    scratch: Path  # the system's temporary folder: the workbook keeps its sheets there
    told: list[str]  # the title of every message box shown
    before: dict[str, list[tuple[Any, ...]]]

    def left_nothing(self, said: str) -> None:
        """Nothing written anywhere, nothing changed, and ``said`` in the status bar alone."""
        assert list(self.out.iterdir()) == []
        assert list(self.scratch.iterdir()) == []
        assert stored_rows(self.db_path) == self.before
        assert self.told == []
        assert self.window.statusBar().currentMessage() == said


def folders_and_boxes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Path, list[str]]:
    """The folder chosen for the files, the system's temporary folder, the boxes' titles.

    Both folders empty; every message box is answered at once, its title kept.
    """
    out, scratch = tmp_path / "salida", tmp_path / "temporal"
    out.mkdir()
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    told: list[str] = []
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, title, *_a: told.append(title))

    def shown(box: QMessageBox) -> int:
        told.append(box.windowTitle())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", shown)
    return out, scratch, told


@pytest.fixture
def scene(
    open_window: WindowFactory, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Scene:
    """The coordinating unit's window on the state-like report, its message boxes answered."""
    out, scratch, told = folders_and_boxes(tmp_path, monkeypatch)
    return Scene(open_window(COORDINATOR), db_path, out, scratch, told, stored_rows(db_path))


class Counted:
    """How many times ``owner.name`` ran (pages drawn, sheets written), each ``slower``."""

    def __init__(
        self, monkeypatch: pytest.MonkeyPatch, owner: object, name: str, slower: float = 0.03
    ) -> None:
        self.done = 0
        step: Callable[..., Any] = getattr(owner, name)

        def counted(*args: Any, **kwargs: Any) -> Any:
            time.sleep(slower)  # the box shows (after 0.3 s) before the report is written
            result = step(*args, **kwargs)
            self.done += 1
            return result

        monkeypatch.setattr(owner, name, counted)


class CancelWhen:
    """Once a shown box says ``text``, ``act`` on it; ``at`` is how far ``counted`` was then.

    ``at`` is read after ``act`` returns, when the box has taken the cancel.
    """

    def __init__(
        self, text: str, counted: Counted, act: Callable[[QProgressDialog], object]
    ) -> None:
        self.at: int | None = None
        self.said = ""  # what the box said once acted on
        self._text, self._counted, self._act = text, counted, act
        self.timer = QTimer()
        self.timer.timeout.connect(self._look)
        self.timer.start(5)

    def _look(self) -> None:
        for box in QApplication.topLevelWidgets():
            if (
                isinstance(box, QProgressDialog)
                and box.isVisible()
                and self._text in box.labelText()
            ):
                self.timer.stop()
                self._act(box)
                # Counted once the cancel reached the box, not when it was seen: Escape waits
                # for the box to be the active window, and pages go on being drawn meanwhile.
                self.at = self._counted.done
                self.said = box.labelText()
                return


def press_cancel(box: QProgressDialog) -> None:
    """Click ``box``'s one button, «Cancelar»."""
    [cancel] = box.findChildren(QPushButton)
    assert cancel.text() == "&Cancelar"
    cancel.click()


@pytest.mark.parametrize("act", [press_cancel, press_escape], ids=["cancelar", "escape"])
def test_cancel_while_the_pages_are_drawn_writes_nothing(
    scene: Scene, monkeypatch: pytest.MonkeyPatch, act: Callable[[QProgressDialog], object]
) -> None:
    pages = Counted(monkeypatch, pdf_report.PdfRenderer, "_draw_page")
    sheets = Counted(monkeypatch, xlsx_report._UnitSheetWriter, "write")
    cancelling = CancelWhen("Página 1", pages, act)

    scene.window.reports.export_report(scene.out / "informe.pdf")

    assert cancelling.at is not None, "the box never counted a page"
    assert pages.done <= cancelling.at + 1 < 55  # the page in hand is finished, no other
    assert sheets.done == 0
    scene.left_nothing(EXPORT_CANCELLED)


def test_cancel_while_the_sheets_are_written_writes_nothing(
    scene: Scene, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheets = Counted(monkeypatch, xlsx_report._UnitSheetWriter, "write", 0.1)
    cancelling = CancelWhen("Libro de Excel: hoja", sheets, press_cancel)

    scene.window.reports.export_report(scene.out / "informe.pdf")

    assert cancelling.at is not None, "the box never counted a sheet"
    assert sheets.done <= cancelling.at + 1 < 11
    assert cancelling.said == "Cancelando… se termina la página o la hoja en curso."
    scene.left_nothing(EXPORT_CANCELLED)  # the sheets kept on disk while written are gone


def test_cancel_while_the_report_is_laid_out_draws_no_page(
    scene: Scene, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ism_desktop.reports import report_layout

    laid_out = Counted(monkeypatch, report_layout, "layout_report", 0.8)  # seconds at scale
    pages = Counted(monkeypatch, pdf_report.PdfRenderer, "_draw_page")
    cancelling = CancelWhen("Escribiendo el informe en PDF y Excel…", laid_out, press_cancel)

    scene.window.reports.export_report(scene.out / "informe.pdf")

    assert cancelling.at == 0  # pressed while the report was laid out
    assert laid_out.done == 1
    assert pages.done == 0
    scene.left_nothing(EXPORT_CANCELLED)


@pytest.mark.parametrize("act", [press_cancel, press_escape], ids=["cancelar", "escape"])
def test_cancel_while_the_report_is_prepared_asks_for_no_printer(
    scene: Scene, monkeypatch: pytest.MonkeyPatch, act: Callable[[QProgressDialog], object]
) -> None:
    asked: list[QPrintDialog] = []

    def refused(dialog: QPrintDialog) -> int:
        asked.append(dialog)
        return int(QPrintDialog.DialogCode.Rejected)

    monkeypatch.setattr(QPrintDialog, "exec", refused)
    pages = Counted(monkeypatch, pdf_report.PdfRenderer, "_draw_page")
    cancelling = CancelWhen("Página 1", pages, act)

    scene.window.reports.print_action.trigger()

    assert cancelling.at is not None, "the box never counted a page"
    assert pages.done <= cancelling.at + 1 < 55
    assert asked == []
    scene.left_nothing(PRINT_CANCELLED)


def test_the_export_not_cancelled_writes_both_files(scene: Scene) -> None:
    scene.window.reports.export_report(scene.out / "informe.pdf")

    assert sorted(path.name for path in scene.out.iterdir()) == ["informe.pdf", "informe.xlsx"]
    assert list(scene.scratch.iterdir()) == []
    assert stored_rows(scene.db_path) == scene.before
    assert scene.told == ["Informe exportado"]  # the box saying where they went
