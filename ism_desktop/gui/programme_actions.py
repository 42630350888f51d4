"""The «Año» menu's programme actions: a new year, its metas, its template, its approval."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox, QSpinBox

from ism_desktop.domain.wording import count
from ism_desktop.exchange.programme_template_reader import TemplateError
from ism_desktop.gui.dialog_buttons import letter_answers
from ism_desktop.gui.exported_box import show_saved_file
from ism_desktop.gui.new_year_dialog import NewYearDialog
from ism_desktop.gui.places import open_file, save_file
from ism_desktop.gui.wide_digits import read_wide_digits
from ism_desktop.gui.year_action_boxes import FAILURES, say_done, say_failure, sentence
from ism_desktop.gui.year_dialogs import approved_text
from ism_desktop.workspace import year_programme

if TYPE_CHECKING:
    from ism_desktop.gui.main_window import MainWindow

XLSX_FILTER = "Libros de Excel (*.xlsx)"
# A template's problems the box lists itself; all of them go behind its details button.
_LISTED = 12


def next_steps_text(year: int, metas: int) -> str:
    """What the coordinator does after making a year's programme, by the menu items to use.

    Every step asks for the year (the one in preparation first) and approving offers to work
    on it: the profile need not change before.
    """
    return (
        f"El programa {year} tiene {count(metas, 'meta', 'metas')}, sin metas programadas. Lo "
        "programado se captura en el menú Año: «Escribir plantilla del programa…», llenarla en "
        "Excel e «Importar plantilla llenada…» (o meta por meta, en «Metas del programa "
        "(agregar, editar, retirar)…»); al final, «Aprobar el programa del año…». Aprobado, la "
        f"ventana ofrecerá trabajar en {year}."
    )


class ProgrammeActions(QObject):
    """A year's programme from the window; each calls the same use case as the command line."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.session = window.session

    def new_year(self) -> None:
        """Start next year's programme with this year's metas (chosen), targets empty.

        Made from the dialog: a refusal is said there, with the metas still ticked as chosen.
        """
        year = self.session.profile.year
        metas = self.session.store.reports.load_year_metas(year)
        made: list[int] = []

        def save(dialog: NewYearDialog) -> str | None:
            try:
                done = year_programme.new_year(
                    self.session.store,
                    dialog.year.value(),
                    year,
                    self.session.author,
                    exclude=dialog.excluded(),
                    now=self.session.workspace.clock(),
                )
            except FAILURES as exc:
                return sentence(exc)
            made.append(done.added)
            return None

        dialog = NewYearDialog(year, metas, self._window, save=save)
        if not dialog.exec() or not made:
            return
        say_done(
            self._window,
            "Programa de un año nuevo",
            next_steps_text(dialog.year.value(), made[0]),
        )

    def edit_programme(self) -> None:
        """Add, edit and retire the metas of a year's programme with their originals."""
        from ism_desktop.gui.programme_editor import ProgrammeEditor

        year = self.ask_year("Metas del programa")
        if year is not None:
            ProgrammeEditor(self.session.store, year, self.session.author, self._window).exec()
            self.session.reload()

    def year_in_preparation(self) -> int:
        """The newest unapproved year from the profile's on, else the profile's year.

        Never an earlier one: the imported official report's year is never approved.
        """
        years, current = self.session.store.years, self.session.profile.year
        open_years = [y for y in years.years() if y >= current and not years.is_approved(y)]
        return max(open_years, default=current)

    def ask_year(self, title: str) -> int | None:
        """Which year's programme; ``None`` if the question was cancelled."""
        dialog = QInputDialog(self._window)
        dialog.setWindowTitle(title)
        dialog.setLabelText("Ejercicio:")
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        letter_answers(dialog)
        dialog.setIntRange(2000, 2100)
        dialog.setIntValue(self.year_in_preparation())
        # As narrow as its field, the frame cut the title short («Metas…grama»). The dialog's
        # layout sets its own minimum, so the field is what is widened.
        field = dialog.findChild(QSpinBox)
        if field is not None:
            field.setMinimumWidth(dialog.fontMetrics().horizontalAdvance(title) + 140)
            read_wide_digits(field)
        try:
            return dialog.intValue() if dialog.exec() else None
        finally:
            dialog.deleteLater()  # a child of the window: one left behind per question otherwise

    def write_template(self) -> None:
        """Write the year's programme template for staff to fill in Excel."""
        year = self.ask_year("Plantilla del programa")
        if year is None:
            return
        name = save_file(self._window, "Guardar la plantilla", f"programa_{year}.xlsx", XLSX_FILTER)
        if not name:
            return
        try:
            # The save dialog asked before choosing a file that is there.
            metas = year_programme.write_year_template(
                self.session.store, year, Path(name), replacing=True
            )
        except FAILURES as exc:
            say_failure(self._window, "Plantilla del programa", exc)
            return
        # The path on a line of its own (a plain box broke it at its slashes), its folder one
        # button away, and the next step said.
        show_saved_file(
            self._window,
            "Plantilla del programa",
            f"Se guardó la plantilla del programa {year}, con {count(metas, 'meta', 'metas')}, "
            f"en:\n{name}\n\n"
            "Llene en Excel sus celdas amarillas y léala con «Importar plantilla llenada…», "
            "en el menú Año.",
            Path(name),
        )

    def import_template(self) -> None:
        """Read the filled template; show every problem by sheet and cell, or store it all."""
        year = self.ask_year("Importar la plantilla llenada")
        if year is None:
            return
        name = open_file(self._window, "Plantilla llenada", XLSX_FILTER)
        if name:
            self.import_template_file(year, Path(name))

    def import_template_file(self, year: int, path: Path) -> None:
        """Import a filled template for ``year`` (the dialog's second half)."""
        title = "Importar la plantilla llenada"
        try:
            done = year_programme.import_year_template(
                self.session.store, year, path, self.session.author
            )
        except TemplateError as exc:
            if not exc.problems:  # a refusal of the whole workbook (the PAIMEF one, say)
                QMessageBox.warning(self._window, title, f"No se guardó nada: {exc}")
                return
            box = QMessageBox(QMessageBox.Icon.Warning, title, "", parent=self._window)
            more = len(exc.problems) - _LISTED
            rest = f"\n… y {more} más, en «Mostrar los detalles...»." if more > 0 else ""
            box.setText(
                f"No se guardó nada: {count(len(exc.problems), 'problema', 'problemas')}.\n\n"
                + "\n".join(exc.problems[:_LISTED])
                + rest
            )
            box.setDetailedText("\n".join(exc.problems))
            box.exec()
            return
        except FAILURES as exc:
            say_failure(self._window, title, exc)
            return
        said = year_programme.describe_changes(year, done)
        if not year_programme.year_approved(self.session.store, year):
            # The template read is the step before the approval: said where it is.
            said += (
                "\n\nCon lo programado completo, el último paso es «Aprobar el programa del "
                "año…», en el menú Año."
            )
        say_done(self._window, title, said)

    def approve(self) -> None:
        """Approve the year's programme after a confirmation."""
        year = self.ask_year("Aprobar el programa")
        if year is None:
            return
        try:  # what blocks the approval is said before asking for it
            year_programme.check_approvable(self.session.store, year)
        except FAILURES as exc:
            say_failure(self._window, "Aprobar el programa", exc)
            return
        no = QMessageBox.StandardButton.No
        answer = QMessageBox.question(
            self._window,
            "Aprobar el programa",
            f"¿Aprobar el programa {year}? Después lo programado original ya no se puede cambiar.",
            QMessageBox.StandardButton.Yes | no,
            no,  # it cannot be undone: Enter must not do it
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            approved = year_programme.approve_year(
                self.session.store, year, self.session.author.profile
            )
        except FAILURES as exc:
            say_failure(self._window, "Aprobar el programa", exc)
            return
        say_done(
            self._window,
            "Aprobar el programa",
            approved_text(
                year,
                approved,
                self.session.profile.year,
                offered=self._window.newer_year.will_ask(),
            ),
        )
        self._window.newer_year.offer()  # a later year approved is the commands' year now
