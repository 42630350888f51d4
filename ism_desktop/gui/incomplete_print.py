"""Before a report with metas unreported is printed: what it lacks, and print it or not."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

QUESTION = "¿Imprimirlo de todos modos?"


def may_print(parent: QWidget, warning: str | None) -> bool:
    """Whether to print: nothing lacking (``warning`` None), or «Imprimir» chosen once told.

    ``warning`` is the layout's ``incomplete_warning``, the words the export and the command
    line say too. Printed, a 0 on paper reads as «nothing achieved» once away from the screen.
    """
    if warning is None:
        return True
    box = QMessageBox(
        QMessageBox.Icon.Warning, "Imprimir informe", f"{warning}\n\n{QUESTION}", parent=parent
    )
    go_on = box.addButton("&Imprimir…", QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton("Cancelar", QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is go_on
