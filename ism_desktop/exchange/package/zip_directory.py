"""A zip's central directory read by hand: its entry count and names, before ``zipfile``.

``zipfile`` builds the list of every entry a directory claims, however many a hostile zip
claims; these read only the end record, and the names as far as a bound goes.
"""

from __future__ import annotations

import struct
from typing import BinaryIO, NamedTuple

_END_RECORD = struct.Struct("<4s4H2LH")
_END_SIGNATURE = b"PK\x05\x06"
_END_SEARCH = _END_RECORD.size + 0xFFFF
_CENTRAL_HEADER = struct.Struct("<4s4B4HL2L5H2L")
_CENTRAL_SIGNATURE = b"PK\x01\x02"
# General-purpose flag bit 11: the entry's name is UTF-8; without it, cp437 (as zipfile reads).
_UTF8_FLAG = 0x800
# How much of a central directory is read for its names alone: a workbook's has a few dozen.
_NAMES_BYTES = 256 * 1024


def declared_entries(stream: BinaryIO, size: int) -> int | None:
    """The entry count of the end record, read before zipfile builds its list; None: no record."""
    start = max(0, size - _END_SEARCH)
    stream.seek(start)
    tail = stream.read(size - start)
    where = tail.rfind(_END_SIGNATURE)
    if where < 0 or len(tail) - where < _END_RECORD.size:
        return None
    fields = _END_RECORD.unpack_from(tail, where)
    return int(fields[4]) if fields[4] != 0xFFFF else -1


class CentralNames(NamedTuple):
    """The names read of a central directory, and whether the bound stopped the reading."""

    names: list[str]
    cut_short: bool  # more of the directory lay past ``_NAMES_BYTES``: the names are a part


def central_names(stream: BinaryIO, size: int) -> CentralNames:
    """The entry names of the central directory, as far as ``_NAMES_BYTES`` of it go.

    Read without ``zipfile`` (which would list every entry, however many a hostile one claims),
    only to tell what kind of file a refused zip is; an unreadable directory gives fewer names,
    and is not ``cut_short``: it is the directory that ends there, not the reading.
    """
    start = max(0, size - _END_SEARCH)
    stream.seek(start)
    tail = stream.read(size - start)
    where = tail.rfind(_END_SIGNATURE)
    if where < 0 or len(tail) - where < _END_RECORD.size:
        return CentralNames([], cut_short=False)
    directory_size, offset = _END_RECORD.unpack_from(tail, where)[5:7]
    stream.seek(offset)
    directory = stream.read(min(directory_size, _NAMES_BYTES))
    # A header or name past the bytes read is cut by the bound only if the directory went on.
    bounded = len(directory) == _NAMES_BYTES < directory_size
    names: list[str] = []
    at = 0
    while at + _CENTRAL_HEADER.size <= len(directory):
        header = _CENTRAL_HEADER.unpack_from(directory, at)
        if header[0] != _CENTRAL_SIGNATURE:
            return CentralNames(names, cut_short=False)
        name_length, extra_length, comment_length = header[12:15]
        start_name = at + _CENTRAL_HEADER.size
        if start_name + name_length > len(directory):  # a name half read is no name
            break
        encoding = "utf-8" if header[5] & _UTF8_FLAG else "cp437"
        raw = directory[start_name : start_name + name_length]
        names.append(raw.decode(encoding, "replace"))
        at = start_name + name_length + extra_length + comment_length
    return CentralNames(names, cut_short=bounded)
