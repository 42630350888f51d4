"""«Libro de Excel para una unidad…»: the workbook a unit without the program fills."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from ism_desktop.exchange.package.writer import ExportError, coordinating_key
from ism_desktop.gui.dialog_buttons import confirm_loss, letter_answers
from ism_desktop.gui.path_line import names_kept_whole
from ism_desktop.gui.places import choose_folder
from ism_desktop.gui.unit_labels import unit_choices
from ism_desktop.workspace.opening import StoreError

if TYPE_CHECKING:
    from ism_desktop.domain.codes import UnitCode
    from ism_desktop.gui.report_session import ReportSession


def write_unit_workbook_asked(
    window: QWidget, session: ReportSession, shown: tuple[str, UnitCode] | None = None
) -> None:
    """Ask the unit and folder, then write its workbook to fill; a workbook there is asked about.

    ``shown``: the (dependency, unit) of the meta on screen, offered first (the coordinator is
    looking at it).
    """
    from ism_desktop.exchange.unit_workbook import WorkbookExistsError, write_unit_workbook

    # Its metas are typed here: no workbook to fill. Among several dependencies each one's
    # unit apart, another's 002 too (own_unit.py).
    own = coordinating_key(session.store, session.profile.year)
    choices = [(key, label) for key, label in unit_choices(session) if key != own]
    units = [label for _key, label in choices]
    if not units:  # Qt would give back an empty choice, accepted
        text = "No hay metas en el programa de este ejercicio: no hay libro que escribir."
        QMessageBox.information(window, "Libro de Excel", text)
        return
    keys = [key for key, _label in choices]
    first = keys.index(shown) if shown in keys else 0
    chosen = _asked_unit(window, units, first)
    if chosen is None:
        return
    entity, unit = choices[units.index(chosen)][0]
    folder = choose_folder(window, "Carpeta donde guardar el libro")
    if not folder:
        return
    profile = session.profile
    store, quarter, out = session.store, profile.quarter, Path(folder)
    try:
        try:
            path = write_unit_workbook(store, unit, quarter, out, year=profile.year, entity=entity)
        except WorkbookExistsError as exists:  # maybe the one the unit filled and sent
            where = exists.path
            question = (
                f"Ya existe «{where.name}» en «{where.parent}»: puede ser el libro que la "
                "unidad llenó y devolvió. ¿Reemplazarlo por uno en blanco?"
            )
            question = names_kept_whole(window, question, [where.name, str(where.parent)])
            if not confirm_loss(window, "Libro de Excel", question):
                return
            path = write_unit_workbook(
                store, unit, quarter, out, year=profile.year, replacing=True, entity=entity
            )
    except (StoreError, ExportError, OSError) as exc:
        said = str(exc)[:1].upper() + str(exc)[1:]
        QMessageBox.warning(window, "Libro de Excel", names_kept_whole(window, said, [str(out)]))
        return
    # Wrapped by Qt, «ETCA-» and «III-04_…xlsx» read as two names: each is kept on one line.
    said = (
        f"Se guardó «{path.name}». La unidad escribe lo realizado y la evaluación en las "
        "celdas amarillas y lo devuelve; se recibe con Archivo → Recibir paquetes…"
    )
    QMessageBox.information(window, "Libro de Excel", names_kept_whole(window, said, [path.name]))


def _asked_unit(window: QWidget, units: list[str], first: int) -> str | None:
    """The unit chosen in the list, ``units[first]`` shown first; ``None`` if cancelled.

    Not ``QInputDialog.getItem``: its «Aceptar» and «Cancelar» have no Alt letter.
    """
    dialog = QInputDialog(window)
    dialog.setWindowTitle("Libro de Excel")
    dialog.setLabelText("Unidad:")
    dialog.setComboBoxItems(units)
    dialog.setComboBoxEditable(False)
    dialog.setTextValue(units[first])
    letter_answers(dialog)
    try:
        accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
        return dialog.textValue() if accepted else None
    finally:
        dialog.deleteLater()  # a child of the window: one left behind per question otherwise
