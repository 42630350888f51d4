"""The PDF engine (reportlab, the fonts, PDFium) loaded ahead, once the window has settled.

The first print preview would otherwise load it after the click: a quarter of a second of the
wait for its first page. It loads on a thread of its own once the window is settled: the list
painted, the dictionary read (or given up) and the rules' findings complete. Earlier, it would
share the interpreter's lock with them and slow them.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from ism_desktop.gui.report_session import ReportSession
    from ism_desktop.gui.spelling_support import SpellingSupport


class PrintEngineWarmup(QObject):
    """Loads the PDF engine once, on a thread, when asked or when the window has settled."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._session: ReportSession | None = None
        self._spelling_ended = False

    def start(self) -> None:
        """Load the engine on a thread of its own (the first call only)."""
        if self._thread is None:
            # Not a daemon: the program's exit waits for it rather than cut an import short.
            self._thread = threading.Thread(target=_load, name="motor de PDF")
            self._thread.start()

    def is_loaded(self) -> bool:
        """Whether the loading has run to its end."""
        return self._thread is not None and not self._thread.is_alive()

    def wait(self) -> None:
        """Block until the loading ends, if it started (in tests and measurements)."""
        if self._thread is not None:
            self._thread.join()

    def start_when_settled(self, session: ReportSession, spelling: SpellingSupport) -> None:
        """Start once the dictionary has loaded (or failed) and the findings are complete."""
        self._session = session
        spelling.ended.connect(self._on_spelling_ended)
        session.findings_changed.connect(self._look_later)

    def _on_spelling_ended(self) -> None:
        self._spelling_ended = True
        self._look_later()

    def _look_later(self) -> None:
        # After the signal's other slots: the dictionary's arrival starts the rules again then.
        if self._thread is None:
            QTimer.singleShot(0, self, self._start_if_settled)

    def _start_if_settled(self) -> None:
        if self._session is not None and self._spelling_ended and self._session.checked:
            self.start()


def _load() -> None:
    from ism_desktop.reports.pdf_engine import load_pdf_engine

    try:
        load_pdf_engine()
    except Exception:  # said at the click, if it happens again there
        # Nothing is lost: the print preview loads the engine again when clicked, and says
        # then, in its own words, what is wrong (a missing font file, say).
        return
