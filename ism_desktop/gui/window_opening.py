"""Right after the window's first paint: the database opened, copied, and read into the window.

Imported only then: the workspace, the database library and the window's widgets are most of
what the program loads, and the frame is on screen before them.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path

from ism_desktop.domain.profile import PcProfile
from ism_desktop.exchange.etca.errors import EtcaFormatError
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.report_session import ReportSession
from ism_desktop.gui.spelling_support import SpellingSupport
from ism_desktop.gui.startup_probe import after_next_paint
from ism_desktop.workspace.backups import BackupInfo, copy_on_open, forget_copy
from ism_desktop.workspace.error_log import unexpected_error
from ism_desktop.workspace.failures import STORE_FAILURES, describe_failure, is_damaged_data
from ism_desktop.workspace.opening import Store, StoreError
from ism_desktop.workspace.spelling_words import load_spelling

# What keeps a database from opening; the message of each is for the person.
OPENING_FAILURES = (StoreError, EtcaFormatError)
# Also SQLite's own: the first run's question reads the report before any window shows it.
READING_FAILURES: tuple[type[Exception], ...] = (*OPENING_FAILURES, *STORE_FAILURES)


def open_data(db_path: Path, *, sample: bool = True) -> Store:
    """Open the database (upgrading it, after a copy, if an older version wrote it).

    With ``sample``, a new or empty database gets the sample report, so the first start shows
    something; without it, it stays empty (the window says how to import the report).

    Raises:
        StoreError: the file cannot be opened, is not ours, or is from a newer version.
        EtcaFormatError: the sample report could not be read.
    """
    store = Store.open(db_path)
    try:
        if sample and store.reports.is_empty():
            # Imported only here: the parser is not needed on an ordinary start.
            from ism_desktop.exchange.etca.sample_report import load_sample_if_empty

            load_sample_if_empty(store.reports)
    except BaseException:
        store.close()
        raise
    return store


def fill_window(
    window: MainWindow,
    store: Store,
    profile: PcProfile,
    package: Path | None,
    complain: Callable[[str], None],
) -> ReportSession:
    """Copy the file as it was opened, load the report into the window, start the rest.

    The copy is written on a thread of its own while the report loads (it mostly waits for
    the disk) and is finished before this returns: until then this GUI thread runs no event,
    so nothing can be edited before the copy exists. Once the filled window has painted, the
    rules start on their own thread, the dictionary loads on another, and a package given to
    open is received; once both are done, the PDF engine loads for the first print preview.
    """
    copy = _OpeningCopy(store.path) if store.path is not None else None
    try:
        session = ReportSession(store, profile, validate=False, background=True)
        window.load(session)
    except Exception as exc:
        if copy is not None and is_damaged_data(exc):
            copy.join()
            # A copy of the damage would push a good copy out of the rotation, and head the
            # list of copies offered to mend it; the damaged file itself stays where it is.
            copy.discard()
        raise
    finally:
        if copy is not None:
            copy.join()  # before the event loop runs again, so before any edit
    if copy is not None and copy.failure is not None:
        # A missing backup must not stop today's work; saying so is enough.
        complain(f"No se pudo guardar la copia de seguridad al abrir: {copy.failure}")
    spelling = SpellingSupport(session, window.form.narrative, window.statusBar(), window)
    window.coordination.spelling = spelling
    window.coordination.packages_received.connect(lambda _results: spelling.reread_lists())
    window.reports.print_engine.start_when_settled(session, spelling)

    def start_the_rest() -> None:
        session.start_validation()
        spelling.start(load_spelling)
        window.newer_year.offer()  # a newer year that came by the command line
        if package is not None:
            window.coordination.receive([package])

    # Once the list is on screen: the rules and the dictionary are Python on other threads and
    # would slow this one's painting (they share the interpreter's lock).
    after_next_paint(window.tree.viewport(), start_the_rest)
    return session


class _OpeningCopy(threading.Thread):
    """The copy of the database as it was opened, written beside the loading (started here)."""

    def __init__(self, path: Path) -> None:
        super().__init__(name="copia al abrir")
        self._path = path
        self.failure: str | None = None
        self._made: BackupInfo | None = None
        self.start()

    def discard(self) -> None:
        """Delete the copy made, if one was (call after ``join``)."""
        if self._made is not None:
            with contextlib.suppress(Exception):  # a copy left over is only a copy more
                forget_copy(self._made)

    def run(self) -> None:
        """Write the copy; keep what went wrong for the GUI thread to say."""
        try:
            self._made = copy_on_open(self._path)
        except StoreError as exc:
            self.failure = str(exc)
        except OSError as exc:
            self.failure = describe_failure(exc)
        except Exception as exc:  # a program error: said, and today's work goes on
            self.failure = unexpected_error(exc)
