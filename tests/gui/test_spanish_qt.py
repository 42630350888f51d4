"""Qt's own buttons and dialogs speak Spanish once the translations are installed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ism_desktop.gui.application import install_spanish

pytestmark = pytest.mark.gui


def test_standard_buttons_are_spanish(qtbot: QtBot, qapp: QApplication) -> None:
    install_spanish(qapp)
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save
    )
    qtbot.addWidget(box)

    labels = {
        box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", ""),
        box.button(QDialogButtonBox.StandardButton.Save).text().replace("&", ""),
    }

    assert labels == {"Cancelar", "Guardar"}


def test_qt_file_and_print_dialogs_speak_mexican_spanish(qtbot: QtBot, qapp: QApplication) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QFileDialog, QLabel

    install_spanish(qapp)
    files = QFileDialog(None, "Abrir")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    printer = QPrinter()
    printing = QPrintDialog(printer)
    qtbot.addWidget(files)
    qtbot.addWidget(printing)

    labels = {label.text() for dialog in (files, printing) for label in dialog.findChildren(QLabel)}

    assert {"&Buscar en:", "&Nombre del archivo:", "&Tipo de archivo:"} <= labels
    assert "&Archivo de salida:" in labels
    assert not any("Look in" in text or "Fichero" in text for text in labels)


def test_the_file_dialogs_messages_say_archivo_and_carpeta(qapp: QApplication) -> None:
    # «Fichero no encontrado» beside the program's own «archivo».
    from PySide6.QtCore import QCoreApplication

    install_spanish(qapp)
    for source in (
        "%1\nFile not found.\nPlease verify the correct file name was given.",
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.",
        "%1 already exists.\nDo you want to replace it?",
    ):
        said = QCoreApplication.translate("QFileDialog", source)

        assert said != source
        assert "ichero" not in said
        assert "irectorio" not in said
