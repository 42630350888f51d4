"""The store's one error type, and one Spanish sentence per cause of a failed operation."""

from __future__ import annotations

import sqlite3

# Re-exported: the store's callers name it from here.
from ism_desktop.platform import DISK_FULL as DISK_FULL
from ism_desktop.platform import describe_os_error as describe_os_error


class StoreError(Exception):
    """A database that cannot be opened or used; the message is for the user (Spanish)."""


class DamagedDataError(StoreError):
    """Data the program cannot have stored (a hand edit, a damaged file): a backup mends it."""


# What a caller above the store may catch without importing sqlite3 (see ``describe_failure``).
STORE_FAILURES: tuple[type[Exception], ...] = (sqlite3.Error,)

READ_ONLY = "la base de datos es de solo lectura (revise los permisos del archivo y su carpeta)"
IN_USE = "otro programa está usando la base de datos; intente de nuevo en un momento"
NOT_OURS = "el archivo no es una base de datos de ISM Avance"
DAMAGED = "el archivo de la base de datos está dañado"
NOTHING_CHANGED = "No se cambió nada."


def describe_failure(exc: BaseException) -> str:
    """One Spanish sentence per cause of a failed database or file operation."""
    if isinstance(exc, OSError):
        return describe_os_error(exc)
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return READ_ONLY
    if "disk is full" in text or "disk i/o error" in text:
        # SQLite reports a refused write (EFBIG, a quota) as an I/O error: the disk is full.
        return DISK_FULL
    if "locked" in text or "busy" in text:
        return IN_USE
    if "malformed" in text:
        return DAMAGED
    if "not a database" in text or "encrypted" in text:
        return NOT_OURS
    if "unable to open" in text:
        return "no se pudo abrir el archivo (¿existe su carpeta y se puede escribir en ella?)"
    return f"la base de datos falló ({exc})"


def is_damaged_data(exc: BaseException) -> bool:
    """True when the file itself is damaged, as opposed to busy, read-only, full or newer.

    Then, and only then, putting a backup in its place is the way back.
    """
    if isinstance(exc, DamagedDataError):
        return True
    # Its pages unreadable, or its header gone: a file of ours whose backups are its way back
    # (offered only where backups of that very file exist).
    return isinstance(exc, sqlite3.DatabaseError) and describe_failure(exc) in (DAMAGED, NOT_OURS)
