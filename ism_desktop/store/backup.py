"""Copies of a database made with SQLite's backup API, their rotation, and putting one back.

A live database (WAL mode, maybe open in the window) is never copied as a file: the backup API
reads a consistent snapshot through SQLite, so a copy is always a whole, valid database.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from ism_desktop.platform import backups_dir
from ism_desktop.store.backup_catalogue import (
    MANUAL_REASON,
    PARTIAL_SUFFIX,
    BackupInfo,
    backup_file_name,
    clean_partial_files,
    delete_backup,
    is_copy_of,
    list_backups,
    rotate,
    write_sidecar,
)
from ism_desktop.store.backup_files import BackupError as BackupError
from ism_desktop.store.backup_files import DatabaseInUseError as DatabaseInUseError
from ism_desktop.store.backup_files import (
    copy_over,
    damaged_with_log,
    free_path,
    is_damaged,
    keep_damaged_file,
    read_only,
    sha256_of,
    wait_for_write_lock,
    wal_path,
)
from ism_desktop.store.backup_files import remove_database_files as remove_database_files
from ism_desktop.store.errors import describe_failure
from ism_desktop.store.log_guard import REASON_DAMAGED_OPEN as REASON_DAMAGED_OPEN
from ism_desktop.store.log_guard import keep_what_a_copy_would_lose
from ism_desktop.store.migrations import known_migration_names
from ism_desktop.store.schema import migrations_in, table_names
from ism_desktop.store.wal_check import log_has_unreadable_part

REASON_OPEN = "al abrir"
REASON_UPGRADE = "antes de actualizar"
REASON_RESTORE = "antes de restaurar"
REASON_DAMAGED = "antes de restaurar (archivo dañado)"
# Copies of a file already damaged: kept for whoever can rescue it, never a way to mend it.
DAMAGED_REASONS = frozenset({REASON_DAMAGED, REASON_DAMAGED_OPEN})
REASON_IMPORT_REPORT = "antes de importar un informe"
REASON_IMPORT_PACKAGE = "antes de importar un paquete"
REASON_IMPORT_TEMPLATE = "antes de importar la plantilla del programa {year} ({file})"
REASON_MANUAL = MANUAL_REASON
DEFAULT_KEEP = 20
# How long a copy waits for another program's lock on the database (the store's busy timeout).
BUSY_TIMEOUT_SECONDS = 5.0


def create_backup(
    source: Path | sqlite3.Connection,
    folder: Path | None = None,
    reason: str = REASON_MANUAL,
    *,
    keep: int = DEFAULT_KEEP,
    source_name: str | None = None,
    now: datetime | None = None,
    by_hand: bool = False,
) -> BackupInfo:
    """Copy a database file (or an open connection's) into ``folder`` and rotate the old copies.

    ``folder`` defaults to ``copias/`` in the user's data folder; the newest ``keep`` copies of
    the same database are kept, and never fewer than the one just made. ``by_hand``: the person
    asked for it, and the rotation deletes it last.
    """
    made = _make_backup(
        source, folder, reason, keep, source_name, now, skip_if_unchanged=False, by_hand=by_hand
    )
    assert made is not None  # only skip_if_unchanged can leave nothing
    return made


def backup_on_open(
    db_path: Path, folder: Path | None = None, *, keep: int = DEFAULT_KEEP
) -> BackupInfo | None:
    """The copy made when the window opens ``db_path``; ``None`` if the newest copy is the same."""
    # Opening the program five times a day must not push last week's copies out of the rotation.
    return _make_backup(db_path, folder, REASON_OPEN, keep, None, None, skip_if_unchanged=True)


def backup_before_change(
    db_path: Path | None, reason: str, folder: Path | None = None, *, keep: int = DEFAULT_KEEP
) -> BackupInfo | None:
    """The copy made before an import changes ``db_path``; ``None`` if it holds no metas yet."""
    if db_path is None or not db_path.is_file():
        return None  # an in-memory store, or nothing to lose
    if _holds_no_metas(db_path):
        # Nothing to lose, so no copy to make (and none of the older copies pushed out of the
        # rotation by one made only to be deleted). Anything unclear takes the usual path.
        return None
    info = create_backup(db_path, folder, reason, keep=keep)
    if not info.meta_count:
        delete_backup(info)
        return None
    return info


def backup_before_upgrade(db_path: Path, folder: Path | None = None) -> BackupInfo:
    """The copy made before an older database is migrated, inside the upgrade's transaction.

    The caller's connection holds the write lock (``BEGIN IMMEDIATE``), so the copy is of the
    very data the upgrade starts from; a refused attempt (a lock held by another program) ends
    before it and adds no copy to push an older, different one out.

    Raises:
        BackupError: the copy could not be made.
    """
    return create_backup(db_path, folder, REASON_UPGRADE)


def _holds_no_metas(db_path: Path) -> bool:
    """True only when the file certainly has a metas table with no row in it."""
    try:
        with contextlib.closing(
            sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_SECONDS)
        ) as connection:
            row = connection.execute("SELECT EXISTS (SELECT 1 FROM metas)").fetchone()
    except sqlite3.Error:
        return False  # no such table, damaged, locked: the copy says what it is
    return row is not None and not row[0]


def check_backup(copy_path: Path) -> list[str]:
    """Make sure a copy is whole and is an ISM Avance database; return its migrations.

    Raises:
        BackupError: the copy is missing, damaged, not ours, or from a newer version.
    """
    if not copy_path.is_file():
        raise BackupError(f"ya no existe la copia «{copy_path.name}».")
    try:
        with read_only(copy_path) as connection:
            verdict = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            applied = migrations_in(connection)
            has_metas = "metas" in table_names(connection)
    except sqlite3.DatabaseError as exc:
        raise BackupError(
            f"la copia «{copy_path.name}» está dañada ({describe_failure(exc)})."
        ) from exc
    if verdict != ["ok"]:
        raise BackupError(f"la copia «{copy_path.name}» está dañada ({'; '.join(verdict[:3])}).")
    if not applied or not has_metas:
        raise BackupError(f"«{copy_path.name}» no es una copia de una base de datos de ISM Avance.")
    if set(applied) - known_migration_names():
        raise BackupError(
            f"la copia «{copy_path.name}» es de una versión más reciente de ISM Avance; "
            "esta versión no puede usarla."
        )
    return applied


def restore_backup(
    info: BackupInfo, target_path: Path, folder: Path | None = None, *, keep: int = DEFAULT_KEEP
) -> BackupInfo | None:
    """Put the copy ``info`` back into ``target_path``; return the copy made of it first.

    The caller closes its own connection to ``target_path`` first. The copy is checked before
    anything changes; the current data are copied (reason «antes de restaurar») before they are
    replaced, so a restore can itself be undone. ``None``: there were no current data to keep.

    Raises:
        BackupError: the copy is damaged or not usable, or the target could not be written.
    """
    check_backup(info.path)
    target = Path(target_path)
    # A damaged file with its log is looked at before anything opens it for writing (below);
    # so is a log part of which SQLite would drop (its bytes are kept as a damaged file's).
    damaged = damaged_with_log(target) or log_has_unreadable_part(wal_path(target))
    has_data = damaged or (target.is_file() and target.stat().st_size > 0)
    # Another database's copy never replaces data (a new, empty file may start from one).
    if has_data and info.source_path and not is_copy_of(info, target):
        raise BackupError(
            f"la copia «{info.path.name}» es de otra base de datos («{info.source_path}»), no "
            f"de «{target}»; no se restauró nada."
        )
    if info.sha256 and sha256_of(info.path) != info.sha256:
        raise BackupError(
            f"la copia «{info.path.name}» fue alterada después de hacerse: su huella SHA-256 no "
            "coincide con la registrada; no se restauró nada."
        )
    folder = folder if folder is not None else backups_dir()
    timeout = BUSY_TIMEOUT_SECONDS
    safety = None
    if damaged:
        # Its bytes and its log's first: a connection that may write (the lock's, below) would
        # replay the log, the newest work, into the damaged file and empty it as it closed.
        safety = keep_damaged_file(target, folder, REASON_DAMAGED)
        # Refused for a lock, that copy stays: kept once only, it holds what nothing else does.
        wait_for_write_lock(target, timeout)
    elif has_data:
        # Before the copy of the current data: a refused restore leaves no copy behind.
        wait_for_write_lock(target, timeout)
        try:
            safety = _make_backup(target, folder, REASON_RESTORE, None, None, None, False)
        except BackupError:
            if not is_damaged(target):
                raise
            # A damaged database is the usual reason to restore: keep its bytes, then replace it.
            safety = keep_damaged_file(target, folder, REASON_DAMAGED)
            damaged = True
    try:
        if damaged:
            remove_database_files(target)
        copy_over(info.path, target, timeout)
    except (sqlite3.Error, OSError, BackupError) as exc:
        if safety is not None and not damaged:
            # SQLite undid the write: the data are those just copied, and the copy is not
            # kept (each attempt would add one and push an older, different one out).
            delete_backup(safety)
        if isinstance(exc, BackupError):
            raise
        raise BackupError(
            f"no se pudo restaurar la copia en «{target}»: {describe_failure(exc)}."
        ) from exc
    protected = {info.path} | ({safety.path} if safety is not None else set())
    rotate(folder, target, keep, protected)
    return safety


def _make_backup(
    source: Path | sqlite3.Connection,
    folder: Path | None,
    reason: str,
    keep: int | None,
    source_name: str | None,
    now: datetime | None,
    skip_if_unchanged: bool,
    by_hand: bool = False,
) -> BackupInfo | None:
    folder = folder if folder is not None else backups_dir()
    name, source_path = _describe_source(source, source_name)
    created_at = (now or datetime.now()).astimezone()
    owner: Path | str = Path(source_path) if source_path else name
    if isinstance(source, Path):
        # The copy's connection may write: as it closed it would replay (or drop) the log.
        keep_what_a_copy_would_lose(source, folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        clean_partial_files(folder)
        final = free_path(folder, backup_file_name(name, created_at, reason))
        partial = final.with_name(final.name + PARTIAL_SUFFIX)
        try:
            migrations, meta_count = _copy_into(source, partial)
            os.replace(partial, final)
        finally:
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()
        digest = sha256_of(final)
        if skip_if_unchanged and _newest_digest(folder, owner, final, created_at) == digest:
            final.unlink()
            return None
        info = BackupInfo(
            path=final,
            created_at=created_at,
            reason=reason,
            source_name=name,
            source_path=source_path,
            migrations=migrations,
            meta_count=meta_count,
            size_bytes=final.stat().st_size,
            sha256=digest,
            by_hand=by_hand or reason == REASON_MANUAL,
        )
        try:
            write_sidecar(info)
        except BaseException:
            # Without its description the copy would be listed as «motivo desconocido» and
            # never rotated away, and the operation it was made for stops here: no copy.
            with contextlib.suppress(OSError):
                final.unlink()
            raise
    except sqlite3.Error as exc:
        raise BackupError(
            f"no se pudo hacer la copia de seguridad de «{name}»: {describe_failure(exc)}."
        ) from exc
    except OSError as exc:
        raise BackupError(
            f"no se pudo guardar la copia de seguridad en «{folder}»: {describe_failure(exc)}."
        ) from exc
    if keep is not None:
        # The copy's own time is "now" for the rotation: what the clock says while it is made.
        rotate(folder, owner, keep, {final}, now=created_at)
    return info


def _copy_into(
    source: Path | sqlite3.Connection, target: Path
) -> tuple[tuple[str, ...], int | None]:
    with contextlib.closing(sqlite3.connect(target)) as destination:
        if isinstance(source, sqlite3.Connection):
            source.backup(destination)
        else:
            if not source.is_file():
                raise BackupError(f"no existe la base de datos «{source}».")
            with contextlib.closing(
                sqlite3.connect(source, timeout=BUSY_TIMEOUT_SECONDS)
            ) as connection:
                connection.backup(destination)
        # A copy is one self-contained file: no -wal or -shm beside it in the backups folder.
        destination.execute("PRAGMA journal_mode = DELETE")
        # The backup API copies damaged pages as they are: such a copy would be listed first
        # and offered as a good one, and push a good one out of the rotation.
        verdict = [row[0] for row in destination.execute("PRAGMA quick_check(1)")]
        if verdict != ["ok"]:
            raise BackupError(
                f"la base de datos «{_shown_source(source)}» está dañada, y una copia suya no "
                "serviría; no se hizo (las copias anteriores siguen guardadas)."
            )
        tables = table_names(destination)
        meta_count = None
        if "metas" in tables:
            meta_count = int(destination.execute("SELECT COUNT(*) FROM metas").fetchone()[0])
        return tuple(migrations_in(destination)), meta_count


def _shown_source(source: Path | sqlite3.Connection) -> str:
    return source.name if isinstance(source, Path) else "abierta"


def _newest_digest(folder: Path, database: Path | str, besides: Path, now: datetime) -> str | None:
    others = (info for info in list_backups(folder, database, now=now) if info.path != besides)
    newest = next(others, None)
    return newest.sha256 if newest is not None else None


def _describe_source(source: Path | sqlite3.Connection, source_name: str | None) -> tuple[str, str]:
    if isinstance(source, sqlite3.Connection):
        rows = source.execute("PRAGMA database_list").fetchall()
        file_name = next((row[2] for row in rows if row[1] == "main"), "")
        if file_name:
            return source_name or Path(file_name).name, file_name
        return source_name or "memoria.sqlite3", ""
    path = Path(source)
    return source_name or path.name, str(path.resolve())
