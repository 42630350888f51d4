"""Before the programme bases are written: what they would lack or leave behind, asked.

Said in the box of what was written, the warning came when the bases were in the folder
already, and named the command line's «trimestre cerrar» to a window user.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ism_desktop.gui.dialog_buttons import ask_between
from ism_desktop.workspace.package_names import bases_written

if TYPE_CHECKING:
    from ism_desktop.workspace.workspace import Workspace


def may_send_bases(parent: QWidget, workspace: Workspace) -> bool:
    """Whether to write the bases: asked (Enter writes nothing) when they come with a warning."""
    warnings = workspace.bases_warnings()
    if not warnings:
        return True
    text = "\n\n".join(f"Aviso: {said}" for said in warnings)
    one = len(bases_written(workspace, Path())) == 1  # the names alone: nothing is looked at
    several = "el programa base" if one else "los programas base"
    return ask_between(
        parent,
        "Programas base",
        f"{text}\n\n¿Guardar {several} de todos modos?",
        "Guardar de todos modos",
        "Cancelar",
        warning=True,
        enter_rejects=True,
    )
