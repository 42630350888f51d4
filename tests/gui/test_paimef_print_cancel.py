"""«Cancelar» (or Escape) on the box that prepares the PAIMEF informe for printing (Ctrl+P).

The main window's report got its «Cancelar» at stop 59; the PAIMEF window's informe was still
prepared whole behind a box with none, and then the printer was asked for.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from ism_desktop.gui.paimef import informe_printing
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.reports.paimef import informe_pdf
from ism_desktop.store.store import Store
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture
from tests.gui.test_printing_bar import press_escape
from tests.gui.test_report_writing_cancel import (
    CancelWhen,
    Counted,
    folders_and_boxes,
    press_cancel,
)

pytestmark = pytest.mark.gui
PRINT_CANCELLED = "Impresión cancelada; no se envió nada a la impresora."


def _stored(store: Store) -> list[str]:
    """Every row of the database file, read apart from the program."""
    assert store.path is not None
    with sqlite3.connect(store.path) as connection:
        return list(connection.iterdump())


def _press_ctrl_p(window: PaimefWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.table)
    [print_key] = QKeySequence.keyBindings(QKeySequence.StandardKey.Print)
    qtbot.keySequence(window.table, print_key)


@pytest.mark.parametrize("act", [press_cancel, press_escape], ids=["cancelar", "escape"])
def test_cancel_while_the_informe_is_prepared_prints_nothing(
    window: PaimefWindow,
    store: Store,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    act: Callable[[QProgressDialog], object],
) -> None:
    _out, scratch, told = folders_and_boxes(tmp_path, monkeypatch)
    asked: list[QPrintDialog] = []

    def refused(dialog: QPrintDialog) -> int:
        asked.append(dialog)
        return int(QPrintDialog.DialogCode.Rejected)

    monkeypatch.setattr(QPrintDialog, "exec", refused)
    before = _stored(store)
    pages = Counted(monkeypatch, informe_pdf._NumberedCanvas, "showPage", 0.5)
    cancelling = CancelWhen(f"{informe_printing.PREPARING}\n\nPágina 1", pages, act)

    _press_ctrl_p(window, qtbot)

    assert cancelling.at is not None, "the box never counted a page"
    assert pages.done <= cancelling.at + 1  # the page in hand is finished, no other
    assert cancelling.said == "Cancelando… se termina la página en curso."
    assert asked == []
    assert told == []
    assert window.message.text() == PRINT_CANCELLED
    assert list(scratch.iterdir()) == []
    assert _stored(store) == before


def test_the_informe_not_cancelled_is_counted_and_printed(
    window: PaimefWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = tmp_path / "impreso.pdf"

    def to_file(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(printed))
        return int(QPrintDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", to_file)
    pages = Counted(monkeypatch, informe_pdf._NumberedCanvas, "showPage", 0.4)
    seen = CancelWhen(f"{informe_printing.PREPARING}\n\nPágina 1", pages, lambda _box: None)

    _press_ctrl_p(window, qtbot)

    assert seen.at is not None, "the box never counted a page"
    assert printed.stat().st_size > 0
    assert window.message.text() != PRINT_CANCELLED


def test_missing_fonts_are_said_as_the_informe_files_say_them(
    window: PaimefWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, warning_boxes: list[str]
) -> None:
    from ism_desktop.reports.pdf_fonts import FontError

    lost = "No se encontró la fuente «DejaVuSans.ttf»: No existe el archivo"
    monkeypatch.setattr(informe_pdf, "register_fonts", partial(_raise, FontError(lost)))

    _press_ctrl_p(window, qtbot)

    assert warning_boxes == [lost]  # as its files say it, not as «un error inesperado»
    assert window.message.text() != PRINT_CANCELLED


def _raise(error: Exception) -> None:
    raise error
