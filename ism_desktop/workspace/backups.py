"""Backups as the adapters see them: the copies of one database, making one, putting one back.

``BackupInfo`` is re-exported here so that the window and the command line reach the store's
backups only through the workspace.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ism_desktop.domain.backup_text import backup_date_text
from ism_desktop.domain.limits import one_plain_line
from ism_desktop.platform import backups_dir
from ism_desktop.store.backup import (
    DAMAGED_REASONS,
    REASON_MANUAL,
    backup_on_open,
    create_backup,
    restore_backup,
)
from ism_desktop.store.backup_catalogue import BackupInfo as BackupInfo
from ism_desktop.store.backup_catalogue import backup_info_for_file, delete_backup

MANUAL_REASON = REASON_MANUAL
# Said before restoring a copy whose JSON was lost: nothing tells which database it was made from.
LOST_RECORD_TEXT = (
    "No se sabe de qué base de datos es esta copia (se perdió su descripción); "
    "revise su fecha y su archivo."
)


def copy_date_text(info: BackupInfo, now: datetime | None = None) -> str:
    """When the copy was made, as listed: a copy dated ahead of ``now`` says the clock was."""
    from ism_desktop.store.backup_catalogue import is_future_dated

    ahead = is_future_dated(info, now or datetime.now())
    return backup_date_text(info.created_at) + (" (reloj adelantado)" if ahead else "")


def copies_of(database: Path, folder: Path | None = None) -> list[BackupInfo]:
    """The copies of ``database`` in the backups folder, newest first."""
    from ism_desktop.store.backup_catalogue import list_backups

    return list_backups(folder if folder is not None else backups_dir(), database)


def mending_copies_of(database: Path, folder: Path | None = None) -> list[BackupInfo]:
    """The copies that can mend a damaged ``database``: not those kept of it damaged."""
    return [info for info in copies_of(database, folder) if info.reason not in DAMAGED_REASONS]


def make_copy(database: Path, reason: str = REASON_MANUAL) -> BackupInfo:
    """A copy the user asked for (kept longest by the rotation).

    Raises:
        BackupError: the database is missing, or the copy could not be written.
    """
    # A label in a table and a file's name: one plain line (a new line broke «copias»).
    reason = one_plain_line(reason)[:200] or REASON_MANUAL
    return create_backup(database, backups_dir(), reason, by_hand=True)


def copy_on_open(database: Path) -> BackupInfo | None:
    """The copy made when the window opens ``database`` (``None``: same as the newest)."""
    return backup_on_open(database)


def forget_copy(info: BackupInfo) -> None:
    """Delete a copy (and its description) from the backups folder."""
    delete_backup(info)


def copy_from_file(path: Path) -> BackupInfo:
    """What is known of a copy the user names by its file."""
    return backup_info_for_file(path)


def restore_copy(info: BackupInfo, database: Path, folder: Path | None = None) -> BackupInfo | None:
    """Put a copy back in place of ``database`` (closed); return the copy made of it first.

    Raises:
        BackupError: the copy is not usable, or the database could not be written.
    """
    return restore_backup(info, database, folder if folder is not None else backups_dir())
