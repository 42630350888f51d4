"""Where the file dialogs start: the person's Documentos, never the program's own folder."""

from __future__ import annotations

from PySide6.QtCore import QStandardPaths


def documents_folder() -> str:
    """This user's documents folder (Documentos on Windows)."""
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
