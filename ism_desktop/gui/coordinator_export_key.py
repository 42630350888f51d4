"""Ctrl+E at the coordinating unit: the status bar says why there is no package to export.

«Teclas» lists «Ctrl+E exportar paquete»; the coordinator's *Exportar paquete…* is hidden (its
metas never travel), and the key did nothing without a word.
"""

from __future__ import annotations

from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QMainWindow

from ism_desktop.gui.window_keys import EXPORT_KEY

NO_PACKAGE_HERE = (
    "Exportar paquete es para las unidades: las metas de la unidad coordinadora se capturan "
    "aquí mismo y no viajan."
)


def coordinator_export_key(window: QMainWindow) -> QShortcut:
    """Ctrl+E saying ``NO_PACKAGE_HERE``; off until enabled (the coordinator's profile)."""
    key = QShortcut(EXPORT_KEY, window)
    key.setObjectName("exportar_paquete_coordinadora")
    key.activated.connect(lambda: window.statusBar().showMessage(NO_PACKAGE_HERE, 10000))
    key.setEnabled(False)
    return key
