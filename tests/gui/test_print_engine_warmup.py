"""The PDF engine loads ahead once the window has settled, and a failure there costs nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from reportlab.pdfbase import pdfmetrics

from ism_desktop.gui import window_opening
from ism_desktop.gui.print_engine_warmup import PrintEngineWarmup
from ism_desktop.gui.spelling_support import SpellingSupport
from ism_desktop.reports import pdf_engine
from ism_desktop.reports.pdf_fonts import BOLD, REGULAR, FontError
from tests.gui.conftest import shown_frame, unit_profile

pytestmark = pytest.mark.gui


def test_the_engine_loads_only_once_the_dictionary_and_the_findings_are_done(
    qtbot: QtBot, db_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shown_frame(qtbot, settings, unit_profile("004"))
    seen: list[tuple[bool, bool]] = []
    store = window_opening.open_data(db_path)
    session = window_opening.fill_window(window, store, unit_profile("004"), None, print)
    spelling = window.findChild(SpellingSupport)
    assert spelling is not None

    def start(warmup: PrintEngineWarmup) -> None:
        # Earlier it would share the interpreter's lock with the rules and the dictionary.
        seen.append((session.checked, spelling.checker is not None))

    monkeypatch.setattr(PrintEngineWarmup, "start", start)
    try:
        qtbot.waitUntil(lambda: bool(seen), timeout=90_000)
        assert set(seen) == {(True, True)}  # (the real start loads once however often asked)
    finally:
        session.stop_validation()
        store.close()


def test_loading_ahead_registers_the_fonts_and_loads_pdfium(qtbot: QtBot) -> None:
    warmup = PrintEngineWarmup()
    warmup.start()
    warmup.wait()

    assert warmup.is_loaded()
    assert {REGULAR, BOLD} <= set(pdfmetrics.getRegisteredFontNames())
    assert "pypdfium2" in sys.modules
    warmup.start()  # a second call loads nothing again
    assert warmup.is_loaded()


def test_a_failure_loading_ahead_is_left_for_the_preview_to_say(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tried: list[str] = []

    def missing_fonts() -> None:
        tried.append("motor")
        raise FontError("No se encontró la fuente «DejaVuSans.ttf»")

    monkeypatch.setattr(pdf_engine, "load_pdf_engine", missing_fonts)
    warmup = PrintEngineWarmup()
    warmup.start()
    warmup.wait()

    # An exception leaving the thread would fail this test (pytest turns it into an error).
    assert tried == ["motor"]
    assert warmup.is_loaded()
