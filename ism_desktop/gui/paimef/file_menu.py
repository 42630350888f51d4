"""The PAIMEF window's *Archivo* menu: the programme's files and the informe, as in the main window.

They were a row of five buttons beside the year, and their letters were the window's last: the
year and the list of acciones had none left. Each keeps its name, and its letter within the
menu (Alt+A, then the letter of before); preview and print are named and lettered as in the
main window's *Archivo*.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMenuBar

from ism_desktop.gui.actions import Shortcut, make_action
from ism_desktop.gui.paimef.informe_printing import InformePrinting

# Alt+A, as the main window's; «Justificación» and «Agregar día» gave their A up for it.
FILE_MENU_TITLE = "&Archivo"


def add_file_menu(
    bar: QMenuBar,
    window: QDialog,
    programme_files: tuple[Callable[[], None], Callable[[], None]],
    printing: InformePrinting,
) -> QMenu:
    """*Archivo* first in ``bar``: import and export (``programme_files``), the informe, close.

    Ctrl+P prints from anywhere in the window: the main window's does not reach it.
    """
    import_file, export_file = programme_files
    menu = QMenu(FILE_MENU_TITLE, bar)
    if bar.actions():
        bar.insertMenu(bar.actions()[0], menu)  # before «Editar», as in the main window
    else:
        bar.addMenu(menu)
    entries: tuple[tuple[str, Callable[[], object], Shortcut] | None, ...] = (
        ("&Importar…", import_file, None),
        ("E&xportar…", export_file, None),
        None,
        ("Informe PDF &y Excel…", printing.write, None),
        ("&Vista previa de impresión…", printing.preview, None),
        ("Impri&mir…", printing.print_informe, QKeySequence.StandardKey.Print),
        None,
        # Esc is the dialog's own key (it closes the window); shown here, not taken from it.
        ("&Cerrar\tEsc", window.reject, None),
    )
    for entry in entries:
        if entry is None:
            menu.addSeparator()
            continue
        text, slot, keys = entry
        menu.addAction(make_action(window, text, slot, keys))
    return menu
