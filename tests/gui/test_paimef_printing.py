"""The PAIMEF window previews and prints its informe, as the main window does the report.

It had only «Informe PDF y Excel…»: to print it, the office wrote the PDF and opened it elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QTableWidget
from pytestqt.qtbot import QtBot

from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.gui.report_preview import ReportPreviewDialog
from ism_desktop.store.store import Store
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture

pytestmark = pytest.mark.gui
PREVIEW, PRINT = "&Vista previa de impresión…", "Impri&mir…"  # in the window's *Archivo*


def _text(pdf: Path) -> list[str]:
    with pdfplumber.open(pdf) as opened:
        return [page.extract_text() or "" for page in opened.pages]


def _print_to(path: Path, monkeypatch: pytest.MonkeyPatch) -> list[QPrintDialog]:
    """Answer every print dialog with «Imprimir a archivo (PDF)» in ``path``; those asked."""
    asked: list[QPrintDialog] = []

    def choose_pdf_file(dialog: QPrintDialog) -> int:
        asked.append(dialog)
        dialog.printer().setOutputFileName(str(path))
        return int(QPrintDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", choose_pdf_file)
    return asked


def _entry(window: PaimefWindow, text: str) -> QAction:
    """The window's *Archivo* entry ``text``: what its button did, chosen there."""
    [entry] = [a for a in window.file_menu.actions() if a.text() == text]
    return entry


def _exported_text(
    window: PaimefWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str = "exportado"
) -> list[str]:
    """The pages' text of the informe as «Informe PDF y Excel…» writes it."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    exported = tmp_path / f"{name}.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(exported), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)  # «Informe escrito»: closed
    window.write_informe()
    return _text(exported)


def test_the_preview_shows_the_informe_and_prints_it(
    window: PaimefWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _exported_text(window, tmp_path, monkeypatch)
    printed = tmp_path / "impreso.pdf"
    _print_to(printed, monkeypatch)

    _entry(window, PREVIEW).trigger()
    [dialog] = window.findChildren(ReportPreviewDialog)
    qtbot.waitUntil(dialog.is_complete, timeout=30000)

    assert dialog.windowTitle() == (
        "Vista previa de impresión — Informe Parcial del Programa Anual PAIMEF 2026"
    )
    assert dialog.page_count() == len(expected)
    qtbot.waitUntil(lambda: 0 in dialog.strip.rendered)
    dialog.print_button.click()

    assert _text(printed) == expected
    assert "1. Avance del Programa Anual" in expected[0]
    assert window.message.text() == (
        f"Se guardaron {len(expected)} páginas en «{printed}»."
        if len(expected) > 1
        else f"Se guardó 1 página en «{printed}»."
    )
    # Said in the preview too: it covers the window's line, where the note was out of sight.
    assert dialog.status_label.isVisible()
    assert dialog.status_label.toolTip() == window.message.text()
    dialog.close()


def test_ctrl_p_prints_the_informe(
    window: PaimefWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _exported_text(window, tmp_path, monkeypatch)
    printed = tmp_path / "impreso.pdf"
    asked = _print_to(printed, monkeypatch)
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.table)

    [print_key] = QKeySequence.keyBindings(QKeySequence.StandardKey.Print)
    qtbot.keySequence(window.table, print_key)

    assert len(asked) == 1
    assert asked[0].windowTitle() == "Imprimir informe"
    assert _text(printed) == expected
    assert _entry(window, PRINT).isEnabled()


def test_what_is_typed_is_saved_before_printing(
    window: PaimefWindow, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = tmp_path / "impreso.pdf"
    _print_to(printed, monkeypatch)
    window.table.selectRow(0)
    window.form.exercised.setText("12345.67")

    _entry(window, PRINT).trigger()

    stored = store.paimef.load(2026)
    assert stored is not None
    assert stored.actions[0].exercised == Decimal("12345.67")
    assert "12,345.67" in "".join(_text(printed))


def test_typing_that_cannot_be_saved_stops_the_print_with_a_question(
    window: PaimefWindow, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _print_to(tmp_path / "impreso.pdf", monkeypatch)
    questions: list[str] = []

    def keep_typing(_parent: object, _title: str, text: str) -> bool:
        questions.append(text)
        return False

    monkeypatch.setattr("ism_desktop.gui.paimef.action_editing.confirm_loss", keep_typing)
    before = store.paimef.load(2026)
    window.table.selectRow(0)
    window.form.programmed.setText("1,5e3")

    _entry(window, PRINT).trigger()
    _entry(window, PREVIEW).trigger()

    assert len(questions) == 2
    assert questions[0].endswith("¿Descartar esos cambios?")
    assert asked == []
    assert window.findChildren(ReportPreviewDialog) == []
    assert store.paimef.load(2026) == before
    monkeypatch.setattr("ism_desktop.gui.paimef.action_editing.confirm_loss", lambda *_a: True)


def test_an_informe_with_errors_is_printed_only_when_asked(
    window: PaimefWindow, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As «Informe PDF y Excel…» writes it: never without a word, as if it were ready.
    from tests.gui.paimef_window_driver import AUTHOR
    from tests.paimef_builders import action, programme

    unjustified = action("A.9", "A", "A-I", "100", justification="")
    store.paimef.replace(programme(unjustified), AUTHOR, "prueba", [])
    window.year.setValue(2027)
    window.year.setValue(2026)  # read again from the store
    asked = _print_to(tmp_path / "impreso.pdf", monkeypatch)
    questions: list[str] = []

    def cancel(_parent: object, _title: str, text: str, *_a: object, **_k: object) -> bool:
        questions.append(text)
        return False

    monkeypatch.setattr("ism_desktop.gui.incomplete_print.ask_between", cancel)

    _entry(window, PRINT).trigger()

    assert questions == [
        "3 errores por corregir: el informe los lista en su sección 4 y no está listo para "
        "entregarse.\n\n¿Imprimirlo de todos modos?"
    ]
    assert asked == []


def test_the_window_fits_a_1366_pixel_screen(window: PaimefWindow, qtbot: QtBot) -> None:
    # The two buttons beside the heading's one long line made the window 1477 pixels wide:
    # on the office's 1366-pixel screens «Imprimir…» and the form's right side were cut off.
    # They are in *Archivo* now, and the form's right side is still in.
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: window.width() <= 1366)

    save = window.form.save_button
    assert save.mapTo(window, save.rect().topRight()).x() < window.width()
    assert "$24,999.99 ejercidos" in window.heading.text()


def _type_in_cell(qtbot: QtBot, table: QTableWidget, row: int, text: str) -> None:
    """Type ``text`` in the cell's editor and leave it open: no Enter, no Tab, no click away."""
    table.setCurrentCell(row, table.columnCount() - (2 if table.columnCount() > 2 else 1))
    item = table.currentItem()
    assert item is not None
    table.editItem(item)
    editor = table.indexWidget(table.currentIndex())
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, text)
    assert table.state() == QAbstractItemView.State.EditingState


def _row_of(table: QTableWidget, *texts: str) -> int:
    """The first row whose cells hold each of ``texts`` (in part)."""
    cells = [
        [table.item(r, c) for c in range(table.columnCount())] for r in range(table.rowCount())
    ]
    return next(
        r
        for r, row in enumerate(cells)
        if all(any(item is not None and text in item.text() for item in row) for text in texts)
    )


def test_variables_typed_in_a_cell_not_left_are_printed(
    window: PaimefWindow,
    store: Store,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The cell's editor still open, the informe printed «sin capturar» under the typed values.
    printed = tmp_path / "impreso.pdf"
    _print_to(printed, monkeypatch)
    table = window.indicators_tab.table
    assert "30.00%" not in "".join(_exported_text(window, tmp_path, monkeypatch))
    _type_in_cell(qtbot, table, _row_of(table, "2", "primer trimestre de 2026"), "130; 100")

    _entry(window, PRINT).trigger()

    assert store.paimef.captures() == {(2, "2026-T1"): (Decimal(130), Decimal(100))}
    assert "30.00%" in "".join(_text(printed))  # (130 / 100 − 1) × 100


@pytest.fixture
def exported(
    window: PaimefWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[[str], list[str]]:
    """The pages' text of the informe «Informe PDF y Excel…» writes, in a file of that name."""
    return lambda name: _exported_text(window, tmp_path, monkeypatch, name)


def test_a_date_typed_in_a_cell_not_left_is_in_the_written_informe(
    window: PaimefWindow, store: Store, qtbot: QtBot, exported: Callable[[str], list[str]]
) -> None:
    table = window.deadlines_tab.dates
    assert "15/05/2026" not in "".join(exported("antes"))
    row = _row_of(table, "Constancia de Conclusión del ejercicio anterior")
    _type_in_cell(qtbot, table, row, "15/05/2026")

    written = exported("escrito")  # «Informe PDF y Excel…» with the cell's editor still open

    stored = store.paimef.load(2026)
    assert stored is not None
    assert stored.dates["constancia_conclusion_anterior"] == date(2026, 5, 15)
    assert "15/05/2026" in "".join(written)  # when the constancia was delivered


@pytest.mark.parametrize(
    ("table_of", "texts", "typed", "said"),
    [
        (
            lambda w: w.indicators_tab.table,
            ("2", "primer trimestre de 2026"),
            "12,500",
            "No se guardó el indicador 2, primer trimestre de 2026: «12,500» puede leerse",
        ),
        (
            lambda w: w.deadlines_tab.dates,
            ("Constancia de Conclusión del ejercicio anterior",),
            "31/02/2026",
            "No se guardó en «Constancia de Conclusión del ejercicio anterior»: ",
        ),
    ],
)
def test_a_cell_typed_wrong_stops_printing_and_says_why(
    window: PaimefWindow,
    store: Store,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    table_of: Callable[[PaimefWindow], QTableWidget],
    texts: tuple[str, ...],
    typed: str,
    said: str,
) -> None:
    asked = _print_to(tmp_path / "impreso.pdf", monkeypatch)
    before = store.paimef.load(2026), store.paimef.captures()
    table = table_of(window)
    for entry in (PRINT, PREVIEW):
        _type_in_cell(qtbot, table, _row_of(table, *texts), typed)
        _entry(window, entry).trigger()

        assert window.message.text().startswith(said)
        assert window.message.text().endswith("No se imprimió el informe.")
    assert asked == []
    assert window.findChildren(ReportPreviewDialog) == []
    assert (store.paimef.load(2026), store.paimef.captures()) == before
