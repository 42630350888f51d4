"""The window's dictionary: read in the background after the first paint, then shared.

The evaluation editor's underline and the rules use the same dictionary; words added in the
editor are kept for this PC.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance
from PySide6.QtWidgets import QStatusBar
from typing_extensions import override

from ism_desktop.gui.narrative_edit import NarrativeEdit
from ism_desktop.gui.report_session import ReportSession
from ism_desktop.workspace.failures import describe_failure
from ism_desktop.workspace.spelling_words import (
    SpellingUnavailableError,
    add_word,
    spelling_files,
)

if TYPE_CHECKING:
    # Only a type here: the dictionary library loads after the first paint.
    from ism_desktop.spelling.dictionary import SpanishSpelling

Loader = Callable[[], "SpanishSpelling"]


class _LoadSignals(QObject):
    loaded = Signal(object)
    failed = Signal(str)


class _Load(QRunnable):
    def __init__(self, load: Loader) -> None:
        super().__init__()
        self.signals = _LoadSignals()
        self._load = load

    @override
    def run(self) -> None:
        try:
            checker = self._load()
        except SpellingUnavailableError as exc:
            self._tell(self.signals.failed, str(exc))
            return
        except Exception as exc:  # a damaged dictionary must not end in a traceback
            self._tell(self.signals.failed, f"el diccionario no se pudo leer ({exc})")
            return
        self._tell(self.signals.loaded, checker)

    @staticmethod
    def _tell(signal: SignalInstance, value: object) -> None:
        # The window may close while the dictionary loads: then nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


class SpellingSupport(QObject):
    """Loads the dictionary once, off the GUI thread, and wires it to the editor and the rules."""

    loaded = Signal()
    ended = Signal()  # the load is over: loaded, or given up (the status bar says why)

    def __init__(
        self,
        session: ReportSession,
        editor: NarrativeEdit,
        status: QStatusBar | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._editor = editor
        self._status = status
        self.checker: SpanishSpelling | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._loading = False
        # Each job started, kept after its end until ``wait``: its worker still holds it for
        # a moment after telling, and the last reference dropped there would delete its
        # signals, a Qt object of this thread, on that thread.
        self._jobs: list[_Load] = []
        editor.word_added.connect(self._on_word_added)
        editor.word_ignored.connect(self._on_word_ignored)

    def start(self, load: Loader) -> None:
        """Read the dictionary in a worker thread; the window keeps working meanwhile."""
        job = _Load(load)
        job.signals.loaded.connect(self._on_loaded)
        job.signals.failed.connect(self._on_failed)
        self._jobs.append(job)
        self._loading = True
        self._pool.start(job)

    @property
    def loading(self) -> bool:
        """Whether the dictionary is still being read: the rules run without spelling meanwhile."""
        return self._loading

    def wait(self) -> None:
        """Block until the load ends (when closing, and in tests)."""
        self._pool.waitForDone()
        self._jobs.clear()  # no worker holds them now: freed here, on this thread

    def _on_loaded(self, checker: SpanishSpelling) -> None:
        self.checker = checker
        self._loading = False
        self._editor.set_spelling(checker)
        self._session.set_spelling(checker)
        self.loaded.emit()
        self.ended.emit()

    def _on_failed(self, message: str) -> None:
        self._loading = False
        if self._status is not None:
            self._status.showMessage(f"Sin revisión de ortografía: {message}", 15000)
        self.ended.emit()

    def _on_word_added(self, word: str) -> None:
        if self.checker is None:
            return
        try:
            add_word(self.checker, word)
        except OSError as exc:
            if self._status is not None:
                self._status.showMessage(
                    f"No se pudo guardar «{word}»: {describe_failure(exc)}.", 15000
                )
            return
        self._refresh()

    def reread_lists(self) -> None:
        """Take the word lists again (after a programme base brought 002's list)."""
        if self.checker is not None:
            self.checker.add_words(spelling_files().extra_words())
            self._refresh()

    def _on_word_ignored(self, _word: str) -> None:
        self._refresh()

    def _refresh(self) -> None:
        self._editor.refresh_spelling()
        # On the rules' own thread, as at start: a word list changes every meta's findings.
        self._session.start_validation()
