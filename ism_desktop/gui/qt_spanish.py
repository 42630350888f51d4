"""Spanish (Mexico) for the words of Qt's own dialogs that its Spanish catalogue leaves out.

Qt's ``qtbase_es`` leaves «Look in:» and «Files of type:» of the file dialog in English (and the
printer's «Pages per sheet», «Job priority»), gives its «Cancelar» and «Aceptar» no Alt letter,
and says «fichero» where Mexico says «archivo» (also in the print dialog's «Output file»).
Windows shows its own (Spanish) file dialog; this covers Qt's dialog, which Linux and the tests
use.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator
from typing_extensions import override

_WORDS: dict[str, dict[str, str]] = {
    # Key names in menus: Qt's catalogue says «Control+Z» and «Mayúsculas»; Spanish Windows,
    # and this program's own texts («Ctrl+F»), say «Ctrl» and «Mayús».
    "QShortcut": {"Ctrl": "Ctrl", "Shift": "Mayús", "Alt": "Alt"},
    "QFileDialog": {
        "&Look in:": "&Buscar en:",
        "Look in:": "Buscar en:",
        "File &name:": "&Nombre del archivo:",
        "Files of &type:": "&Tipo de archivo:",
        "Files of type:": "Tipo de archivo:",
        "Directory:": "Carpeta:",
        "&Choose": "&Elegir",
        "&Open": "&Abrir",
        "&Save": "&Guardar",
        "Save As": "Guardar como",
        "Open": "Abrir",
        "Find Directory": "Buscar carpeta",
        "All Files (*)": "Todos los archivos (*)",
        "Files": "Archivos",
        # The file type of a dialog that chooses a folder («Directorios» in the catalogue).
        "Directories": "Carpetas",
        "Back": "Atrás",
        "Forward": "Adelante",
        "Go back": "Ir atrás",
        "Go forward": "Ir adelante",
        "Parent Directory": "Carpeta superior",
        "Go to the parent directory": "Ir a la carpeta superior",
        "Create New Folder": "Crear carpeta nueva",
        "Create a New Folder": "Crear una carpeta nueva",
        "&New Folder": "&Carpeta nueva",
        "New Folder": "Carpeta nueva",
        "List View": "Vista de lista",
        "Detail View": "Vista de detalle",
        "Change to list view mode": "Ver como lista",
        "Change to detail view mode": "Ver con detalles",
        "Sidebar": "Lugares",
        "List of places and bookmarks": "Lugares y marcadores",
        "&Rename": "Cambiar &nombre",
        "&Delete": "&Eliminar",
        "Show &hidden files": "Mostrar archivos &ocultos",
        # Qt's own messages, which say «fichero» and «directorio».
        "%1\nFile not found.\nPlease verify the correct file name was given.": (
            "%1\nNo se encontró el archivo.\nRevise que el nombre esté bien escrito."
        ),
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.": (
            "%1\nNo se encontró la carpeta.\nRevise que el nombre esté bien escrito."
        ),
        "%1 already exists.\nDo you want to replace it?": ("Ya existe «%1».\n¿Desea reemplazarlo?"),
        "'%1' is write protected.\nDo you want to delete it anyway?": (
            "«%1» está protegido contra escritura.\n¿Desea eliminarlo de todos modos?"
        ),
        "Are you sure you want to delete '%1'?": "¿Seguro que desea eliminar «%1»?",
        "Could not delete directory.": "No se pudo eliminar la carpeta.",
        "Recent Places": "Lugares recientes",
    },
    "QPrintWidget": {"Output &file:": "&Archivo de salida:"},
    # The print dialog's options and messages the catalogue leaves in English.
    "QPrintSettingsOutput": {
        # Not «&Páginas»: beside the dialog's «Im&primir» (CUPS printers show it).
        "Page &Set:": "Pá&ginas a imprimir:",
        "Pages": "Páginas",
        "Double Sided Printing": "Impresión a doble cara",
        "Off": "No",
        "Long side binding": "Encuadernado por el lado largo",
        "Short side binding": "Encuadernado por el lado corto",
        "Specify pages or ranges separated by commas. Ranges are specified by two numbers "
        "separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.": (
            "Escriba páginas o intervalos separados por comas; un intervalo son dos números "
            "unidos por un guion. Por ejemplo, 3,5-7,9 imprime las páginas 3, 5, 6, 7 y 9."
        ),
    },
    "QPrintDialog": {
        "Pages": "Páginas",
        "Output Settings": "Configuración de salida",
        "Invalid Pages Definition": "Páginas mal escritas",
        "%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, "
        "'-' to define ranges and make sure ranges do not intersect with each other.": (
            "«%1» no está bien escrito. Separe páginas e intervalos con «,», escriba cada "
            "intervalo con «-» y cuide que no se encimen."
        ),
        "Page Setup Conflicts": "Opciones de página incompatibles",
        "Advanced Option Conflicts": "Opciones avanzadas incompatibles",
        "Duplex Settings Conflicts": "Opciones de doble cara incompatibles",
        "There are conflicts in page setup options. Do you want to fix them?": (
            "Hay opciones de página incompatibles. ¿Desea corregirlas?"
        ),
        "There are conflicts in some advanced options. Do you want to fix them?": (
            "Hay opciones avanzadas incompatibles. ¿Desea corregirlas?"
        ),
        "There are conflicts in duplex settings. Do you want to fix them?": (
            "Hay opciones de doble cara incompatibles. ¿Desea corregirlas?"
        ),
    },
    "QPrintPropertiesWidget": {
        "Advanced": "Avanzado",
        "There are conflicts in some options. Please fix them.": (
            "Hay opciones incompatibles. Corríjalas, por favor."
        ),
    },
    "QPrintPropertiesDialog": {
        "Page Setup Conflicts": "Opciones de página incompatibles",
        "Advanced Option Conflicts": "Opciones avanzadas incompatibles",
    },
    "QPageSetupWidget": {
        "Centimeters (cm)": "Centímetros (cm)",
        "Pages &per sheet:": "Páginas por &hoja:",
        "Page &order:": "&Orden de las páginas:",
    },
    # The job's options of a CUPS printer («Propiedades», its second tab). Each a letter of its
    # own there, and none «c»: Qt's «Cancelar» has it (below).
    "QCupsJobWidget": {
        "Job &priority:": "Prioridad del &trabajo:",
        "Scheduled &printing:": "&Programar la impresión:",
        "&Billing information:": "Datos de &facturación:",
        "&Start:": "Al &inicio:",  # the banner pages, «Banner page at start»
        "&End:": "Al fina&l:",
    },
    # Every «Cancelar» and «Aceptar» Qt makes itself (its file, print and question dialogs, the
    # printer's «Propiedades»): Qt's catalogue gives them no letter, and the file dialog's
    # «&Abrir», «&Nombre…», «&Tipo…» have one. The program's own dialogs set theirs
    # themselves (``dialog_buttons``).
    "QPlatformTheme": {"Cancel": "&Cancelar", "OK": "&Aceptar"},
    # A box's list behind a button (an import over work, a long list of problems): Qt's
    # catalogue gave it no letter, the one button of the box the keyboard did not reach. «d»:
    # no answer beside it takes it (``dialog_buttons.ask_between`` keeps it free).
    "QMessageBox": {
        "Show Details...": "Mostrar los &detalles...",
        "Hide Details...": "Ocultar los &detalles...",
    },
    "QAbstractFileIconProvider": {
        "Folder": "Carpeta",
        "File": "Archivo",
        "Drive": "Unidad",
        "%1 File": "Archivo %1",
        "File Folder": "Carpeta",
    },
    "QFileSystemModel": {
        "Name": "Nombre",
        "Size": "Tamaño",
        "Type": "Tipo",
        "Date Modified": "Fecha de modificación",
        "Computer": "Equipo",
        "My Computer": "Equipo",
    },
}


class SpanishQtWords(QTranslator):
    """Answers first for the strings above; everything else falls through to Qt's catalogue."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    @override
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        # None is Qt's null string, "not mine": Qt then asks its own catalogue.
        return _WORDS.get(context, {}).get(source)  # type: ignore[return-value]

    @override
    def isEmpty(self) -> bool:
        return False
