"""What a zip refused as a package holds instead: packages to unzip, or a package zipped again.

A mail program zips a folder of packages; a Mac's «Comprimir» adds a ``__MACOSX/`` folder of
``._name`` copies; a package opened and compressed again is a zip of its files, often in a
folder. Told from the entry names alone (nothing is inflated), and asked only once a zip is
refused: a good package never pays for it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ism_desktop.domain.wording import count
from ism_desktop.exchange.package.manifest import MANIFEST_NAME, PACKAGE_EXTENSION, shown_name

MAC_FOLDER = "__MACOSX"
# How many inner packages a refusal names; the rest are counted.
_NAMED = 3
_REZIPPED = (
    "el paquete se abrió y se volvió a comprimir, y ya no es el archivo que exportó la "
    "unidad: pida que le envíen de nuevo el archivo .ismpaq tal como lo escribió el "
    "programa, sin abrirlo ni comprimirlo"
)


def _entry_shown(name: str, limit: int = 80) -> str:
    """An entry's name, safe to print and shortened in its folders: the file's own name stays whole.

    Cut at the end, a long folder hid the very file asked for («…unidad_0000.ismp…»).
    """
    folder, slash, last = name.rpartition("/")
    if len(name) <= limit or not slash:
        return shown_name(name, limit)
    room = limit - len(last) - len("…/")
    if room <= 0:
        return shown_name(f"…/{last}", limit)
    return shown_name(f"{folder[:room]}…/{last}", limit)


def _mac_extra(name: str) -> bool:
    """An entry a Mac adds when it compresses: its ``__MACOSX`` folder, ``._`` copies, .DS_Store."""
    last = name.rstrip("/").rsplit("/", 1)[-1]
    return name.split("/", 1)[0] == MAC_FOLDER or last.startswith("._") or last == ".DS_Store"


def repacked(names: Sequence[str], first: bool = False) -> str | None:
    """Why a zip with these entries is no package but holds packages or one's files; or None.

    ``first``: the names are only the zip's first entries (its directory was read so far): the
    packages among them are said as «at least» so many, never as all it holds.
    """
    mac = any(_mac_extra(name) for name in names)
    files = [name for name in names if not name.endswith("/") and not _mac_extra(name)]
    inner = [name for name in files if name.lower().endswith(PACKAGE_EXTENSION)]
    if inner and first:
        named = ", ".join(f"«{_entry_shown(name)}»" for name in inner[:_NAMED])
        more = " y otros" if len(inner) > _NAMED else ""
        return (
            f"contiene al menos {count(len(inner), 'paquete', 'paquetes')} ({named}{more}): "
            "descomprímalo y reciba cada uno"
        )
    if len(inner) == 1:
        return f"contiene el paquete «{_entry_shown(inner[0])}»: descomprímalo y reciba ese archivo"
    if inner:
        named = ", ".join(f"«{_entry_shown(name)}»" for name in inner[:_NAMED])
        more = f" y {len(inner) - _NAMED} más" if len(inner) > _NAMED else ""
        return f"contiene {len(inner)} paquetes ({named}{more}): descomprímalo y reciba cada uno"
    if MANIFEST_NAME in files:
        # A package's own files with a Mac's beside them; without those, it is damage.
        if not mac:
            return None
        return (
            f"tiene los archivos de un paquete y los que agrega una Mac al comprimir "
            f"(«{MAC_FOLDER}»): {_REZIPPED}"
        )
    folders = {name.split("/", 1)[0] for name in files if "/" in name}
    if len(folders) == 1 and f"{(folder := folders.pop())}/{MANIFEST_NAME}" in files:
        return (
            f"contiene los archivos de un paquete en la carpeta «{shown_name(folder)}»: {_REZIPPED}"
        )
    return None
