"""File-menu actions for what leaves the PC: the package, the report as PDF and Excel, printing."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.own_unit import own_said
from ism_desktop.domain.profile import Role
from ism_desktop.domain.report import whole_words
from ism_desktop.gui import package_export
from ism_desktop.gui.actions import Shortcut, make_action
from ism_desktop.gui.coordinator_export_key import coordinator_export_key
from ism_desktop.gui.dialog_buttons import confirm_loss
from ism_desktop.gui.export_messages import (
    FIX_AND_EXPORT,
    export_error,
    held_back,
    no_metas,
    refusal,
    send_again_question,
)
from ism_desktop.gui.exported_box import show_exported, show_report_written
from ism_desktop.gui.incomplete_print import may_print
from ism_desktop.gui.path_line import warn_with_paths
from ism_desktop.gui.places import choose_folder, replacing_agreed, report_pair, save_file
from ism_desktop.gui.print_engine_warmup import PrintEngineWarmup
from ism_desktop.gui.report_reading import pdf_of, preview_error, stored_report
from ism_desktop.gui.report_session import ReportSession
from ism_desktop.gui.report_writing import exported_aside, printed_aside, said_in_status_bar
from ism_desktop.gui.task_runner import Steps, TaskRunner, closing_asked
from ism_desktop.gui.unsaved_typing import flush_saying_why
from ism_desktop.gui.window_keys import EXPORT_KEY
from ism_desktop.gui.written_elsewhere import read_own_writes
from ism_desktop.workspace.pending_targets import asked_of_unit

if TYPE_CHECKING:
    from ism_desktop.domain.meta import Meta
    from ism_desktop.exchange.export.report_package import ExportedPackage
    from ism_desktop.gui.report_preview import ReportPreviewDialog
    from ism_desktop.reports.report_layout import ReportLayout


class ReportActions(QObject):
    """Export package, export report, print preview and print, for the session's profile."""

    package_exported = Signal(object)  # ExportedPackage
    exported_told = Signal()  # the box saying where the package went was closed

    def __init__(
        self,
        window: QMainWindow,
        session: ReportSession,
        tasks: TaskRunner,
        flush: Callable[[], str],
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        # ``settings``: where the print preview keeps its size and zoom for the next one.
        self._tasks, self._flush, self._settings = tasks, flush, settings
        self.preview_dialog: ReportPreviewDialog | None = None  # the open print preview, if any
        self.print_engine = PrintEngineWarmup(self)  # loaded ahead of the first preview
        self._coordinator_key = coordinator_export_key(window)  # says why it exports nothing
        self.export_package_action = self._action(
            "Exportar &paquete…", self.choose_package_folder, EXPORT_KEY
        )
        self.export_report_action = self._action(
            "Exportar informe en PDF y &Excel…", self.choose_report_files
        )
        self.preview_action = self._action("&Vista previa de impresión…", self.show_preview)
        self.print_action = self._action(
            "Impri&mir…", self.print_report, QKeySequence.StandardKey.Print
        )
        self.update_for_profile()

    def update_for_profile(self) -> None:
        """The package is the units' alone: shown to a unit, hidden from the coordinating unit.

        The coordinator's metas are typed in the consolidated database and never travel: a
        package of its own was addressed to itself, closed its quarter, and was refused there.
        """
        unit = self._session.profile.role is not Role.COORDINATOR
        self.export_package_action.setVisible(unit)
        self.export_package_action.setEnabled(unit)
        self._coordinator_key.setEnabled(not unit)

    def _action(self, text: str, slot: Callable[[], None], shortcut: Shortcut = None) -> QAction:
        return make_action(self._window, text, slot, shortcut)

    def _no_metas(self, title: str) -> bool:
        """Say, under ``title``, that the year has no metas yet and what brings them.

        Said before any folder, file or printer is asked for: the report was an unexpected
        error after the file was chosen, and the package refused after its folder.
        """
        if self._session.metas():
            return False
        QMessageBox.information(self._window, title, no_metas(self._session.profile))
        return True

    def _typing_saved(self, title: str, again: str) -> bool:
        """Save what is typed; if a figure cannot be saved, say so under ``title`` and stop.

        What follows reads the database: the page, file or package would have the old figure,
        not the one on screen.
        """
        if unsaved := flush_saying_why(self._flush, self._session):
            # «Corrija la cifra…» is for a figure; a text refused carries its own reason.
            text = unsaved.message if not unsaved.figure else f"{unsaved.message}\n\n{again}"
            # The box takes the focus, and the evaluation saves on losing it: a save failing
            # meanwhile is not told over this box, which says it already.
            with self._session.refusals_held():
                QMessageBox.warning(self._window, title, text)
            return False
        return True

    def _scope_unit(self) -> UnitCode | None:
        # The coordinating unit prints the institution's consolidated report; a unit, its own.
        profile = self._session.profile
        return None if profile.role is Role.COORDINATOR else profile.unit

    def _scope_entity(self) -> str | None:
        # A unit's own dependency: of several holding its code, one's metas are its report.
        own = self._session.workspace.own_unit
        return None if self._scope_unit() is None or own is None else own[0]

    def _title(self) -> str:
        profile = self._session.profile
        unit, report = self._scope_unit(), self._session.workspace.report
        own = self._session.workspace.own_unit
        said = unit if own is None or report is None else own_said(report.units(), own)
        scope = whole_words(report) if unit is None else f"unidad {said}"
        return f"ETCA-III-04 {profile.year} T{int(profile.quarter)} — {scope}"

    def report_pdf(self) -> bytes:
        """The report as the program exports it, from what is in the database now."""
        return pdf_of(self._layout_elsewhere()())

    def _layout_elsewhere(self) -> Callable[[], ReportLayout]:
        """Save what is typed; the function returned reads and lays out the report (any thread).

        It reads over a connection of its own: SQLite connections stay in their thread.
        """
        from ism_desktop.reports.report_layout import layout_report

        self._flush()
        workspace, profile, unit = (
            self._session.workspace,
            self._session.profile,
            self._scope_unit(),
        )
        entity = self._scope_entity()

        def make_layout() -> ReportLayout:
            report = workspace.in_own_connection(lambda other: stored_report(other, profile))
            return layout_report(report, profile.quarter, unit, entity=entity)

        return make_layout

    def show_preview(self) -> None:
        """Open the print preview: its first pages at once, the whole as it is written."""
        from ism_desktop.gui.preview_writer import PreviewWriter
        from ism_desktop.gui.report_preview import ReportPreviewDialog

        if self._no_metas("Vista previa de impresión"):
            return
        if not self._typing_saved(
            "No se abrió la vista previa", "Corrija la cifra y vuelva a abrir la vista previa."
        ):
            return
        # Reading the report too is left to the writer's thread: the dialog shows at once.
        make_layout = self._layout_elsewhere()
        warnings: list[str | None] = []

        def laid_out() -> ReportLayout:
            # What its «Imprimir» says first: the pages shown lack these metas, not today's.
            layout = make_layout()
            warnings.append(layout.incomplete_warning)
            return layout

        writer = PreviewWriter(laid_out, preview_error)
        print_pdf = partial(self._print_pdf, warnings)
        dialog = ReportPreviewDialog(writer, self._title(), print_pdf, self._window, self._settings)
        writer.setParent(dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "preview_dialog", None))
        self.preview_dialog = dialog
        dialog.open()

    def close_preview(self) -> None:
        """Close the print preview if it is open, ending the writing of its document."""
        if self.preview_dialog is not None:
            self.preview_dialog.close()

    def print_report(self) -> None:
        """Print the report on a printer the person chooses, told first of metas unreported."""
        if self._no_metas("No se imprimió"):  # no report either: its metas come with it
            return
        if not self._typing_saved("No se imprimió", "Corrija la cifra e imprima de nuevo."):
            return
        from ism_desktop.reports.pdf_raster import page_count

        # At state scale it takes seconds: written aside, the box counts the pages meanwhile.
        made = printed_aside(self._window, self._layout_elsewhere())
        if made is None or closing_asked(self._window):  # closed meanwhile: no printer asked
            return
        layout, pdf = made
        if may_print(self._window, layout.incomplete_warning):
            self._print(self._window, lambda: pdf, page_count(pdf))

    def _print_pdf(self, warnings: list[str | None], parent: QWidget, pdf: bytes) -> None:
        """Print the preview's ``pdf``; ``warnings``: its layout's (made before it was whole)."""
        from ism_desktop.reports.pdf_raster import page_count

        if may_print(parent, warnings[-1] if warnings else None):
            self._print(parent, lambda: pdf, page_count(pdf))

    def _print(
        self, parent: QWidget, make_pdf: Callable[[], bytes], pages: int | None = None
    ) -> None:
        # Qt's printing module loads when the person prints, not with the window.
        from ism_desktop.gui.report_printing import print_saying_how, say_printed

        names = (self._title(), self._export_name())
        if note := print_saying_how(parent, make_pdf, names, pages):
            say_printed(parent, self._window, note)

    def choose_package_folder(self) -> None:
        """Say what blocks the package, if anything; else ask where to put it and export it."""
        if self._no_metas("No se exportó el paquete"):
            return
        if not self._typing_saved("No se exportó el paquete", FIX_AND_EXPORT):
            return
        waiting = self._session.workspace.package_held_back()
        if waiting is not None:
            QMessageBox.warning(self._window, "No se exportó el paquete", held_back(waiting))
            return
        errors = self._unit_errors()
        closed = self._sent_already()
        if errors:
            from ism_desktop.exchange.export.report_package import errors_refusal

            profile = self._session.profile
            said = errors_refusal(
                len(errors), profile.year, profile.unit, profile.quarter, closed=closed
            )
            QMessageBox.warning(self._window, "No se exportó el paquete", refusal(errors, said))
            return
        if closed:
            quarter = int(self._session.profile.quarter)
            unsent = self._session.workspace.unsent_metas()
            question = send_again_question(quarter, unsent, sent=self._sent_from_here())
            if not confirm_loss(self._window, "Exportar paquete", question):
                return
        folder = choose_folder(self._window, "Carpeta donde guardar el paquete")
        if folder and self._may_write_in(Path(folder)):
            self.export_package(Path(folder))

    def _may_write_in(self, folder: Path) -> bool:
        """Whether to write in ``folder``: asked if the quarter's package, PDF or Excel is there."""
        path = self._session.workspace.package_path(folder)
        if not path.exists():
            beside = (path.with_suffix(".pdf"), path.with_suffix(".xlsx"))
            return replacing_agreed(self._window, path, *beside, title="Exportar paquete")
        return confirm_loss(
            self._window,
            "Exportar paquete",
            # The name on a line of its own: Qt wrapped it at a hyphen («ETCA-/III-04…»).
            f"Ya hay un paquete de este trimestre en esa carpeta:\n\n«{path.name}»\n\n"
            "¿Reemplazarlo, con su PDF y su Excel, por el nuevo?",
        )

    def _own_meta(self) -> Meta | None:
        """A meta of this PC's unit: the quarter's closing and sending are asked through it."""
        unit = self._session.profile.unit
        return next((m for m in self._session.metas() if m.key.unit == unit), None)

    def _sent_already(self) -> bool:
        """Whether this PC's unit closed the quarter (an export closes it)."""
        own = self._own_meta()
        return own is not None and self._session.quarter_closed(own)

    def _sent_from_here(self) -> bool:
        """Whether a package of the quarter (or a later one) was exported from this PC."""
        own, quarter = self._own_meta(), self._session.profile.quarter
        return own is not None and self._session.workspace.sent_before(own, quarter)

    def _unit_errors(self) -> list[tuple[str, str]]:
        """The errors of this PC's unit, as the findings panel shows them (checked now if not)."""
        session = self._session
        if not session.checked:
            session.validate_all()
        unit = session.profile.unit
        return [
            (item.meta.description, finding.message)
            for item in session.validation.metas
            if item.meta.key.unit == unit
            for finding in item.findings
            if finding.is_error
        ]

    def export_package(self, folder: Path) -> None:
        """Validate and write the unit's package (with its PDF and Excel beside it).

        Its box has «Cancelar»: stopped, nothing is written, and the status bar says so.
        """
        self._flush()
        steps = package_export.package_steps()
        self._tasks.run(
            package_export.EXPORTING,
            package_export.package_work(self._session.workspace, folder, steps),
            partial(self._on_exported, steps),
            describe_error=export_error,
            title="No se exportó el paquete",
            steps=steps,
            on_cancelled=said_in_status_bar(self._window, package_export.PACKAGE_CANCELLED),
            # Recorded and closed before its PDF failed: read again, not said another's.
            after_failure=lambda: read_own_writes(self._session),
        )

    def _on_exported(self, steps: Steps, exported: ExportedPackage) -> None:
        session = self._session
        session.reload()  # its commit on the worker's connection is no «Otro programa» saving
        self.package_exported.emit(exported)
        own = [meta for meta in session.metas() if meta.key.unit == session.profile.unit]
        show_exported(self._window, exported, asked_of_unit(session.store, session.profile, own))
        if steps.stopped:  # «Cancelar» came once it was written: said after the box, to be read
            said_in_status_bar(self._window, package_export.too_late(exported))()
        self.exported_told.emit()

    def choose_report_files(self) -> None:
        """Write the report as PDF and Excel where the person says."""
        if self._no_metas("No se exportó el informe"):
            return
        if not self._typing_saved("No se exportó el informe", FIX_AND_EXPORT):
            return
        name = self._export_name()
        path = save_file(self._window, "Exportar informe", name, "Informe PDF (*.pdf)")
        if path:
            self.export_report(Path(path))

    def _export_name(self) -> str:
        """The report's PDF file name, as its export (and printing to a file) propose it."""
        profile = self._session.profile
        if self._scope_unit() is None:
            return f"ETCA-III-04_{profile.year}_T{int(profile.quarter)}_instituto.pdf"
        # The name its package gives the same PDF: one document, one name.
        return self._session.workspace.package_path(Path()).with_suffix(".pdf").name

    def export_report(self, pdf_path: Path) -> None:
        """Write ``pdf_path`` and the workbook beside it (same name, .xlsx); offer to open them."""
        from ism_desktop.platform import describe_os_error, write_atomically

        # Named «informe.xlsx» in the dialog: the workbook was written over the PDF just made.
        chosen = pdf_path
        pdf_path, xlsx_path = report_pair(chosen)
        # The dialog asked about ``chosen`` only: the other of the pair is asked about here,
        # before the report is made (at state scale it takes seconds, lost on a «No»).
        if not replacing_agreed(self._window, chosen, pdf_path, xlsx_path):
            return
        made = exported_aside(self._window, self._layout_elsewhere())
        if made is None:
            return
        layout, pdf, xlsx = made
        written: list[str] = []
        try:
            for path, data in ((pdf_path, pdf), (xlsx_path, xlsx)):
                write_atomically(path, data.getvalue())
                written.append(path.name)
        except OSError as exc:
            # In Spanish, and what was written before the failure (the PDF, beside nothing).
            done = f" Sí se guardó {written[0]}." if written else ""
            warn_with_paths(  # a file the failure names, on one line
                self._window,
                "No se guardó el informe",
                f"No se guardó el informe: {describe_os_error(exc)}.{done}",
            )
            return
        if not closing_asked(self._window):  # closed while written: saved, and it closes
            show_report_written(
                self._window, self._title(), pdf_path, xlsx_path, layout.incomplete_warning
            )
