"""The rules run on a thread of their own, so the window paints and answers meanwhile.

The rules are pure domain code on metas already loaded (immutable objects): the thread never
touches the database, whose connections belong to the thread that opened them. Results go back
a chunk at a time, in report order, through a queued signal; the GUI thread merges them.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QThread, Signal
from typing_extensions import override

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.validation.settings import ValidationSettings
from ism_desktop.workspace.error_log import record_program_error

FIRST_CHUNK = 100  # the first findings show up at once…
LARGEST_CHUNK = 2000  # …then chunks double: each one repaints the findings list, so a few only


class ValidationThread(QThread):
    """Validates a report's metas chunk by chunk; ``stop()`` ends it between two chunks."""

    chunk_ready = Signal(int, object)  # generation, tuple[MetaFindings, ...]
    finished_checking = Signal(int)  # generation
    failed = Signal(int, str)  # generation, what went wrong (the check ends with what it has)

    def __init__(
        self,
        generation: int,
        report: ProgressReport,
        quarter: Quarter,
        settings: ValidationSettings,
        delivered: frozenset[tuple[str, UnitCode]],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.generation = generation
        self._report = report
        self._quarter = quarter
        self._settings = settings
        # Read on the GUI thread: the database connection belongs to it.
        self._delivered = delivered
        self._stopped = False

    def stop(self) -> None:
        """Ask the thread to end after the chunk in hand, and wait for it."""
        self._stopped = True
        self.wait()

    @override
    def run(self) -> None:
        # Imported here, on this thread: the rules' modules compile many patterns, work the
        # first paint does not need.
        from ism_desktop.domain.validation.engine import validate_report

        metas = self._report.metas
        start, size = 0, FIRST_CHUNK
        while start < len(metas):
            if self._stopped:
                return
            part = replace(self._report, metas=metas[start : start + size])
            try:
                found = validate_report(
                    part, self._quarter, self._settings, delivered=self._delivered
                ).metas
            except Exception as exc:  # a rule's bug must not leave the window checking forever
                record_program_error(exc)
                self.failed.emit(self.generation, f"{type(exc).__name__}: {exc}")
                return
            self.chunk_ready.emit(self.generation, found)
            start, size = start + size, min(2 * size, LARGEST_CHUNK)
        if not self._stopped:
            self.finished_checking.emit(self.generation)
