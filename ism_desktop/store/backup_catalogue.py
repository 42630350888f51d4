"""The backups folder: names of the copies, the JSON beside each one, listing and rotation."""

from __future__ import annotations

import contextlib
import os
import re
import time
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

BACKUP_SUFFIX = ".sqlite3"
SIDECAR_SUFFIX = ".json"
PARTIAL_SUFFIX = ".parcial"
SIDECAR_FORMAT = 1
# What SQLite writes beside a database while it is written: the partial copy has them too.
_PARTIAL_COMPANIONS = ("", "-journal", "-wal", "-shm")
# «ism_avance__20240502-103112-123456__al-abrir.sqlite3»: database, local time, reason.
_SEPARATOR = "__"
_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_SLUG_LENGTH = 40
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# The reason of a copy the user asked for (``copia``, the window's menu); kept longest.
MANUAL_REASON = "manual"
# Shown for a copy whose JSON was lost: its name keeps only a shortened, accentless reason.
UNKNOWN_REASON = "motivo desconocido"
# Clocks drift and are set right by minutes, and a date written without its offset moves by an
# hour when summer time starts or ends; a copy dated later than now by more than this was made
# while the clock was wrong.
FUTURE_TOLERANCE = timedelta(hours=2)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One copy of a database in the backups folder and what is known about it."""

    path: Path
    created_at: datetime
    reason: str
    source_name: str
    source_path: str
    migrations: tuple[str, ...]
    meta_count: int | None
    size_bytes: int
    sha256: str
    # Made because the person asked (``copia``, with or without a reason of their own): the
    # rotation deletes these last.
    by_hand: bool = False
    # Its JSON says which database file it is a copy of. Without it (lost, damaged, or copied
    # in without it) the copy is listed for its database's name, and the rotation leaves it.
    has_record: bool = True

    @property
    def sidecar_path(self) -> Path:
        """The JSON file beside the copy."""
        return sidecar_path(self.path)

    @property
    def schema_version(self) -> int:
        """How many schema migrations the copied database had."""
        return len(self.migrations)


def sidecar_path(copy_path: Path) -> Path:
    """The JSON file that describes the copy at ``copy_path``."""
    return copy_path.with_name(copy_path.name + SIDECAR_SUFFIX)


def database_stem(database_name: str) -> str:
    """The part of a database's file name that names its copies."""
    return Path(database_name).stem or "base"


def reason_slug(reason: str) -> str:
    """The reason as a file-name-safe word: «antes de importar» → «antes-de-importar»."""
    plain = unicodedata.normalize("NFKD", reason).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    if len(slug) > _SLUG_LENGTH:
        # Cut between words: a word cut short («paim») reads as a typo in the file name.
        kept = slug[: _SLUG_LENGTH + 1]
        slug = kept.rsplit("-", 1)[0] if "-" in kept else kept[:_SLUG_LENGTH]
    return slug.strip("-") or "copia"


def backup_file_name(database_name: str, created_at: datetime, reason: str) -> str:
    """The file name of a copy of ``database_name`` made at ``created_at`` for ``reason``."""
    stamp = created_at.strftime(_STAMP_FORMAT)
    return f"{database_stem(database_name)}{_SEPARATOR}{stamp}{_SEPARATOR}{reason_slug(reason)}"


def write_sidecar(info: BackupInfo) -> None:
    """Write the JSON beside the copy, all or nothing."""
    document = {
        "format": SIDECAR_FORMAT,
        "created_at": info.created_at.isoformat(),
        "reason": info.reason,
        "source_name": info.source_name,
        "source_path": info.source_path,
        "migrations": list(info.migrations),
        "meta_count": info.meta_count,
        "size_bytes": info.size_bytes,
        "sha256": info.sha256,
        "by_hand": info.by_hand,
    }
    target = info.sidecar_path
    temporary = target.with_name(target.name + PARTIAL_SUFFIX)
    import json  # here: a command that makes no copy (a first import) does not load it

    text = json.dumps(document, ensure_ascii=False, indent=2)
    # A path that is not UTF-8 (Linux) reaches us with lone surrogates, which UTF-8 cannot hold:
    # written as JSON escapes, the file stays UTF-8 and reads back as the very same path.
    text = _LONE_SURROGATE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def read_backup_info(copy_path: Path) -> BackupInfo | None:
    """What is known about the copy at ``copy_path``; ``None`` if it is not one of ours."""
    parsed = _parse_file_name(copy_path.name)
    if parsed is None or not copy_path.is_file():
        return None
    stem, created_at, slug = parsed
    import json  # here, as in write_sidecar

    try:
        document = json.loads(sidecar_path(copy_path).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        # A lost or damaged JSON does not make the copy useless: list it with what its name says.
        # (Deeply nested brackets make the decoder raise RecursionError.)
        document = None
    words = slug.replace("-", " ")
    if not isinstance(document, dict) or not isinstance(document.get("source_path"), str):
        reason = f"{UNKNOWN_REASON}, su nombre dice «{words}»"
        return _info_from(copy_path, {}, stem, created_at, reason, has_record=False)
    return _info_from(copy_path, document, stem, created_at, words)


def backup_info_for_file(path: Path) -> BackupInfo:
    """A copy named by the user: ours with its JSON, or any database file described by its date."""
    ours = read_backup_info(path)
    if ours is not None:
        return ours
    modified = datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    return _info_from(path, {}, path.stem, modified, "archivo elegido", has_record=False)


def database_path_key(path: Path | str) -> str:
    """One spelling of a database's full path, to tell whose copy a copy is («» if unknown)."""
    if not str(path):
        return ""
    # normcase: on Windows «C:\\Datos\\A.sqlite3» and «c:\\datos\\a.sqlite3» are one file.
    try:
        return os.path.normcase(str(Path(path).resolve()))
    except (OSError, ValueError):
        # A JSON edited by hand can name no possible file («embedded null byte»): it is no
        # file's copy then, and listing or rotating the others must not fail on it.
        return os.path.normcase(str(path))


def is_copy_of(info: BackupInfo, database: Path) -> bool:
    """Whether ``info`` was made from the database file at ``database`` (its full path)."""
    return bool(info.source_path) and (
        database_path_key(info.source_path) == database_path_key(database)
    )


def list_backups(
    folder: Path, database: Path | str, *, now: datetime | None = None
) -> list[BackupInfo]:
    """The copies of one database in ``folder``, the most recently made first.

    ``database`` is the database file's path: only copies made from that very file (by the
    full path their JSON records) are listed, so two files called ``ism_avance.sqlite3`` in
    different folders never share copies. A bare name (``str``) lists copies by name alone.
    Copies dated after ``now`` (the clock, by default) come last: see ``is_future_dated``.
    """
    if not folder.is_dir():
        return []
    name = database.name if isinstance(database, Path) else database
    wanted = database_stem(name)
    found = []
    for candidate in folder.glob(f"*{BACKUP_SUFFIX}"):
        parsed = _parse_file_name(candidate.name)
        if parsed is None or parsed[0] != wanted:
            continue
        info = read_backup_info(candidate)
        if info is None:
            continue
        # Without its JSON the name is all that is left: listed, since it may be the only good
        # copy; putting it back still checks that it is a whole ISM Avance database.
        if isinstance(database, Path) and info.has_record and not is_copy_of(info, database):
            continue
        found.append(info)
    moment = (now or datetime.now()).astimezone()
    return sorted(
        found,
        key=lambda info: (not is_future_dated(info, moment), info.created_at, info.path.name),
        reverse=True,
    )


def is_future_dated(info: BackupInfo, now: datetime) -> bool:
    """Whether ``info`` is dated after ``now``: made while the clock was wrong.

    Set ahead then corrected, or right then set back: either way it was made before the copies
    dated up to now (the clock only moved between them), so it counts as older than all of
    those. Were it the newest, it would stay the newest for years and each real copy would be
    the one the rotation deletes next.
    """
    return info.created_at > now.astimezone() + FUTURE_TOLERANCE


def clean_partial_files(folder: Path, older_than_seconds: float = 15 * 60) -> list[Path]:
    """Delete the ``*.parcial`` files a backup killed half-way left (old ones only).

    With them go SQLite's own files beside a partial copy (``-journal``, ``-wal``, ``-shm``),
    which a kill or a failed copy leaves too. A recent one may be another program's backup in
    progress, so it is left alone.
    """
    removed = []
    limit = time.time() - older_than_seconds
    for companion in _PARTIAL_COMPANIONS:
        for candidate in folder.glob(f"*{PARTIAL_SUFFIX}{companion}"):
            with contextlib.suppress(OSError):
                if candidate.stat().st_mtime < limit:
                    candidate.unlink()
                    removed.append(candidate)
    return removed


def rotate(
    folder: Path,
    database: Path | str,
    keep: int,
    protect: Collection[Path],
    *,
    now: datetime | None = None,
) -> list[Path]:
    """Delete all but the newest ``keep`` copies of a database, never those in ``protect``.

    Automatic copies go first, oldest first (those dated after ``now`` count as the oldest);
    a copy the user made by hand (whatever its reason) is deleted only when no automatic copy
    is left to delete.
    """
    # A copy without its JSON may be another database's of the same name (README: rotating
    # never touches those), so it is neither deleted nor counted among those kept; such copies
    # are rare, and deleting one that may be the only good copy is the worse mistake.
    copies = [info for info in list_backups(folder, database, now=now) if info.has_record]
    survivors = excess = 0
    for info in copies:  # newest first: protected copies count among those kept
        if info.path in protect or survivors < keep:
            survivors += 1
        else:
            excess += 1
    if not excess:
        return []
    oldest_first = [info for info in reversed(copies) if info.path not in protect]
    by_hand = [info for info in oldest_first if info.by_hand]
    automatic = [info for info in oldest_first if not info.by_hand]
    removed = []
    for info in (automatic + by_hand)[:excess]:
        delete_backup(info)
        removed.append(info.path)
    return removed


def delete_backup(info: BackupInfo) -> None:
    """Remove a copy, the JSON beside it, and the WAL kept with a damaged file's bytes."""
    for path in (info.path, info.sidecar_path, info.path.with_name(info.path.name + "-wal")):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _parse_file_name(name: str) -> tuple[str, datetime, str] | None:
    if not name.endswith(BACKUP_SUFFIX):
        return None
    parts = name[: -len(BACKUP_SUFFIX)].rsplit(_SEPARATOR, 2)
    if len(parts) != 3:
        return None
    stem, stamp, slug = parts
    try:
        created_at = datetime.strptime(stamp, _STAMP_FORMAT).astimezone()
    except ValueError:
        return None
    return stem, created_at, slug


def _info_from(
    path: Path,
    document: dict[str, Any],
    stem: str,
    created_at: datetime,
    reason: str,
    *,
    has_record: bool = True,
) -> BackupInfo:
    def text(key: str, default: str) -> str:
        value = document.get(key)
        return value if isinstance(value, str) else default

    stamp = document.get("created_at")
    if isinstance(stamp, str):
        with contextlib.suppress(ValueError, OverflowError):
            # Written by hand or by another tool without an offset: the PC's local time. A
            # date at the calendar's edge cannot be compared with the others (its UTC falls
            # outside it): the name's date stands instead.
            written = datetime.fromisoformat(stamp)
            written = written.astimezone() if written.tzinfo is None else written
            written.astimezone(UTC)
            created_at = written
    if created_at.tzinfo is None:
        created_at = created_at.astimezone()
    migrations = document.get("migrations")
    meta_count = document.get("meta_count")
    return BackupInfo(
        path=path,
        created_at=created_at,
        reason=text("reason", reason),
        source_name=text("source_name", stem + BACKUP_SUFFIX),
        source_path=text("source_path", ""),
        migrations=tuple(str(name) for name in migrations) if isinstance(migrations, list) else (),
        meta_count=meta_count if isinstance(meta_count, int) else None,
        size_bytes=path.stat().st_size,
        sha256=text("sha256", ""),
        # Written before the flag existed: only the reason said it.
        by_hand=document.get("by_hand") is True or text("reason", "") == MANUAL_REASON,
        has_record=has_record,
    )
