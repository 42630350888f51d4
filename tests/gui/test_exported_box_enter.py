"""Enter on the box that says a file was written closes it; it opens nothing.

The cursor started on «Abrir PDF» (the first button), so the Enter that dismisses a box
launched the PDF viewer over the program, or the file manager for the observations' box.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.gui.exported_box import offer_opening, show_saved_file
from tests.gui.dialog_walker import alt_letter
from tests.gui.modal_keys import press_in_next_modal

pytestmark = pytest.mark.gui


def _enter_when_shown(qtbot: QtBot, pressed_on: list[str]) -> list[str]:
    """Enter where the cursor is in the box about to show; ``pressed_on``: that button."""

    def looked(_box: QDialog, focus: QWidget) -> None:
        # Its text without the Alt letter's «&» (the box chooses which letter).
        named = focus.text().replace("&", "") if isinstance(focus, QAbstractButton) else ""
        pressed_on.append(named or repr(focus))

    return press_in_next_modal(qtbot, QMessageBox, Qt.Key.Key_Return, looked=looked)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: said.append(url.toLocalFile()))
    return said


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    shown = QWidget()
    qtbot.addWidget(shown)
    with qtbot.waitExposed(shown):
        shown.show()
    return shown


def _package_box(parent: QWidget, folder: Path) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle("Paquete exportado")
    box.setText("Se guardó el paquete.")
    offer_opening(box, folder / "paquete.pdf", folder / "paquete.xlsx")


def _observations_box(parent: QWidget, folder: Path) -> None:
    show_saved_file(parent, "Observaciones enviadas", "Se guardó:", folder / "obs.ismpaq")


@pytest.mark.parametrize("show", [_package_box, _observations_box], ids=["paquete", "obs"])
def test_enter_closes_the_box_of_what_was_written(
    qtbot: QtBot,
    parent: QWidget,
    opened: list[str],
    tmp_path: Path,
    show: Callable[[QWidget, Path], None],
) -> None:
    pressed_on: list[str] = []
    happened = _enter_when_shown(qtbot, pressed_on)

    show(parent, tmp_path)

    assert pressed_on == ["Cerrar"]
    assert happened == []
    assert opened == []


def test_the_box_still_opens_the_pdf_by_its_letter(
    qtbot: QtBot, parent: QWidget, opened: list[str], tmp_path: Path
) -> None:
    box = QMessageBox(parent)
    happened = press_in_next_modal(
        qtbot, QMessageBox, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier
    )
    offer_opening(box, tmp_path / "paquete.pdf", tmp_path / "paquete.xlsx")

    assert happened == []
    assert opened == [str(tmp_path / "paquete.pdf")]


@pytest.mark.parametrize("show", [_package_box, _observations_box], ids=["paquete", "obs"])
def test_every_button_of_the_box_has_an_alt_letter_of_its_own(
    qtbot: QtBot, parent: QWidget, tmp_path: Path, show: Callable[[QWidget, Path], None]
) -> None:
    texts: list[str] = []

    def looked(box: QDialog, _focus: QWidget) -> None:
        texts.extend(button.text() for button in box.findChildren(QPushButton))

    press_in_next_modal(qtbot, QMessageBox, Qt.Key.Key_Escape, looked=looked)

    show(parent, tmp_path)

    # «Cerrar» had none (Alt+C is «Abrir carpeta»).
    assert "Cerrar" in [text.replace("&", "") for text in texts]
    letters = [alt_letter(text) for text in texts]
    assert None not in letters
    assert len(set(letters)) == len(letters)
