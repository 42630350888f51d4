"""Qt's own buttons and dialogs speak Spanish once the translations are installed."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ism_desktop.gui.application import install_spanish
from tests.gui.conftest import WindowFactory, unit_profile

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


# The print dialog's words that Qt's Spanish catalogue leaves out (read from its library).
_PRINT_ENGLISH = {
    "Page Set:",
    "Double Sided Printing",
    "Off",
    "Long side binding",
    "Short side binding",
    "Pages",
    "Output Settings",
    "Advanced",
}


def _texts(dialog: object) -> set[str]:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QTabWidget, QWidget

    assert isinstance(dialog, QWidget)
    texts = {w.text() for w in dialog.findChildren(QLabel)}
    texts |= {w.text() for w in dialog.findChildren(QAbstractButton)}
    texts |= {w.title() for w in dialog.findChildren(QGroupBox)}
    texts |= {w.itemText(i) for w in dialog.findChildren(QComboBox) for i in range(w.count())}
    texts |= {w.tabText(i) for w in dialog.findChildren(QTabWidget) for i in range(w.count())}
    return {text.replace("&", "") for text in texts}


def test_the_print_dialog_has_no_english_left(qtbot: QtBot, qapp: QApplication) -> None:
    # «Pages» and «Page Set:» stood in English in the dialog staff print from (Linux, Qt's own).
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    install_spanish(qapp)
    printer = QPrinter()
    printing = QPrintDialog(printer)
    qtbot.addWidget(printing)

    assert not _texts(printing) & _PRINT_ENGLISH


def test_the_print_dialogs_messages_are_spanish(qapp: QApplication) -> None:
    from PySide6.QtCore import QCoreApplication

    install_spanish(qapp)
    for context, source in (
        ("QPrintDialog", "Invalid Pages Definition"),
        ("QPrintDialog", "There are conflicts in duplex settings. Do you want to fix them?"),
        (
            "QPrintDialog",
            "%1 does not follow the correct syntax. Please use ',' to separate ranges and "
            "pages, '-' to define ranges and make sure ranges do not intersect with each other.",
        ),
    ):
        assert QCoreApplication.translate(context, source) != source


def test_menus_name_keys_as_spanish_windows_does(
    open_window: WindowFactory, qapp: QApplication
) -> None:
    # Menus said «Control+I» and «Control+Z» while the rest of the program says «Ctrl+F».
    install_spanish(qapp)
    window = open_window(unit_profile("004"))
    native = QKeySequence.SequenceFormat.NativeText

    assert window.import_action.shortcut().toString(native) == "Ctrl+I"
    assert QKeySequence("Ctrl+Shift+Z").toString(native) == "Ctrl+Mayús+Z"
    assert QKeySequence("Alt+2").toString(native) == "Alt+2"


def test_the_folder_dialog_s_file_type_says_carpetas(qtbot: QtBot, qapp: QApplication) -> None:
    # «Tipo de archivo: Directorios» under «Carpeta:», in the dialog that asks where the
    # package goes; the program says «carpeta» everywhere else.
    from PySide6.QtWidgets import QComboBox, QFileDialog

    install_spanish(qapp)
    folders = QFileDialog(None, "Carpeta donde guardar el paquete")
    folders.setOption(QFileDialog.Option.DontUseNativeDialog)
    folders.setFileMode(QFileDialog.FileMode.Directory)
    folders.setOption(QFileDialog.Option.ShowDirsOnly)
    qtbot.addWidget(folders)

    kinds = {box.itemText(i) for box in folders.findChildren(QComboBox) for i in range(box.count())}

    assert "Carpetas" in kinds
    assert not any("irectorio" in kind for kind in kinds)
