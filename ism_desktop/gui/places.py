"""Where the file dialogs start: the folder last chosen in one, else the person's Documentos.

Packages travel on a USB stick or a shared folder: a unit browsed to it again every quarter,
and each dialog started in Documentos. The folder chosen last (in any of them) is remembered
in this user's settings; never the program's own folder.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDir, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QWidget

from ism_desktop.domain.wording import spoken_list
from ism_desktop.gui.file_dialog_sidebar import wide_sidebars
from ism_desktop.platform import in_program_folder

_LAST_FOLDER = "carpetas/ultima"
_settings: QSettings | None = None


def use_settings(settings: QSettings | None) -> None:
    """Remember the folders chosen in this user's settings (the window's; None: nowhere)."""
    global _settings
    _settings = settings


def documents_folder() -> str:
    """Where a dialog starts: the last folder chosen, if it is still there, else Documentos.

    A folder that does not exist made the dialogs fall back to the program's own folder.
    """
    last = None if _settings is None else _settings.value(_LAST_FOLDER)
    if isinstance(last, str) and last and Path(last).is_dir() and not in_program_folder(Path(last)):
        return last
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found if found and Path(found).is_dir() else QDir.homePath()


def remember_folder(chosen: str | Path) -> None:
    """Start the next dialog where this one ended (``chosen``: a folder, or a file in one)."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    if _settings is not None and folder.is_dir() and not in_program_folder(folder):
        _settings.setValue(_LAST_FOLDER, str(folder))


def choose_folder(parent: QWidget, title: str) -> str:
    """A folder picked by the person ("" if cancelled), remembered for the next dialog."""
    with wide_sidebars():
        folder = QFileDialog.getExistingDirectory(parent, title, documents_folder())
    if folder:
        remember_folder(folder)
    return folder


def open_file(parent: QWidget, title: str, kinds: str) -> str:
    """A file to read ("" if cancelled); its folder is remembered."""
    with wide_sidebars():
        name, _ = QFileDialog.getOpenFileName(parent, title, documents_folder(), kinds)
    if name:
        remember_folder(name)
    return name


def open_files(parent: QWidget, title: str, kinds: str) -> list[str]:
    """Files to read (none if cancelled); their folder is remembered.

    Qt's own dialog (Linux without a desktop's) reads a typed list by its quotes: a name
    clicked, then another typed in quotes («a.ismpaq "b.ismpaq"»), gave the quoted one alone
    and the other was left out unsaid. The name typed outside quotes is taken too, or said.
    """
    dialog = QFileDialog(parent, title, documents_folder(), kinds)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    # Qt's own «Cancelar» has no Alt letter (its «&Abrir», «&Nombre…», «&Tipo…» have).
    dialog.setLabelText(QFileDialog.DialogLabel.Reject, "&Cancelar")
    with wide_sidebars():
        chosen = dialog.exec()
    if chosen != QFileDialog.DialogCode.Accepted:
        return []
    names = dialog.selectedFiles()
    # Only Qt's own dialog needs this: the system's (Windows, a desktop's on Linux) reads a typed
    # list whole, and has no Qt widgets to find. «fileNameEdit» is the name Qt's own dialog gives
    # its name field (qfiledialog.ui, the same from Qt 4 to 6; tests/gui/test_open_files_typed.py
    # fails if a Qt release renames it); not found, the dialog's own reading stands, as before.
    field = dialog.findChild(QLineEdit, "fileNameEdit")
    unquoted = _unquoted(field.text()) if field is not None and '"' in field.text() else ""
    if unquoted:
        typed = Path(dialog.directory().absolutePath(), unquoted)
        if typed.is_file():
            names = [str(typed), *(name for name in names if Path(name) != typed)]
        elif names:
            QMessageBox.information(parent, title, _left_out(names, unquoted, typed.parent))
    if names:
        remember_folder(names[0])
    return names


def _unquoted(typed: str) -> str:
    """What was typed outside the quotes of a list of names («a.ismpaq "b.ismpaq"»: a.ismpaq)."""
    return "".join(typed.split('"')[0::2]).strip()


def _left_out(taken: Sequence[str], unquoted: str, folder: Path) -> str:
    """What a dialog took when a name typed in it is no file of its folder."""
    verb = "toma" if len(taken) == 1 else "toman"
    return (
        f"Solo se {verb} {quoted_names([Path(name) for name in taken])}: «{unquoted}» no es un "
        f"archivo de la carpeta «{folder}». Para elegir varios archivos, escriba cada nombre "
        "entre comillas o selecciónelos con Ctrl."
    )


def save_file(parent: QWidget, title: str, suggested: str, kinds: str) -> str:
    """Where to write a file named ``suggested`` by default ("" if cancelled); remembered."""
    return save_file_of_kind(parent, title, suggested, kinds)[0]


def save_file_of_kind(parent: QWidget, title: str, suggested: str, kinds: str) -> tuple[str, str]:
    """As ``save_file``, with the kind chosen in the dialog («JSON (*.json)»)."""
    start = str(Path(documents_folder()) / suggested)
    with wide_sidebars():
        name, kind = QFileDialog.getSaveFileName(parent, title, start, kinds)
    if name:
        remember_folder(name)
    return name, kind


def report_pair(chosen: Path) -> tuple[Path, Path]:
    """The PDF and the workbook written side by side for the name chosen in a dialog.

    Named «informe.xlsx», the PDF is «informe.pdf»; any other ending is part of the name
    («Informe_T1.2024»): cut there, the PDF replaced another file without a question.
    """
    suffix = chosen.suffix.lower()
    if suffix == ".xlsx":
        pdf = chosen.with_suffix(".pdf")
    elif suffix == ".pdf":
        pdf = chosen
    else:
        pdf = chosen.with_name(f"{chosen.name}.pdf")
    return pdf, pdf.with_suffix(".xlsx")


def quoted_names(paths: Sequence[Path], shown: int = 3) -> str:
    """«a», «b» y «c»: the files' names, the first ``shown`` of them and how many more."""
    names = [f"«{path.name}»" for path in paths[:shown]]
    more = len(paths) - len(names)
    if more:
        return f"{', '.join(names)} y {more} más"
    return spoken_list(names)


def replacing_agreed(
    parent: QWidget, chosen: Path, *written: Path, title: str = "Guardar informe"
) -> bool:
    """Ask before replacing files the save dialog did not ask about (named other than chosen).

    The dialog asks about ``chosen`` only; an ending added after it («Programa.2026» written as
    «Programa.2026.xlsx») or a file written beside it (the PDF's workbook) was replaced unasked.
    One question for all of them (in one folder); «No» (the default) writes nothing.
    """
    from ism_desktop.gui.dialog_buttons import confirm_loss

    there = [path for path in dict.fromkeys(written) if path != chosen and path.exists()]
    if not there:
        return True
    exists, them = ("ya existe", "lo") if len(there) == 1 else ("ya existen", "los")
    where = there[0].parent
    return confirm_loss(
        parent, title, f"{quoted_names(there)} {exists} en «{where}». ¿Reemplazar{them}?"
    )
