"""Enter on the box that says a file was written closes it; it opens nothing.

The cursor started on «Abrir PDF» (the first button), so the Enter that dismisses a box
launched the PDF viewer over the program, or the file manager for the observations' box.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.gui.exported_box import offer_opening, show_saved_file

pytestmark = pytest.mark.gui


def _enter_when_shown(qtbot: QtBot, pressed_on: list[str]) -> None:
    """Press Enter where the cursor is in the box about to show; close it if that did not."""

    def press() -> None:
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        qtbot.waitUntil(box.isActiveWindow)
        focus = QApplication.focusWidget() or box
        pressed_on.append(focus.text() if hasattr(focus, "text") else type(focus).__name__)
        qtbot.keyClick(focus, Qt.Key.Key_Return)
        if box.isVisible():  # Enter left it open: not what this test looks for, but no hang
            box.done(0)

    QTimer.singleShot(0, press)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: said.append(url.toLocalFile()))
    return said


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    shown = QWidget()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_enter_closes_the_box_of_a_package_or_report_written(
    qtbot: QtBot, parent: QWidget, opened: list[str], tmp_path: Path
) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle("Paquete exportado")
    box.setText("Se guardó el paquete.")
    pressed_on: list[str] = []
    _enter_when_shown(qtbot, pressed_on)

    offer_opening(box, tmp_path / "paquete.pdf", tmp_path / "paquete.xlsx")

    assert pressed_on == ["Cerrar"]
    assert opened == []


def test_enter_closes_the_box_of_observations_sent(
    qtbot: QtBot, parent: QWidget, opened: list[str], tmp_path: Path
) -> None:
    pressed_on: list[str] = []
    _enter_when_shown(qtbot, pressed_on)

    show_saved_file(parent, "Observaciones enviadas", "Se guardó:", tmp_path / "obs.ismpaq")

    assert pressed_on == ["Cerrar"]
    assert opened == []


def test_the_box_still_opens_the_pdf_by_its_letter(
    qtbot: QtBot, parent: QWidget, opened: list[str], tmp_path: Path
) -> None:
    box = QMessageBox(parent)

    def alt_p() -> None:
        qtbot.waitUntil(box.isActiveWindow)
        qtbot.keyClick(
            QApplication.focusWidget() or box, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier
        )

    QTimer.singleShot(0, alt_p)
    offer_opening(box, tmp_path / "paquete.pdf", tmp_path / "paquete.xlsx")

    assert opened == [str(tmp_path / "paquete.pdf")]
