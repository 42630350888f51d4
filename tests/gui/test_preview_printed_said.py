"""Printed from the print preview, the preview itself says where the pages went.

The note went only to the window's status bar, under the preview (1,100 of the screen's
1,366 points, centred): a first coordinator printing the institute's report to a PDF saw
«Imprimir informe» close and nothing else, the «Se guardaron 944 páginas en …» hidden
behind the preview and gone after eight seconds.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_preview_first_last_page import complete_preview
from tests.gui.test_preview_print_key import print_to

pytestmark = pytest.mark.gui


def test_the_preview_says_the_file_its_pages_were_saved_in(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = tmp_path / "informe.pdf"
    print_to(printed, monkeypatch)
    window = open_window(unit_profile("004"))
    dialog = complete_preview(window, qtbot)

    dialog.print_button.click()

    assert len(PdfReader(printed).pages) == 1
    said = f"Se guardó 1 página en «{printed}»."
    assert dialog.status_label.isVisible()
    shown = dialog.status_label.text()  # a long folder shortened in its middle
    assert shown.startswith("Se guardó 1 página en «")
    assert shown.endswith("/informe.pdf».")
    assert dialog.status_label.toolTip() == said
    assert window.statusBar().currentMessage() == said  # as printed from the window
    dialog.close()


def test_a_print_cancelled_in_its_dialog_says_nothing_in_the_preview(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: int(QPrintDialog.DialogCode.Rejected))
    dialog = complete_preview(open_window(unit_profile("004")), qtbot)

    dialog.print_button.click()

    assert not dialog.status_label.isVisible()
    dialog.close()


def test_a_long_file_name_keeps_the_preview_within_the_screen(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A folder deep in «Documentos» on a 1366-point laptop: the note is wider than the bar.
    deep = tmp_path.joinpath(*["Coordinacion de Evaluacion y Seguimiento"] * 4)
    deep.mkdir(parents=True)
    printed = deep / "ETCA-III-04_2024_T1_unidad_004.pdf"
    print_to(printed, monkeypatch)
    dialog = complete_preview(open_window(unit_profile("004")), qtbot)
    screen = dialog.screen().availableGeometry()

    dialog.print_button.click()
    qtbot.wait(50)

    assert printed.exists()
    assert screen.contains(dialog.frameGeometry())
    [close_button] = [b for b in dialog.findChildren(QPushButton) if b.text() == "&Cerrar"]
    assert dialog.rect().contains(close_button.geometry())
    assert dialog.status_label.text().endswith("/ETCA-III-04_2024_T1_unidad_004.pdf».")
    assert dialog.status_label.toolTip() == f"Se guardó 1 página en «{printed}»."
    dialog.close()
