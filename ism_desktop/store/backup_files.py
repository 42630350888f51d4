"""The files behind backups: reading a copy, keeping a damaged file's bytes, writing one back.

Everything here leaves either a whole file under its final name or nothing: what is written
goes first under a ``.parcial`` name and is renamed only once whole.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from ism_desktop.store.backup_catalogue import (
    BACKUP_SUFFIX,
    PARTIAL_SUFFIX,
    BackupInfo,
    backup_file_name,
    list_backups,
    write_sidecar,
)
from ism_desktop.store.errors import DAMAGED, IN_USE, NOT_OURS, StoreError, describe_failure

# Pages copied per step when a copy is written back: between steps another program's lock is
# noticed, and the wait for it given up (see ``copy_over``).
_PAGES_PER_STEP = 256
_BUSY = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


class BackupError(StoreError):
    """A copy that could not be made, read or put back; the message is for the user (Spanish)."""


class _LockWaitOverError(Exception):
    """Another program held the database longer than the busy timeout."""


class DatabaseInUseError(BackupError):
    """Another program holds the database's write lock: nothing was copied or changed."""


@contextlib.contextmanager
def write_lock_taken(target: Path, timeout: float) -> Iterator[None]:
    """Hold ``target``'s write lock (``BEGIN IMMEDIATE``) inside, waiting up to ``timeout``.

    A copy made inside is of the data the change will start from, and none is made when the
    change cannot happen. Only a lock held by another program refuses: a file that cannot be
    locked for another reason (damaged, read-only) is left to what comes next, which says what
    it is; this connection writes nothing.

    Raises:
        DatabaseInUseError: another program held the write lock longer than ``timeout``.
    """
    try:
        connection = sqlite3.connect(target, timeout=timeout, isolation_level=None)
    except sqlite3.Error:
        yield
        return
    try:
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            if describe_failure(exc) == IN_USE:
                raise DatabaseInUseError(IN_USE) from exc
        yield
    finally:
        with contextlib.suppress(sqlite3.Error):
            if connection.in_transaction:
                connection.execute("ROLLBACK")
        connection.close()


def wait_for_write_lock(target: Path, timeout: float) -> None:
    """Make sure no other program is writing ``target`` before it is restored.

    Raises:
        DatabaseInUseError: another program holds the write lock.
    """
    try:
        with write_lock_taken(target, timeout):
            pass
    except DatabaseInUseError as exc:
        raise DatabaseInUseError(_restore_in_use(target)) from exc


def _restore_in_use(target: Path) -> str:
    return f"no se pudo restaurar la copia en «{target}»: {IN_USE}; no se restauró nada."


def copy_over(copy_path: Path, target: Path, timeout: float) -> None:
    """Write the database ``copy_path`` into ``target`` with the backup API, all or nothing.

    Python's ``Connection.backup`` retries for ever while another program holds ``target``;
    its progress callback is also called on those retries, and stops it after ``timeout``.

    Raises:
        BackupError: another program held ``target`` too long (nothing was written).
        sqlite3.Error: the write failed (SQLite undid it).
    """
    waiting_since: float | None = None

    def progress(status: int, _remaining: int, _total: int) -> None:
        nonlocal waiting_since
        if status not in _BUSY:
            waiting_since = None
            return
        now = time.monotonic()
        if waiting_since is None:
            waiting_since = now
        elif now - waiting_since >= timeout:
            raise _LockWaitOverError

    try:
        with (
            read_only(copy_path) as source,
            contextlib.closing(sqlite3.connect(target, timeout=timeout)) as destination,
        ):
            source.backup(destination, pages=_PAGES_PER_STEP, progress=progress, sleep=0.05)
    except _LockWaitOverError as exc:
        raise DatabaseInUseError(_restore_in_use(target)) from exc


def keep_damaged_file(
    target: Path, folder: Path, reason: str, *, refused: str = "no se restauró nada"
) -> BackupInfo:
    """Keep a damaged database's bytes (and its WAL's) as a copy in ``folder``.

    The backup API cannot read a damaged file: its bytes are all there is to keep. Call it
    before any connection that may write opens the file (see ``damaged_with_log``). The same
    bytes kept already are not kept again: each refused opening would add a copy and push a
    good one out of the rotation. ``refused`` ends the message of a copy that could not be kept.

    Raises:
        BackupError: the bytes could not be kept (a full disk); nothing is left behind.
    """
    wal = wal_path(target)
    already = kept_already(target, folder)
    if already is not None:
        return already
    created_at = datetime.now().astimezone()
    final = free_path(folder, backup_file_name(target.name, created_at, reason))
    partial = final.with_name(final.name + PARTIAL_SUFFIX)
    final_wal = wal_path(final)
    partial_wal = wal_path(partial)
    info = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(target, partial)
        if wal.is_file():
            shutil.copyfile(wal, partial_wal)
        info = BackupInfo(
            path=final,
            created_at=created_at,
            reason=reason,
            source_name=target.name,
            source_path=str(target.resolve()),
            migrations=(),
            meta_count=None,
            size_bytes=partial.stat().st_size,
            sha256=sha256_of(partial),
        )
        write_sidecar(info)
        if partial_wal.exists():
            os.replace(partial_wal, final_wal)
        os.replace(partial, final)
    except OSError as exc:
        leftovers = [partial, partial_wal, final_wal]
        if info is not None:
            leftovers.append(info.sidecar_path)
        for path in leftovers:
            with contextlib.suppress(OSError):
                path.unlink()
        raise BackupError(
            f"no se pudo guardar una copia de los datos actuales en «{folder}»: "
            f"{describe_failure(exc)}; {refused}."
        ) from exc
    return info


def kept_already(target: Path, folder: Path) -> BackupInfo | None:
    """A copy in ``folder`` holding these very bytes, the file's and its WAL's, if one does."""
    try:
        if not folder.is_dir():
            return None
        digest = sha256_of(target)
        wal = wal_path(target)
        log = wal.read_bytes() if wal.is_file() else None
        for info in list_backups(folder, target):
            if info.sha256 != digest:
                continue
            kept_wal = wal_path(info.path)
            if (kept_wal.read_bytes() if kept_wal.is_file() else None) == log:
                return info
    except OSError:
        return None  # what cannot be compared is kept again
    return None


def damaged_with_log(target: Path) -> bool:
    """Whether ``target`` is damaged while a write-ahead log, its newest work, is beside it.

    SQLite replays that log into the file and empties it when a connection that may write
    closes, and deletes it outright as it opens an empty main file: such a file's bytes must be
    kept before one opens it. Looked at through a read-only connection (which never replays
    the log), and through none at all when the main file is empty.
    """
    wal = wal_path(target)
    try:
        if not target.is_file() or not wal.is_file() or wal.stat().st_size == 0:
            return False
        if target.stat().st_size == 0:
            return True
    except OSError:
        return False
    try:
        uri = f"{target.resolve().as_uri()}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=5)) as connection:
            verdict = [row[0] for row in connection.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        # Only damage: a busy, unreadable or missing file is said by what opens it next.
        return describe_failure(exc) in (DAMAGED, NOT_OURS)
    return verdict != ["ok"]


def wal_path(database: Path) -> Path:
    """The write-ahead log beside a database file."""
    return database.with_name(database.name + "-wal")


def is_damaged(target: Path) -> bool:
    """Whether ``target`` is damaged (a file someone else holds is not)."""
    try:
        with contextlib.closing(
            sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        ) as connection:
            verdict = [row[0] for row in connection.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        # «locked» or «busy» is someone else's open file, not damage: never replace that one.
        return "locked" not in str(exc) and "busy" not in str(exc)
    return verdict != ["ok"]


def remove_database_files(target: Path) -> None:
    """Delete a database file with its journal files (those missing are fine)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            target.with_name(target.name + suffix).unlink()


def remove_log_files(target: Path) -> None:
    """Delete a database's write-ahead log and its index (those missing are fine).

    Raises:
        OSError: one could not be deleted.
    """
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            target.with_name(target.name + suffix).unlink()


def free_path(folder: Path, base_name: str) -> Path:
    """A copy's path in ``folder`` named ``base_name`` that no file has yet."""
    candidate = folder / f"{base_name}{BACKUP_SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{base_name}-{number}{BACKUP_SUFFIX}"
        number += 1
    return candidate


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that reads a copy and writes nothing beside it."""
    # immutable: reading a copy must not create -wal/-shm files beside it, nor take locks.
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True)
    try:
        yield connection
    finally:
        connection.close()


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file's bytes, in hexadecimal."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
