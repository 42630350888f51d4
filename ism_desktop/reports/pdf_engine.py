"""The PDF engine loaded ahead: reportlab, the embedded fonts and PDFium, before they are needed.

Loading them takes a quarter of a second, which the first print preview would otherwise pay
after the click. Loading ahead changes nothing in what they write or draw.
"""

from __future__ import annotations

import importlib

# Our modules that load reportlab and PDFium. Another thread that imports one of them meanwhile
# waits until it has loaded whole (Python locks a module while it loads).
_ENGINE_MODULES = ("ism_desktop.reports.pdf_report", "ism_desktop.reports.pdf_raster")


def load_pdf_engine() -> None:
    """Import reportlab and PDFium and register the fonts (any thread; harmless twice)."""
    for name in _ENGINE_MODULES:
        importlib.import_module(name)
    from ism_desktop.reports.pdf_fonts import register_fonts

    register_fonts()
