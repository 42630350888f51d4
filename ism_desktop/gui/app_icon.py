"""The program's icon for its windows and the taskbar, from the PNGs in ``resources/icons``."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from ism_desktop.platform import resources_dir

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def application_icon() -> QIcon:
    """Every size drawn for its own scale; an empty icon if the files are missing."""
    # PNGs, not the SVG: the bundle then needs no SVG image plugin.
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in ICON_SIZES:
        path = folder / f"ism-avance-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon
