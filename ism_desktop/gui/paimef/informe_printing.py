"""The PAIMEF window's print preview and printing of the informe, as the main window's report.

The same preview dialog and printing path: the pages shown and printed are the very PDF
«Informe PDF y Excel…» writes.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QWidget

from ism_desktop.domain.wording import count
from ism_desktop.gui.incomplete_print import may_print
from ism_desktop.gui.report_reading import preview_error
from ism_desktop.gui.report_writing import NOT_PRINTED, PRINT_CANCELLED, PRINT_WORDS, written_aside
from ism_desktop.gui.task_runner import Steps, closing_asked

if TYPE_CHECKING:
    from ism_desktop.domain.paimef.informe import PaimefInforme

PREPARING = "Preparando el informe PAIMEF para imprimir…"
PRINT_REFUSED = "No se imprimió el informe."


def errors_warning(informe: PaimefInforme) -> str | None:
    """What an informe with errors lacks to be delivered; None when it has none."""
    errors = sum(1 for finding in informe.findings if finding.is_error)
    if not errors:
        return None
    return (
        f"{count(errors, 'error', 'errores')} por corregir: el informe "
        f"{'lo' if errors == 1 else 'los'} lista en su sección 4 y no está listo para "
        "entregarse."
    )


def informe_file_name(informe: PaimefInforme) -> str:
    """The informe's PDF name: a draft's its own, or one Enter replaced the one to deliver."""
    draft = "_borrador" if errors_warning(informe) else ""
    return f"informe_paimef_{informe.programme.year}{draft}.pdf"


def counted_pdf(informe: PaimefInforme, steps: Steps) -> bytes:
    """The informe's PDF, each page laid out said on ``steps``'s box; stopped by «Cancelar»."""
    from ism_desktop.reports.paimef.informe_pdf import informe_pdf

    def on_page(number: int) -> None:
        steps.stop_if_asked()
        # Its page count is known only at its end: the page laid out, of a handful.
        steps.say(f"{PREPARING}\n\nPágina {number}")

    return informe_pdf(informe, on_page)


def print_error(exc: Exception) -> str:
    """Why the informe was not printed: missing fonts as its files say them, else as the preview."""
    from ism_desktop.reports.pdf_fonts import FontError

    return str(exc) if isinstance(exc, FontError) else preview_error(exc)


class InformePrinting(QObject):
    """«Vista previa de impresión…» and «Imprimir…» of the window's informe (in its *Archivo*).

    ``settle`` saves what is typed (or says why not, and is False); ``informe`` gathers the
    informe as stored then; ``say`` puts a line under the window. ``save_cells`` saves what a
    cell's open editor holds first (its refusal said, None once saved). ``settings``: where the
    preview keeps its size and zoom (the main window's, given when it opens this window).
    """

    def __init__(
        self,
        window: QWidget,
        settle: Callable[[], bool],
        informe: Callable[[], PaimefInforme],
        say: Callable[[str], None],
        save_cells: Callable[[], str | None],
    ) -> None:
        super().__init__(window)
        self._window, self._settle, self._informe, self._say = window, settle, informe, say
        self._save_cells = save_cells
        self.settings: QSettings | None = None

    def _settled_informe(self, not_done: str = PRINT_REFUSED) -> PaimefInforme | None:
        """The informe with what is typed saved; None when it could not be (said).

        A cell typed wrong is not printed as stored beside its text: its refusal is said, with
        ``not_done``.
        """
        if (refused := self._save_cells()) is not None:
            self._say(f"{refused} {not_done}")
            return None
        return self._informe() if self._settle() else None

    def write(self) -> None:
        """Write the informe parcial / final as PDF and xlsx side by side where asked."""
        from ism_desktop.gui.paimef.programme_files import write_informe_files

        if (informe := self._settled_informe("No se escribió el informe.")) is None:
            return
        if said := write_informe_files(self._window, informe):
            self._say(said)

    def preview(self) -> None:
        """Open the print preview of the informe; written aside, the window stays alive."""
        from ism_desktop.gui.preview_writer import WholePdfWriter
        from ism_desktop.gui.report_preview import ReportPreviewDialog
        from ism_desktop.reports.paimef.informe_pdf import informe_pdf

        if (informe := self._settled_informe()) is None:
            return
        writer = WholePdfWriter(lambda: informe_pdf(informe))
        dialog = ReportPreviewDialog(
            writer,
            informe.title,
            lambda parent, pdf: self._print(parent, informe, pdf),
            self._window,
            self.settings,
        )
        writer.setParent(dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def print_informe(self) -> None:
        """Print the informe on a printer the person chooses (asked first if it has errors).

        Its box counts the pages laid out and has «Cancelar» (or Escape): nothing is printed.
        """
        if (informe := self._settled_informe()) is None:
            return
        steps = Steps(words=PRINT_WORDS)
        pdf = written_aside(
            self._window,
            NOT_PRINTED,
            PREPARING,
            partial(counted_pdf, informe, steps),
            steps,
            partial(self._say, PRINT_CANCELLED),
            print_error,
        )
        if pdf is not None and not closing_asked(self._window):  # closed meanwhile: not asked
            self._print(self._window, informe, pdf)

    def _print(self, parent: QWidget, informe: PaimefInforme, pdf: bytes) -> None:
        from ism_desktop.gui.report_printing import print_saying_how, said_in_preview
        from ism_desktop.reports.pdf_raster import page_count

        if may_print(parent, errors_warning(informe)):
            pages = page_count(pdf)
            names = (informe.title, informe_file_name(informe))
            if note := print_saying_how(parent, lambda: pdf, names, pages):
                self._say(note)
                said_in_preview(parent, note)
