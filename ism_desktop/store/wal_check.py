"""Reading a write-ahead log's own checksums: the part of it SQLite would silently drop.

SQLite replays a ``-wal`` only up to its first frame whose checksum fails, and ignores a log
whose header is unreadable; the next connection that writes then starts the log again over
those bytes. Work committed in them would be gone with nothing said. This reads the log as
SQLite does (its file format, https://www.sqlite.org/fileformat.html#the_write_ahead_log),
without opening the database, so that the program can keep its bytes and say so first.
"""

from __future__ import annotations

import contextlib
import sqlite3
import struct
from pathlib import Path

_HEADER = 32
_FRAME_HEADER = 24
# The header's magic number: its last bit says in which byte order the checksums are computed.
_MAGIC_LITTLE = 0x377F0682
_MAGIC_BIG = 0x377F0683
_VERSION = 3007000
_MASK = 0xFFFFFFFF


def log_has_unreadable_part(wal: Path) -> bool:
    """Whether the log holds whole frames that SQLite would not replay and then discard.

    A log cut inside its last frame is not counted: that is also what a save interrupted
    while being written leaves (it was never committed), and what another program's write in
    progress looks like. Frames of an older round of the log (other salts) are left behind by
    SQLite itself and are not counted either.
    """
    try:
        data = wal.read_bytes()
    except OSError:
        return False
    header = data[:_HEADER]
    if len(data) < _HEADER:
        return False
    magic, version, page_size, _sequence, salt1, salt2, check1, check2 = struct.unpack(
        ">8I", header
    )
    frame_size: int = _FRAME_HEADER + page_size
    valid_page_size = 512 <= page_size <= 65536 and page_size & (page_size - 1) == 0
    if magic not in (_MAGIC_LITTLE, _MAGIC_BIG) or version != _VERSION or not valid_page_size:
        # Unreadable from its first bytes: all of it is dropped, unless nothing follows them.
        return len(data) > _HEADER
    big_endian = magic == _MAGIC_BIG
    sums = _checksum(header[:24], big_endian, (0, 0))
    if sums != (check1, check2):
        return len(data) >= _HEADER + frame_size
    offset = _HEADER
    while offset + frame_size <= len(data):
        frame_header = data[offset : offset + _FRAME_HEADER]
        _page, _size, frame_salt1, frame_salt2, frame_check1, frame_check2 = struct.unpack(
            ">6I", frame_header
        )
        if (frame_salt1, frame_salt2) != (salt1, salt2):
            return False  # an older round of the log: SQLite's own leftovers
        page = data[offset + _FRAME_HEADER : offset + frame_size]
        sums = _checksum(page, big_endian, _checksum(frame_header[:8], big_endian, sums))
        if sums != (frame_check1, frame_check2):
            # Damaged, unless nothing of this round follows it: then it may be a write still
            # in progress (frames are written one after another, each header first).
            return _round_goes_on(data, offset + frame_size, frame_size, (salt1, salt2))
        offset += frame_size
    return False


def _round_goes_on(data: bytes, offset: int, frame_size: int, salts: tuple[int, int]) -> bool:
    """Whether a whole frame of this round of the log lies at or after ``offset``."""
    while offset + frame_size <= len(data):
        if struct.unpack_from(">2I", data, offset + 8) == salts:
            return True
        offset += frame_size
    return False


def _checksum(data: bytes, big_endian: bool, seed: tuple[int, int]) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    s0, s1 = seed
    for index in range(0, len(words), 2):
        s0 = (s0 + words[index] + s1) & _MASK
        s1 = (s1 + words[index + 1] + s0) & _MASK
    return s0, s1


def main_file_sound(target: Path) -> bool:
    """Whether the main file alone, its log left aside, is a whole database (read, not touched)."""
    try:
        if target.stat().st_size == 0:
            return False  # SQLite reads an empty file as an empty database: nothing is kept
        # immutable: the log beside it is neither read nor replayed, and no -shm is made.
        uri = f"{target.resolve().as_uri()}?mode=ro&immutable=1"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
            verdict = [row[0] for row in connection.execute("PRAGMA quick_check")]
    except (OSError, sqlite3.Error):
        return False
    return verdict == ["ok"]
