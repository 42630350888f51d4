"""Registering the embedded fonts: once per process, even from two threads at a time."""

from __future__ import annotations

import threading
import time

import pytest
from reportlab.pdfbase import pdfmetrics

from ism_desktop.reports import pdf_fonts


def test_fonts_registered_once_when_two_threads_ask_together(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The engine may load ahead on one thread while a document starts on another: a font read
    # twice would replace the registered one (and its glyph subset) under that document.
    registry: dict[str, object] = {}
    reads: list[str] = []

    def read_font(name: str, _path: str) -> str:
        reads.append(name)
        time.sleep(0.05)  # a real font takes this long to read: both threads are inside
        return name

    def register(font: str) -> None:
        registry[font] = font

    monkeypatch.setattr(pdf_fonts, "TTFont", read_font)
    monkeypatch.setattr(pdfmetrics, "registerFont", register)
    monkeypatch.setattr(pdfmetrics, "getRegisteredFontNames", lambda: list(registry))
    threads = [threading.Thread(target=pdf_fonts.register_fonts) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(reads) == sorted([pdf_fonts.REGULAR, pdf_fonts.BOLD])
