"""The PAIMEF window's files: the programme read or written, and the informe written."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from ism_desktop.domain.paimef.programme import AnnualProgramme
from ism_desktop.exchange.paimef.errors import PaimefFormatError
from ism_desktop.gui.dialog_buttons import confirm_loss
from ism_desktop.gui.exported_box import show_report_written
from ism_desktop.gui.long_message import show_message
from ism_desktop.gui.paimef.informe_printing import errors_warning, informe_file_name
from ism_desktop.gui.places import (
    open_file,
    replacing_agreed,
    report_pair,
    save_file,
    save_file_of_kind,
)
from ism_desktop.workspace.opening import StoreError
from ism_desktop.workspace.paimef_programme import (
    ProgrammeChange,
    StoredProgrammeError,
    same_programme_text,
    write_programme_file,
)
from ism_desktop.workspace.paimef_undo import PaimefEditing

if TYPE_CHECKING:
    from ism_desktop.domain.paimef.informe import PaimefInforme

# The problems a refusal's box lists; every one is behind «Mostrar los detalles...».
_LISTED = 12


def import_programme_file(
    parent: QWidget, editing: PaimefEditing
) -> tuple[str, ProgrammeChange] | None:
    """Replace the year's programme with a chosen .json or .xlsx (a backup is made first).

    An undo step of ``editing``: Ctrl+Z right after a wrong import brings the previous back.

    A programme already stored for the file's year is replaced only if the person agrees.
    What to say and what changed; ``None`` when nothing was chosen, it was refused (said)
    or the person kept the stored programme. A file with the programme as stored changes
    nothing (no backup, no history line), and says so.
    """
    title = "Importar Programa Anual"
    name = open_file(parent, title, "Programa Anual (*.json *.xlsx)")
    if not name:
        return None
    path = Path(name)
    try:
        try:
            return _imported(path.name, editing.import_file(path))
        except StoredProgrammeError as stored:
            question = (
                f"{stored} ¿Reemplazarlo con el del archivo «{stored.file_name}»? Antes se "
                "guarda una copia de seguridad."
            )
            if not confirm_loss(parent, title, question):
                return None
            change = editing.import_file(path, replacing=True)
            return _imported(path.name, change)
    except PaimefFormatError as exc:
        _refused(parent, exc)
        return None
    except StoreError as exc:
        QMessageBox.warning(parent, "No se importó nada", str(exc))
        return None


def _refused(parent: QWidget, exc: PaimefFormatError) -> None:
    """One problem as it is; several as the ETCA template's refusal: the first, then a button."""
    if exc.total == 1:
        QMessageBox.warning(parent, "No se importó nada", str(exc))
        return
    lines = exc.lines()
    more = exc.total - _LISTED
    rest = f"\n… y {more} más, en «Mostrar los detalles...»." if more > 0 else ""
    text = f"{exc}\n\n" + "\n".join(lines[:_LISTED]) + rest
    show_message(parent, "No se importó nada", text, "\n".join(lines), warn=True)


def _imported(name: str, change: ProgrammeChange) -> tuple[str, ProgrammeChange]:
    """What the window says of an import, with the change."""
    if not change.written:
        return same_programme_text(name, change.programme.year), change
    lines = change.changes  # one line says itself («Programa Anual 2026 nuevo, 4 acciones.»)
    # Several are listed where each has its line: here their count, and where to read them.
    said = (
        lines[0]
        if len(lines) == 1
        else f"{len(lines)} cambios; véalos en la pestaña «Historial de cambios»."
    )
    return f"Importado {name}: {said}", change


def _save_name(parent: QWidget, title: str, suggested: str, kinds: str) -> Path | None:
    """Where to save, with ``suggested`` as the name; None if cancelled."""
    name = save_file(parent, title, suggested, kinds)
    return Path(name) if name else None


def export_programme(parent: QWidget, programme: AnnualProgramme) -> str | None:
    """Write the programme as .json or as the .xlsx template; what to say when written."""
    chosen, kind = save_file_of_kind(
        parent,
        "Exportar Programa Anual",
        f"programa_anual_paimef_{programme.year}.xlsx",
        "Plantilla de Excel (*.xlsx);;JSON (*.json)",
    )
    if not chosen:
        return None
    name = Path(chosen)
    if name.suffix.lower() not in (".json", ".xlsx"):
        # «Programa.2026»: the point is part of the name; the kind chosen gives the ending.
        name = name.with_name(f"{name.name}{'.json' if '*.json' in kind else '.xlsx'}")
    # The dialog asked about «Programa.2026» only, not the «Programa.2026.xlsx» written.
    if not replacing_agreed(parent, Path(chosen), name, title="Exportar Programa Anual"):
        return None
    try:
        # The save dialog, or replacing_agreed for an ending added after it, asked already.
        write_programme_file(programme, name, replacing=True)
    except PaimefFormatError as exc:  # a name import cannot read, no permission, …
        QMessageBox.warning(parent, "No se exportó", str(exc))
        return None
    return f"Exportado: {name}"


def write_informe_files(parent: QWidget, informe: PaimefInforme) -> str | None:
    """Write the informe parcial / final as PDF and xlsx side by side; what to say."""
    from ism_desktop.workspace.paimef_informe import InformeWriteError
    from ism_desktop.workspace.paimef_informe import write_informe as write_files

    warning = errors_warning(informe)
    # Written all the same when asked: a draft to review is useful, and its section 4 lists
    # what is still to correct; but never without a word, as if it were ready.
    if warning and not confirm_loss(
        parent, "Informe PAIMEF", f"{warning} ¿Escribirlo de todos modos, como borrador?"
    ):
        return None
    name = _save_name(parent, "Informe PAIMEF", informe_file_name(informe), "PDF (*.pdf)")
    if name is None:
        return None
    pdf, xlsx = report_pair(name)
    if not replacing_agreed(parent, name, pdf, xlsx):
        return None
    try:
        lines = write_files(informe, pdf, xlsx)
    except InformeWriteError as exc:  # which file, why, and what was written before it
        text = str(exc)
        QMessageBox.warning(parent, "No se escribió el informe", text[:1].upper() + text[1:])
        return None
    # Ends as the ETCA report does, in a box that opens either file or their folder.
    kind = informe.title.removeprefix("Informe ")
    show_report_written(parent, kind[:1].lower() + kind[1:], pdf, xlsx, None)
    return " ".join(lines)
