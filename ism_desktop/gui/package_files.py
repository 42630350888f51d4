"""Which files are packages to receive: the open dialog's filter, those dropped on the window."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData

from ism_desktop.gui.places import quoted_names

PACKAGE_SUFFIXES = (".zip", ".ismpaq", ".xlsx")

PACKAGE_FILTER = (
    "Paquetes de ISM Avance y libros llenados (*.zip *.ismpaq *.xlsx);;Todos los archivos (*)"
)


def dropped_files(mime: QMimeData) -> tuple[list[Path], list[Path]]:
    """The files dropped on the window: those that can be packages (by extension), the others."""
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    packages = [path for path in files if path.suffix.lower() in PACKAGE_SUFFIXES]
    return packages, [path for path in files if path not in packages]


def package_paths(mime: QMimeData) -> list[Path]:
    """The files dropped on the window that can be packages (by their extension)."""
    return dropped_files(mime)[0]


def left_out_of_drop(others: Sequence[Path]) -> str:
    """What was dropped with the packages and not taken: said, or the person believed it read."""
    if len(others) == 1:
        what = "no es un paquete de ISM Avance (.ismpaq o .zip) ni un libro llenado (.xlsx)"
        left = "se dejó fuera"
    else:
        what = "no son paquetes de ISM Avance (.ismpaq o .zip) ni libros llenados (.xlsx)"
        left = "se dejaron fuera"
    return f"{quoted_names(others)} {what}: {left}. Se revisan los demás archivos que soltó."
