"""Before a connection that may write touches a file: the work in its log, kept first.

SQLite replays a ``-wal`` into its database and empties it when a connection that may write
closes. Replayed into a damaged file, the newest work is lost with it; the part of a log SQLite
cannot read is dropped and written over; another database's log is written into this one. So
before opening a file, or copying it, the program looks at it read-only, keeps both files'
bytes in the backups folder when any of that would happen, and says so (in Spanish).
"""

from __future__ import annotations

from pathlib import Path

from ism_desktop.store.backup_catalogue import BackupInfo
from ism_desktop.store.backup_files import (
    BackupError,
    damaged_with_log,
    keep_damaged_file,
    kept_already,
    remove_log_files,
    wal_path,
)
from ism_desktop.store.errors import DAMAGED, DamagedDataError, StoreError, describe_os_error
from ism_desktop.store.wal_check import log_has_unreadable_part, main_file_sound

# The reason of the copy of the bytes: the name of a copy no restore list offers as a good one.
REASON_DAMAGED_OPEN = "al abrir (archivo dañado)"
_NOT_OPENED = "no se abrió ni se cambió nada"
_NOT_COPIED = "no se cambió nada"


def keep_what_opening_would_lose(target: Path, folder: Path) -> None:
    """Refuse to open a file whose opening would lose work in its log, its bytes kept first.

    Opened again once those very bytes are kept, a sound file opens: with what can be read of
    its log, or alone when the log is another database's (set aside; its bytes are in the copy).

    Raises:
        DamagedDataError: the file is damaged (a backup mends it).
        StoreError: its log is damaged or another database's; the file itself is intact.
    """
    _refuse_a_log_without_its_file(target)
    unusable = _log_trouble(target, folder, f"No se pudo abrir la base de datos «{target}»")
    if unusable is None:
        return
    if kept_already(target, folder) is not None:
        if unusable:
            try:
                remove_log_files(target)
            except OSError as exc:
                raise StoreError(
                    f"No se pudo apartar el registro de cambios recientes «{wal_path(target)}» "
                    f"de la base de datos: {describe_os_error(exc)}; {_NOT_OPENED}."
                ) from exc
        return
    cause = f"No se abrió la base de datos «{target}»: {_what_the_log_is(target, unusable)}"
    kept = _keep(target, folder, cause, _NOT_OPENED, StoreError)
    raise StoreError(
        f"{cause}. {_kept_both(kept)}; {_NOT_OPENED}. Si la abre de nuevo, {_then(unusable)}; "
        "lo demás queda solo en esa copia."
    )


def keep_what_a_copy_would_lose(target: Path, folder: Path) -> None:
    """Refuse to copy a file whose copying would lose work in its log, its bytes kept first.

    Copied again once a damaged log's bytes are kept, the copy is of what can be read; beside
    another database's log it is refused every time (the copy would write that log into it).

    Raises:
        BackupError: the file or its log is damaged, or the log is another database's.
    """
    if not target.is_file():
        return  # nothing to copy: the copy says so, and opens nothing
    doing = f"No se hizo la copia de seguridad de «{target}»"
    unusable = _log_trouble(target, folder, doing, refused=_NOT_COPIED, failure=BackupError)
    if unusable is None or (not unusable and kept_already(target, folder) is not None):
        return
    cause = f"{doing}: {_what_the_log_is(target, unusable)}"
    kept = _keep(target, folder, cause, _NOT_COPIED, BackupError)
    raise BackupError(
        f"{cause}. {_kept_both(kept)}; {_NOT_COPIED}. Al abrirla con el programa, "
        f"{_then(unusable)}; lo demás queda solo en esa copia."
    )


def _refuse_a_log_without_its_file(target: Path) -> None:
    """Refuse to make a new database where a log was left without its file.

    SQLite would make a new, empty file there and delete the log: whatever work was only in it
    (its file renamed, moved or deleted after a power cut) would be gone without a word.
    """
    wal = wal_path(target)
    try:
        if target.exists() or not wal.is_file() or wal.stat().st_size == 0:
            return
    except OSError:
        return  # what cannot be looked at is said by what opens it next
    raise StoreError(
        f"No se abrió la base de datos «{target}»: no existe, pero en su carpeta quedó su registro "
        f"de cambios recientes («{wal.name}»), que puede tener cambios que solo están en él. No se "
        "creó una base de datos nueva ni se cambió nada: vuelva a poner la base de datos en su "
        "lugar o, si ya no existe, mueva ese archivo a otra carpeta para empezar una nueva."
    )


def _log_trouble(
    target: Path,
    folder: Path,
    doing: str,
    *,
    refused: str = _NOT_OPENED,
    failure: type[StoreError] = DamagedDataError,
) -> bool | None:
    """``None``: nothing in the log would be lost; else whether the log is unusable whole.

    Raises:
        StoreError: (``failure``) the file itself is damaged; its bytes were kept first.
    """
    if damaged_with_log(target):
        if not main_file_sound(target):
            cause = f"{doing}: {DAMAGED}"
            kept = _keep(target, folder, cause, refused, failure)
            raise failure(
                f"{cause}. Se guardó una copia de él tal como está, con sus cambios más "
                f"recientes, en la carpeta de copias de seguridad («{kept.path.name}»); "
                f"{refused}."
            )
        # The main file is whole; the log makes it unreadable: another database's, or damaged.
        return True
    if log_has_unreadable_part(wal_path(target)):
        return False
    return None


def _keep(
    target: Path, folder: Path, cause: str, refused: str, failure: type[StoreError]
) -> BackupInfo:
    try:
        return keep_damaged_file(target, folder, REASON_DAMAGED_OPEN, refused=refused)
    except BackupError as exc:
        said = str(exc)
        raise failure(f"{cause}. {said[:1].upper()}{said[1:]}") from exc


def _what_the_log_is(target: Path, unusable: bool) -> str:
    what = (
        "no corresponde a ella (es de otra base de datos o está dañado)"
        if unusable
        else "está dañado y una parte de él no se puede leer"
    )
    return (
        f"su registro de cambios recientes («{wal_path(target).name}», en la misma carpeta) "
        f"{what}; el archivo principal está intacto"
    )


def _kept_both(kept: BackupInfo) -> str:
    return (
        "Se guardó una copia de los dos archivos tal como están en la carpeta de copias de "
        f"seguridad («{kept.path.name}»)"
    )


def _then(unusable: bool) -> str:
    if unusable:
        return "se abrirá solo el archivo principal"
    return "se abrirá con lo que sí se puede leer del registro"
