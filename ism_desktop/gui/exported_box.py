"""The boxes that say a package or a report was written, and open its PDF, workbook or folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from ism_desktop.gui.dialog_buttons import letter_buttons
from ism_desktop.gui.export_messages import closed_note, warning_count
from ism_desktop.gui.path_line import set_text_with_path
from ism_desktop.workspace.pending_targets import carried_note

if TYPE_CHECKING:
    from ism_desktop.exchange.export.report_package import ExportedPackage


def show_exported(parent: QWidget, exported: ExportedPackage, asked: tuple[int, int]) -> None:
    """Say where the package went, its number, its warnings and that the quarter closed.

    ``asked``: the unit's target-change requests still undecided, and their metas.
    """
    box = QMessageBox(parent)
    box.setWindowTitle("Paquete exportado")
    warnings = exported.check.warnings
    justified = sum(1 for w in warnings if w.justification is not None)
    set_text_with_path(
        box,
        f"Se guardó el paquete:\n{exported.path}\n\n"
        f"Es el envío número {exported.manifest.sequence} de la unidad (cada paquete nuevo "
        "lleva un número mayor; la unidad coordinadora rechaza uno más viejo).\n"
        f"{warning_count(len(warnings), justified)}\n"
        + (f"{exported.later_note}\n" if exported.later_note else "")
        + (f"{note}\n" if (note := carried_note(*asked)) else "")
        + closed_note(exported)
        # As everywhere else in the program (the unit's code was fixed text here).
        + "Entréguelo a la unidad coordinadora.",
        str(exported.path),
    )
    offer_opening(box, exported.path.with_suffix(".pdf"), exported.path.with_suffix(".xlsx"))


def show_report_written(
    parent: QWidget, report: str, pdf: Path, xlsx: Path, warning: str | None
) -> None:
    """Say that ``report`` was written as ``pdf`` and ``xlsx``, where, and what it lacks.

    It was said in the status bar alone: the person then looked for the files by hand.
    """
    box = QMessageBox(parent)
    box.setWindowTitle("Informe exportado")
    if warning is not None:  # printed as 0, not missing: the box says so before it is sent
        box.setIcon(QMessageBox.Icon.Warning)
    set_text_with_path(
        box,
        f"Se guardó el informe {report} en PDF y en Excel, en la carpeta:\n{pdf.parent}\n\n"
        f"• PDF: {pdf.name}\n• Excel: {xlsx.name}" + (f"\n\n{warning}" if warning else ""),
        str(pdf.parent),
    )
    offer_opening(box, pdf, xlsx)


def show_saved_file(
    parent: QWidget, title: str, text: str, path: Path, *, warned: bool = False
) -> None:
    """Say ``text``, its line that is ``path`` on one line, with «Abrir carpeta» and «Cerrar».

    For packages that are only handed on (observations, programme bases): in a plain box
    their path broke at its hyphens and slashes, and their folder was looked for by hand.
    ``path``: a file (its folder opens) or a folder. ``warned``: the text ends in a warning.
    """
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    if warned:
        box.setIcon(QMessageBox.Icon.Warning)
    set_text_with_path(box, text, str(path))
    folder_button = box.addButton("Abrir &carpeta", QMessageBox.ButtonRole.ActionRole)
    _close_on_enter(box)
    box.exec()
    folder = path if path.is_dir() else path.parent
    if box.clickedButton() is folder_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def offer_opening(box: QMessageBox, pdf: Path, xlsx: Path) -> None:
    """Show ``box`` with «Abrir PDF», «Abrir Excel», «Abrir carpeta», «Cerrar»; open what is chosen.

    The folder is the PDF's: the workbook is always written beside it.
    """
    pdf_button = box.addButton("Abrir &PDF", QMessageBox.ButtonRole.ActionRole)
    xlsx_button = box.addButton("Abrir &Excel", QMessageBox.ButtonRole.ActionRole)
    folder_button = box.addButton("Abrir &carpeta", QMessageBox.ButtonRole.ActionRole)
    _close_on_enter(box)
    box.exec()
    clicked = box.clickedButton()
    targets = {pdf_button: pdf, xlsx_button: xlsx, folder_button: pdf.parent}
    if clicked in targets:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(targets[clicked])))


def _close_on_enter(box: QMessageBox) -> None:
    """«Cerrar», the button Enter and Escape press: the cursor started on the first one.

    Enter, which dismisses a box, launched the PDF viewer or the file manager over the
    program; each of those stays one Alt letter away.
    """
    close = box.addButton("Cerrar", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(close)
    letter_buttons(box)  # «Ce&rrar»: «c» is «Abrir carpeta»
