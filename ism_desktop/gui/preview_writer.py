"""The print preview's PDF, written on a thread of its own: the first pages, then the whole.

A state report has some 900 pages and takes seconds to write, but its page count is known as
soon as it is paginated (a fraction of that). So the first few pages are written first, as a
small PDF of their own (numbered «de» the whole), and shown at once; then the whole document is
written exactly as the program exports it, and the preview takes it in its place.

Paginating 900 pages still takes a third of a second: the first pages are laid out long before
the last. So they are shown even sooner, as a first look whose footers say «Página X» alone;
the same pages numbered «de» the whole replace them once the count is known. At the preview's
first size (the page's width) the footer of page 1 is below the visible area then.

The thread is given a function that reads the report and lays it out (the action's, which
reads over a connection of its own: SQLite connections stay in the thread that opened them).
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal
from typing_extensions import override

from ism_desktop.domain.gc_pause import objects_frozen
from ism_desktop.gui.task_runner import describe_error

if TYPE_CHECKING:
    from ism_desktop.reports.report_layout import ReportLayout

HEAD_PAGES = 4  # enough to fill the preview at any zoom; each costs a few milliseconds
PROGRESS_EVERY = 25  # pages between two progress signals (each repaints a label)


class _StoppedError(Exception):
    """The preview was closed: the writing ends after the page in hand."""


class DocumentWriter(QThread):
    """Writes a document for the preview off the window's thread; ``stop()`` ends it early."""

    first_look_written = Signal(object)  # the first pages' PDF, before the count is known
    head_written = Signal(object, int)  # the first pages' PDF (bytes), pages of the whole
    progressed = Signal(int, int)  # pages of the whole written so far, of how many
    completed = Signal(object)  # the whole PDF (bytes), the very document the program exports
    failed = Signal(str)  # what went wrong, in Spanish

    def __init__(
        self, describe_error: Callable[[Exception], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._describe_error = describe_error
        self._stopped = False

    def stop(self) -> None:
        """Ask the writing to end after the page in hand, and wait for it."""
        self._stopped = True
        self.wait()

    @override
    def run(self) -> None:
        # A full collection would walk every object of the window (the metas, the Qt wrappers)
        # for nothing, and laying out sets one off: a tenth of a second before the first page.
        # Frozen objects are skipped; unfrozen after, they are collected as before. Frozen under
        # the lock of the pauses a receive of packages takes, which could undo the freeze.
        with objects_frozen():
            try:
                self._write()
            except _StoppedError:
                return
            except Exception as exc:  # every failure must reach the person as a message
                if not self._stopped:
                    self.failed.emit(self._describe_error(exc))

    def _write(self) -> None:
        raise NotImplementedError

    def _check(self, _number: int) -> None:
        if self._stopped:
            raise _StoppedError


class WholePdfWriter(DocumentWriter):
    """Writes a short document whole (the PAIMEF informe): no first pages ahead of it."""

    def __init__(self, make_pdf: Callable[[], bytes], parent: QObject | None = None) -> None:
        # Any failure is unexpected here: the informe is read before, on the window's thread.
        super().__init__(describe_error, parent)
        self._make_pdf = make_pdf

    @override
    def _write(self) -> None:
        pdf = self._make_pdf()
        if not self._stopped:
            self.completed.emit(pdf)


class PreviewWriter(DocumentWriter):
    """Writes the first pages, then the whole PDF; ``stop()`` ends it after the page in hand."""

    def __init__(
        self,
        make_layout: Callable[[], ReportLayout],
        describe_error: Callable[[Exception], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(describe_error, parent)
        self._make_layout = make_layout
        self._count = 0

    @override
    def _write(self) -> None:
        # Imported here, on this thread: reportlab takes a good part of a second to load.
        from ism_desktop.reports.pdf_report import PdfRenderer

        renderer = PdfRenderer(self._make_layout())
        self._check(0)
        each_page = renderer.each_page()
        # One more than the first pages: then there is more to come than they show.
        pages = list(itertools.islice(each_page, HEAD_PAGES + 1))
        if len(pages) > HEAD_PAGES:
            first_look = io.BytesIO()
            renderer.draw(first_look, pages, HEAD_PAGES, self._check, counted=False)
            self.first_look_written.emit(first_look.getvalue())
        pages.extend(each_page)
        self._count = len(pages)
        self._check(0)
        if len(pages) > HEAD_PAGES:
            head = io.BytesIO()
            renderer.draw(head, pages, HEAD_PAGES, self._check)
            self.head_written.emit(head.getvalue(), len(pages))
        whole = io.BytesIO()
        renderer.draw(whole, pages, after_page=self._written)
        if not self._stopped:
            self.completed.emit(whole.getvalue())

    def _written(self, number: int) -> None:
        self._check(number)
        if number % PROGRESS_EVERY == 0:
            self.progressed.emit(number, self._count)
