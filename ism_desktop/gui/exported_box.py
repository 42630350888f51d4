"""The box that says a package was exported, and opens its PDF, workbook or folder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from ism_desktop.gui.export_messages import closed_note, warning_count

if TYPE_CHECKING:
    from ism_desktop.exchange.export.report_package import ExportedPackage


def show_exported(parent: QWidget, exported: ExportedPackage) -> None:
    """Say where the package went, its number, its warnings and that the quarter closed."""
    box = QMessageBox(parent)
    box.setWindowTitle("Paquete exportado")
    warnings = exported.check.warnings
    justified = sum(1 for w in warnings if w.justification is not None)
    box.setText(
        f"Se guardó el paquete:\n{exported.path}\n\n"
        f"Es el envío número {exported.manifest.sequence} de la unidad (cada paquete nuevo "
        "lleva un número mayor; la coordinadora rechaza uno más viejo).\n"
        f"{warning_count(len(warnings), justified)}\n"
        + (f"{exported.later_note}\n" if exported.later_note else "")
        + closed_note(exported)
        + "Entréguelo a la Dirección de Evaluación y Seguimiento Técnico (unidad 002)."
    )
    pdf_button = box.addButton("Abrir &PDF", QMessageBox.ButtonRole.ActionRole)
    xlsx_button = box.addButton("Abrir &Excel", QMessageBox.ButtonRole.ActionRole)
    folder_button = box.addButton("Abrir &carpeta", QMessageBox.ButtonRole.ActionRole)
    box.addButton("Cerrar", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    targets = {
        pdf_button: exported.path.with_suffix(".pdf"),
        xlsx_button: exported.path.with_suffix(".xlsx"),
        folder_button: exported.path.parent,
    }
    if clicked in targets:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(targets[clicked])))
