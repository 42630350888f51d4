"""The print dialog's options and the printer's properties in Spanish; Qt's «Cancelar» lettered.

«Pages per sheet», «Page order» (the page's tab) and the job's options («Job priority»,
«Scheduled printing», «Billing information», the banner pages' «Start» and «End») stood in
English on Linux: Qt's Spanish catalogue has none of them.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ism_desktop.gui.application import install_spanish
from tests.gui.dialog_walker import shared_letters

pytestmark = pytest.mark.gui

# (context, source, disambiguation) as Qt asks for them, and the Spanish expected.
_WORDS = [
    ("QPageSetupWidget", "Pages &per sheet:", None, "Páginas por &hoja:"),
    ("QPageSetupWidget", "Page &order:", None, "&Orden de las páginas:"),
    ("QCupsJobWidget", "Job &priority:", None, "Prioridad del &trabajo:"),
    ("QCupsJobWidget", "Scheduled &printing:", None, "&Programar la impresión:"),
    ("QCupsJobWidget", "&Billing information:", None, "Datos de &facturación:"),
    ("QCupsJobWidget", "&Start:", "Banner page at start", "Al &inicio:"),
    ("QCupsJobWidget", "&End:", "Banner page at end", "Al fina&l:"),
    # Shown for a CUPS printer beside «Im&primir»: Alt+P went to either by turns.
    ("QPrintSettingsOutput", "Page &Set:", None, "Pá&ginas a imprimir:"),
    ("QPlatformTheme", "Cancel", None, "&Cancelar"),
    # The printer's «Propiedades» showed «Aceptar» with no letter beside «&Cancelar».
    ("QPlatformTheme", "OK", None, "&Aceptar"),
]
_CANCEL = QDialogButtonBox.StandardButton.Cancel
_ENGLISH = {source.replace("&", "") for _c, source, _d, _s in _WORDS}


@pytest.mark.parametrize(("context", "source", "disambiguation", "spanish"), _WORDS)
def test_the_translator_answers_in_spanish(
    qapp: QApplication, context: str, source: str, disambiguation: str | None, spanish: str
) -> None:
    install_spanish(qapp)

    assert QCoreApplication.translate(context, source, disambiguation) == spanish


def _texts(widget: QWidget) -> set[str]:
    texts = {label.text() for label in widget.findChildren(QLabel)}
    texts |= {button.text() for button in widget.findChildren(QPushButton)}
    for tabs in widget.findChildren(QTabWidget):
        texts |= {tabs.tabText(i) for i in range(tabs.count())}
    return {text.replace("&", "") for text in texts}


def test_a_real_print_dialog_and_its_properties_show_no_english(
    qtbot: QtBot, qapp: QApplication
) -> None:
    install_spanish(qapp)
    printer = QPrinter()
    printing = QPrintDialog(printer)
    qtbot.addWidget(printing)
    with qtbot.waitExposed(printing):
        printing.show()
    properties = next(b for b in printing.findChildren(QPushButton) if "ropiedades" in b.text())
    seen: list[set[str]] = []

    def look_and_close() -> None:
        shown = QApplication.activeModalWidget()
        assert isinstance(shown, QDialog)
        seen.append(_texts(shown))
        shown.reject()

    QTimer.singleShot(0, look_and_close)
    properties.click()  # the printer's properties: the page's tab and the job's options
    qtbot.waitUntil(lambda: bool(seen))

    assert not (seen[0] | _texts(printing)) & _ENGLISH
    assert seen[0] & {"Páginas por hoja:", "Prioridad del trabajo:"}


def test_the_printer_s_properties_letter_their_accept_apart_from_the_rest(
    qtbot: QtBot, qapp: QApplication
) -> None:
    install_spanish(qapp)
    printer = QPrinter()  # kept: the dialog does not own it
    printing = QPrintDialog(printer)
    qtbot.addWidget(printing)
    with qtbot.waitExposed(printing):
        printing.show()
    properties = next(b for b in printing.findChildren(QPushButton) if "ropiedades" in b.text())
    seen: list[tuple[str, str, dict[str, list[str]]]] = []

    def look_and_close() -> None:
        shown = QApplication.activeModalWidget()
        assert isinstance(shown, QDialog)
        box = shown.findChild(QDialogButtonBox)
        assert box is not None
        ok, cancel = (box.button(b) for b in (QDialogButtonBox.StandardButton.Ok, _CANCEL))
        assert ok is not None
        assert cancel is not None
        seen.append((ok.text(), cancel.text(), shared_letters(shown)))
        shown.reject()

    QTimer.singleShot(0, look_and_close)
    properties.click()
    qtbot.waitUntil(lambda: bool(seen))

    # Alt+A, a letter the page's tab leaves free: Qt's catalogue says «Aceptar», unlettered.
    assert seen == [("&Aceptar", "&Cancelar", {})]


def test_qt_s_own_file_dialog_s_cancel_has_a_letter(qtbot: QtBot, qapp: QApplication) -> None:
    install_spanish(qapp)
    files = QFileDialog(None, "Abrir")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(files)
    with qtbot.waitExposed(files):
        files.show()
    box = files.findChild(QDialogButtonBox)
    assert box is not None
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)

    assert cancel is not None
    assert cancel.text() == "&Cancelar"
    assert shared_letters(files) == {}


def test_the_program_s_own_cancel_keeps_its_c(qtbot: QtBot, qapp: QApplication) -> None:
    # Qt's «&Cancelar» took «c» before the program lettered its own: «Canc&elar».
    from PySide6.QtWidgets import QVBoxLayout

    from ism_desktop.gui.dialog_buttons import ok_cancel

    install_spanish(qapp)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    ok_cancel(dialog, QVBoxLayout(dialog))

    texts = sorted(button.text() for button in dialog.findChildren(QPushButton))

    assert texts == ["&Aceptar", "&Cancelar"]
