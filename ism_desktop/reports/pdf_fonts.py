"""The TrueType fonts embedded in every PDF, shipped in ``resources/fonts``.

The PDF's standard fonts would leave the accents and the Ñ to the reader's substitutes; DejaVu
Sans (free licence, in ``resources/fonts/LICENSE-DejaVu.txt``) covers all of Spanish and is
embedded as a subset.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from ism_desktop.platform import describe_os_error, resources_dir

REGULAR = "ISM-DejaVuSans"
BOLD = "ISM-DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
# reportlab's font registry is the process's own; the engine may load ahead on one thread while
# a document starts on another, and a font registered twice would swap its object (and the
# subset of glyphs it keeps for the document) halfway through that document.
_REGISTERING = threading.Lock()


class FontError(Exception):
    """The shipped font files are missing or unreadable (Spanish message)."""


def fonts_dir() -> Path:
    """``resources/fonts``: beside the package in a checkout, or inside the installed bundle."""
    return resources_dir() / "fonts"


def register_fonts(directory: Path | None = None) -> None:
    """Register the regular and bold fonts with reportlab (once per process, any thread)."""
    with _REGISTERING:
        registered = set(pdfmetrics.getRegisteredFontNames())
        folder = fonts_dir() if directory is None else directory
        for name, file_name in _FILES.items():
            if name in registered:
                continue
            path = folder / file_name
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except OSError as exc:
                message = f"No se encontró la fuente «{path}»: {describe_os_error(exc)}"
                raise FontError(message) from exc
            except TTFError as exc:
                # reportlab's own error for a file missing or not a font, said in English.
                raise FontError(
                    f"No se encontró la fuente «{path}», o no se pudo leer: reinstale el "
                    "programa. No se escribió el archivo."
                ) from exc


@dataclass
class FontMetrics:
    """Fast text widths for one font: glyph widths cached per character, scaled by size."""

    name: str
    _per_char: dict[str, float] = field(default_factory=dict)
    # Words and figures repeat thousands of times in a report: each is summed once (the same
    # sum, so the same width to the last bit). One instance serves one document.
    _per_text: dict[tuple[str, float], float] = field(default_factory=dict)

    def width(self, text: str, size: float) -> float:
        """Width of ``text`` at ``size`` points."""
        known = self._per_text.get((text, size))
        if known is not None:
            return known
        cache = self._per_char
        total = 0.0
        for char in text:
            width = cache.get(char)
            if width is None:
                # Glyph widths in a TrueType font are additive (reportlab applies no kerning).
                width = pdfmetrics.stringWidth(char, self.name, 1000) / 1000
                cache[char] = width
            total += width
        self._per_text[text, size] = total * size
        return total * size
