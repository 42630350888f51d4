"""The print preview on the real report: opens, pages through, prints, closes, never crashes."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pypdfium2
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.report_preview import ReportPreviewDialog
from tests.gui.conftest import WindowFactory, unit_profile, wait_shown

pytestmark = pytest.mark.gui

COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)


def open_preview(window: MainWindow, qtbot: QtBot) -> ReportPreviewDialog:
    """``window``'s print preview, opened and its first page drawn."""
    window.reports.preview_action.trigger()
    qtbot.waitUntil(lambda: window.reports.preview_dialog is not None, timeout=30000)
    dialog = window.reports.preview_dialog
    assert dialog is not None
    wait_shown(qtbot, dialog)
    qtbot.waitUntil(lambda: 0 in dialog.strip.rendered)
    return dialog


def test_preview_opens_pages_through_and_closes(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(COORDINATOR)
    (tmp_path / "informe.pdf").write_bytes(window.reports.report_pdf())
    expected_pages = len(PdfReader(tmp_path / "informe.pdf").pages)

    dialog = open_preview(window, qtbot)
    # A first look may come before the count: «de …» until the count is known.
    qtbot.waitUntil(lambda: dialog.count_label.text() != "de …")

    assert dialog.page_count() == expected_pages
    assert expected_pages >= 5
    # «Ajustar al ancho»: the page takes the width there is, no sideways scrolling.
    viewport = dialog.pages_view.viewport().width()
    assert viewport - 40 <= dialog.strip.width() <= viewport
    # Lazy: opening draws the pages in view, not the whole report.
    assert max(dialog.strip.rendered) < expected_pages - 1
    for number in range(2, expected_pages + 1):
        dialog.page_box.setValue(number)
        qtbot.waitUntil(partial(_drawn, dialog, number - 1))
    assert dialog.page_box.value() == expected_pages
    dialog.zoom_box.setCurrentText("Página completa")
    # The sizes closed up, as the program writes every percentage («84.55%»), not «150 %».
    assert [dialog.zoom_box.itemText(i) for i in range(2, dialog.zoom_box.count())] == [
        "50%", "75%", "100%", "150%",
    ]  # fmt: skip
    dialog.zoom_box.setCurrentText("100%")
    at_100 = dialog.strip.width()
    dialog.zoom_box.setCurrentText("150%")
    assert dialog.zoom_box.currentText() == "150%"
    assert dialog.strip.width() > at_100
    qtbot.wait(50)

    dialog.close()
    qtbot.waitUntil(lambda: window.reports.preview_dialog is None)
    assert window.isVisible()


def test_printing_from_the_preview_prints_the_exported_pages(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    exported = window.reports.report_pdf()
    printed = tmp_path / "impreso.pdf"

    def choose_pdf_file(dialog: QPrintDialog) -> int:
        # What a person does in the dialog: pick «Imprimir a archivo (PDF)» and accept.
        dialog.printer().setOutputFileName(str(printed))
        dialog.printer().setResolution(100)
        return int(QPrintDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", choose_pdf_file)
    dialog = open_preview(window, qtbot)
    qtbot.waitUntil(dialog.is_complete)
    assert dialog.print_button.isEnabled()
    dialog.print_button.click()
    dialog.close()

    reader = PdfReader(printed)
    original = pypdfium2.PdfDocument(exported)
    copy = pypdfium2.PdfDocument(printed.read_bytes())
    try:
        assert len(reader.pages) == len(original)
        width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
        assert (round(width), round(height)) == (792, 612)  # letter, landscape
        for index in (0, len(original) - 1):
            assert _ink(original, index) > 0.005  # a page with the report on it, not a blank
            assert _ink(copy, index) == pytest.approx(_ink(original, index), rel=0.1)
    finally:
        original.close()
        copy.close()
    # Printed to a file, the person is told where it went (to a printer: «Enviadas …»).
    pages = len(reader.pages)
    assert window.statusBar().currentMessage() == f"Se guardaron {pages} páginas en «{printed}»."


def _drawn(dialog: ReportPreviewDialog, index: int) -> bool:
    return index in dialog.strip.rendered


def _ink(document: pypdfium2.PdfDocument, index: int) -> float:
    """The mean darkness of a page drawn at 40 dpi (0 white, 1 black): same pages, same ink."""
    page = document[index]
    bitmap = page.render(scale=40 / 72, grayscale=True)
    data = bytes(bitmap.buffer)
    rows = [
        data[y * bitmap.stride : y * bitmap.stride + bitmap.width] for y in range(bitmap.height)
    ]
    bitmap.close()
    page.close()
    ink = sum(sum(255 - value for value in row) for row in rows)
    return float(ink / (255 * bitmap.width * bitmap.height))


def test_a_program_error_while_laying_out_is_not_passed_off_as_no_report(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ism_desktop.reports import report_layout

    def broken(*_args: object, **_kwargs: object) -> object:
        raise KeyError("E306")  # a LookupError, as «no report» is

    told: list[str] = []
    monkeypatch.setattr(report_layout, "layout_report", broken)
    monkeypatch.setattr(
        "ism_desktop.gui.report_preview.QMessageBox.warning",
        lambda _parent, _title, message: told.append(message),
    )
    window = open_window(COORDINATOR)
    window.reports.preview_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=30000)

    assert told == ["Ocurrió un error inesperado: 'E306'"]


def test_enter_in_the_page_box_goes_to_the_page_and_prints_nothing(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Enter pressed the dialog's first button, «Imprimir…»: a page number typed started a print.
    asked: list[str] = []

    def ask(_dialog: QPrintDialog) -> int:
        asked.append("imprimir")
        return int(QPrintDialog.DialogCode.Rejected)

    monkeypatch.setattr(QPrintDialog, "exec", ask)
    window = open_window(COORDINATOR)
    dialog = open_preview(window, qtbot)
    qtbot.waitUntil(dialog.is_complete)
    dialog.page_box.setFocus()
    dialog.page_box.selectAll()

    qtbot.keyClicks(dialog.page_box, "3")
    qtbot.keyClick(dialog.page_box, Qt.Key.Key_Return)

    assert asked == []
    assert dialog.isVisible()
    assert dialog.page_box.value() == 3
    dialog.close()


def test_page_down_in_the_page_box_scrolls_the_pages(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # The preview opens with the cursor in «Página»: there Page Down did nothing on a unit's
    # one-page report (it steps the number by ten), and the lower half of the page was out
    # of reach until four Tabs brought the cursor to the pages.
    window = open_window(unit_profile("004"))
    dialog = open_preview(window, qtbot)
    qtbot.waitUntil(dialog.is_complete)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.page_box)
    bar = dialog.pages_view.verticalScrollBar()
    assert dialog.page_count() == 1
    assert bar.maximum() > 0  # the page is taller than the view: there is more to read
    top = bar.value()

    qtbot.keyClick(dialog.page_box, Qt.Key.Key_PageDown)

    down = bar.value()
    assert down > top
    assert dialog.page_box.value() == 1
    qtbot.keyClick(dialog.page_box, Qt.Key.Key_PageUp)
    assert bar.value() < down
    assert QApplication.focusWidget() is dialog.page_box  # a page number can still be typed
    dialog.close()
