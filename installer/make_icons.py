"""Render ``resources/icons/ism-avance.svg`` to the PNG sizes and the Windows ``.ico``.

Run by hand after changing the SVG (the results are committed, so a build needs neither Qt's SVG
module nor Pillow): ``QT_QPA_PLATFORM=offscreen python installer/make_icons.py``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "ism-avance.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Path:
    """Draw the SVG into a transparent square PNG of ``size`` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    target = ICONS / f"ism-avance-{size}.png"
    if not image.save(str(target)):
        raise SystemExit(f"no se pudo escribir {target}")
    return target


def main() -> int:
    """Write every PNG size and the .ico made of them."""
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} no es un SVG válido")
    pngs = [render(renderer, size) for size in SIZES]
    images = [Image.open(path) for path in pngs]
    # Each size drawn by the renderer, not scaled down by Pillow from the largest one.
    images[-1].save(
        ICONS / "ism-avance.ico",
        format="ICO",
        sizes=[image.size for image in images],
        append_images=images[:-1],
    )
    del app
    print(f"{len(pngs)} PNG y ism-avance.ico en {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
