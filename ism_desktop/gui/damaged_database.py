"""A database too damaged to open: the window offers its backups instead of only closing.

Without this, «Archivo → Restaurar copia…» is out of reach exactly when it is needed: the window
cannot open on a damaged file, and office staff do not use the command line.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from ism_desktop import APP_NAME
from ism_desktop.domain.backup_text import backup_date_text, copies_there
from ism_desktop.domain.wording import count
from ism_desktop.gui.dialog_buttons import ask_between
from ism_desktop.gui.path_line import keep_paths_whole
from ism_desktop.gui.restore_dialog import RestoreDialog
from ism_desktop.platform import backups_dir
from ism_desktop.workspace.backups import mending_copies_of, restore_copy
from ism_desktop.workspace.failures import StoreError, cannot_open_text, is_damaged_data

RESTORE_BUTTON = "Restaurar una copia…"


class Left(Enum):
    """The copies were offered and the person left (Salir, Cancelar): told what was kept."""

    LEFT = "left"


def restored_after_damage(failure: BaseException, database: Path) -> str | Left | None:
    """Offer the database's backups when ``failure`` says the file is damaged.

    Returns what to say once the window opens when a copy is back; ``Left.LEFT`` when the
    person chose to leave instead (a box said so: the failure is not to be said again); else
    None. Asked only when the file is damaged and copies of that very file exist; otherwise
    (busy, read-only, a newer version, no copies) the caller says the failure as before.
    """
    if not is_damaged_data(failure):
        return None
    folder = backups_dir()
    # The copy kept of this damaged file when it was opened would only be refused.
    copies = mending_copies_of(database, folder)
    if not copies:
        return None
    said = cannot_open_text(failure)
    # Which file, unless the failure named it already: the box said «esta base de datos» alone.
    named = "" if str(database) in said else f" («{database}»)"
    text = f"{said}\n\n{_copies_offered(len(copies), named)}"
    # Enter goes on to the list of copies (nothing is replaced yet); Escape leaves.
    if not ask_between(None, APP_NAME, text, RESTORE_BUTTON, "Salir", warning=True):
        return _left(database, len(copies), folder)
    dialog = RestoreDialog(copies, folder)
    if dialog.exec() != RestoreDialog.DialogCode.Accepted or (chosen := dialog.chosen()) is None:
        return _left(database, len(copies), folder)
    try:
        kept = restore_copy(chosen, database, folder)
    except StoreError as exc:
        QMessageBox.warning(None, APP_NAME, f"No se restauró la copia: {exc}")
        return None
    back = f"Se restauró la copia del {backup_date_text(chosen.created_at)}"
    if kept is None:
        return f"{back}."
    return f"{back}; el archivo dañado quedó guardado en otra copia, en «{folder}»."


def _copies_offered(copies: int, named: str) -> str:
    """How many copies there are, and that one can be put back, agreeing with the number.

    «Hay 1 copia … Puede restaurar una» offered a choice of one.
    """
    back = "restaurarla" if copies == 1 else "restaurar una"
    return (
        f"{copies_there(copies)}{named}. Puede {back}: antes se guarda otra copia con los "
        "datos como están ahora."
    )


def _left(database: Path, copies: int, folder: Path) -> Left:
    """Say what leaving kept, once; the damage was just said in the box that offered the copies.

    A second box said «No se pudo abrir… está dañada» again, and nothing of what happened next.
    """
    kept = (
        "y su copia de seguridad"
        if copies == 1
        else f"y sus {count(copies, 'copia', 'copias')} de seguridad"
    )
    again = "restaurarla" if copies == 1 else "restaurar una"
    text = (
        "ISM Avance se cierra sin abrir la base de datos. No se cambió nada: el archivo dañado "
        f"(«{database}») {kept}, en «{folder}», se conservan como estaban. La próxima vez que "
        f"abra ISM Avance se le volverá a ofrecer {again}."
    )
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, "")
    keep_paths_whole(box, text)  # the file's and the folder's paths on one line each
    box.setDefaultButton(box.addButton("&Aceptar", QMessageBox.ButtonRole.AcceptRole))
    box.exec()
    return Left.LEFT
