"""Closing the window while the report is written says why it waits, and closes at the end.

The «X» and Ctrl+Q were ignored without a word while the report was being written (the
window is held meanwhile): the person pressed them again and again, or ended the program.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.gui.paimef import informe_printing
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.reports import pdf_report
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture
from tests.gui.test_report_actions import shown_boxes as shown_boxes  # the fixture

pytestmark = pytest.mark.gui
WAITS = "Se está escribiendo el informe; la ventana se cerrará al terminar."
# The export's box and the printing's have «Cancelar» (the PAIMEF informe's too).
NOT_SAVED = f"{WAITS} Para no esperar, pulse «Cancelar»: no se guarda ningún archivo."
NOT_PRINTED = f"{WAITS} Para no esperar, pulse «Cancelar»: no se imprime nada."


def _boxes_shown() -> list[str]:
    return [
        box.labelText()
        for box in QApplication.topLevelWidgets()
        if isinstance(box, QProgressDialog) and box.isVisible()
    ]


def _held(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> threading.Event:
    """``owner.name`` made to wait until the event returned is set (3 s at most)."""
    done = threading.Event()
    step = getattr(owner, name)

    def wrapped(*args: Any) -> Any:
        done.wait(timeout=3)
        return step(*args)

    monkeypatch.setattr(owner, name, wrapped)
    return done


def _meanwhile(
    done: threading.Event, window: QWidget, close: Callable[[], object]
) -> list[tuple[list[str], bool]]:
    """After 450 ms, ``close`` the window; what the boxes said then, and whether it stayed."""
    seen: list[tuple[list[str], bool]] = []

    def then() -> None:
        close()
        seen.append((_boxes_shown(), window.isVisible()))
        done.set()

    QTimer.singleShot(450, then)
    return seen


def _refused(asked: list[str]) -> int:
    asked.append("impresora")
    return int(QPrintDialog.DialogCode.Rejected)


def _printers_asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A word for each print dialog opened (each answered «Cancelar»)."""
    asked: list[str] = []
    monkeypatch.setattr(QPrintDialog, "exec", partial(_refused, asked))
    return asked


@pytest.mark.parametrize("how", ["x", "ctrl_q"])
def test_closing_while_the_report_files_are_written_says_so_and_closes_after(
    open_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown_boxes: list[str],
    how: str,
) -> None:
    window = open_window(unit_profile("004"))
    done = _held(monkeypatch, pdf_report, "write_pdf")

    def close() -> None:
        if how == "x":
            window.close()
        else:
            qtbot.keyClick(window.tree, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

    seen = _meanwhile(done, window, close)

    window.reports.export_report(tmp_path / "informe.pdf")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)

    assert seen == [([f"Escribiendo el informe en PDF y Excel…\n\n{NOT_SAVED}"], True)]
    # What was being written is there; the box offering to open it is left out.
    assert (tmp_path / "informe.pdf").exists()
    assert (tmp_path / "informe.xlsx").exists()
    assert shown_boxes == []  # «Informe exportado»


def test_closing_while_the_report_is_prepared_asks_for_no_printer(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    done = _held(monkeypatch, pdf_report, "write_pdf")
    asked = _printers_asked(monkeypatch)
    seen = _meanwhile(done, window, window.close)

    window.reports.print_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)

    assert seen == [([f"Preparando el informe para imprimir…\n\n{NOT_PRINTED}"], True)]
    assert asked == []


def test_closing_the_paimef_window_while_its_informe_is_prepared(
    window: PaimefWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ism_desktop.reports.paimef import informe_pdf

    done = _held(monkeypatch, informe_pdf, "informe_pdf")
    asked = _printers_asked(monkeypatch)
    seen = _meanwhile(done, window, window.close)

    window.findChild(informe_printing.InformePrinting).print_informe()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)

    assert seen == [([f"{informe_printing.PREPARING}\n\n{NOT_PRINTED}"], True)]
    assert asked == []
