"""Before a report with metas unreported is printed: what it lacks, and print it or not."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ism_desktop.gui.dialog_buttons import ask_between

QUESTION = "¿Imprimirlo de todos modos?"


def may_print(parent: QWidget, warning: str | None) -> bool:
    """Whether to print: nothing lacking (``warning`` None), or «Imprimir» chosen once told.

    ``warning`` is the layout's ``incomplete_warning``, the words the export and the command
    line say too. Printed, a 0 on paper reads as «nothing achieved» once away from the screen.
    """
    if warning is None:
        return True
    return ask_between(
        parent,
        "Imprimir informe",
        f"{warning}\n\n{QUESTION}",
        "&Imprimir…",
        "Cancelar",
        warning=True,
        enter_rejects=True,
    )
