"""Where the file dialogs start: the person's Documentos, never the program's own folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QStandardPaths


def documents_folder() -> str:
    """This user's documents folder (Documentos on Windows), or home if there is none.

    A folder that does not exist made the dialogs fall back to the program's own folder.
    """
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found if found and Path(found).is_dir() else QDir.homePath()
