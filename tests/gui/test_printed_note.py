"""What the status bar says after printing: the verb agrees with how many pages went."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog

from ism_desktop.gui.report_printing import printed_note
from tests.gui.conftest import WindowFactory, unit_profile

pytestmark = pytest.mark.gui


def test_one_page_printed_to_a_file_is_said_in_the_singular(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Unit 004's report is one page: the status bar said «Se guardaron 1 página en …».
    window = open_window(unit_profile("004"))
    printed = tmp_path / "impreso.pdf"

    def choose_pdf_file(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(printed))
        dialog.printer().setResolution(100)
        return int(QPrintDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", choose_pdf_file)

    window.reports.print_action.trigger()

    assert len(PdfReader(printed).pages) == 1
    assert window.statusBar().currentMessage() == f"Se guardó 1 página en «{printed}»."


@pytest.mark.parametrize(
    ("pages", "file", "expected"),
    [
        (1, "", "Se envió 1 página a la impresora."),
        (9, "", "Se enviaron 9 páginas a la impresora."),
        (1, "/tmp/a.pdf", "Se guardó 1 página en «/tmp/a.pdf»."),
        (9, "/tmp/a.pdf", "Se guardaron 9 páginas en «/tmp/a.pdf»."),
    ],
)
def test_the_note_agrees_in_number(pages: int, file: str, expected: str) -> None:
    # «Enviadas 1 página a la impresora.» did not agree either.
    assert printed_note(pages, file) == expected
