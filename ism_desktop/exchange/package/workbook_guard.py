"""Checking the package's workbook without opening it: a zip of XML parts, any of them hostile.

No XML parser ever sees the parts: each is streamed in bounded chunks and refused if it declares a
DOCTYPE or entities (the «billion laughs» and external-entity attacks need one) or is not UTF-8.
A package's workbook is never opened by this program, only kept by people: there a part whose
root element begins after nothing but a declaration, comments and white space is not inflated
further, since XML allows a DOCTYPE (and so any entity) only before the root element.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace

from ism_desktop.exchange.package.manifest import PackageRefusedError, Refusal, shown_name
from ism_desktop.exchange.package.zip_guard import MIB, GuardedZip, ZipLimits, open_guarded

# A workbook that ``openpyxl`` then reads whole into memory: a bomb must weigh at least 1/200 of
# what it expands to, so a small attachment cannot make it build gigabytes of cells.
WORKBOOK_LIMITS = ZipLimits(
    max_entries=1000,
    max_entry_bytes=64 * MIB,
    max_total_bytes=256 * MIB,
    max_ratio=200,
    allow_directories=True,
)
# A package's workbook is only streamed here (bounded by the declared sizes) and kept, never
# parsed: a ratio would protect nothing and could refuse the unit's own long narratives.
_KEPT_WORKBOOK_LIMITS = replace(WORKBOOK_LIMITS, max_ratio=None)
_MARKERS = (b"<!doctype", b"<!entity")
_OVERLAP = max(len(marker) for marker in _MARKERS) - 1
_WIDE_STARTS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff", b"\x00<", b"<\x00")
_CONTENT_TYPES = "[Content_Types].xml"
# As much of a part as the UTF-8 check looks at; a prolog is a few dozen bytes.
_HEAD_BYTES = 4096
_SPACE = re.compile(rb"[ \t\r\n]*")
_NOT_A_NAME = frozenset(b"!?/ \t\r\n")
# The XML declaration's encoding: a part in another one (UTF-7, ISO-2022-JP…) can spell a
# DOCTYPE with bytes that hold no «<!doctype» at all.
_DECLARED = re.compile(rb"(?:\xef\xbb\xbf)?<\?xml\s[^>]*?\bencoding\s*=\s*[\"']([^\"']*)[\"']")
_UTF8_NAMES = (b"utf-8", b"utf8")
# Bytes no XML text holds: one in a prolog (ESC shifts some encodings) sends it to be read whole.
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# A workbook file brought on its own (a filled template or unit workbook): read whole.
MAX_WORKBOOK_BYTES = 32 * 1024 * 1024


def looks_like_workbook(names: Collection[str]) -> bool:
    """Whether a zip with these entry names is an Excel workbook (its content types and parts)."""
    return _CONTENT_TYPES in names and any(name.startswith("xl/") for name in names)


def _is_xml_part(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels", ".vml"))


def _not_utf8(first: bytes) -> bool:
    if first.startswith(_WIDE_STARTS) or b"\x00" in first[:_HEAD_BYTES]:
        return True
    declared = _DECLARED.match(first)
    return declared is not None and declared.group(1).lower() not in _UTF8_NAMES


def _root_at(head: bytes) -> int:
    """Where the root element begins in ``head``, after no DOCTYPE and nothing unusual; or -1.

    Before it only a byte order mark, the XML declaration, processing instructions, comments
    and white space are taken; anything else (a DOCTYPE, a prolog longer than ``head``) is -1,
    and the part is then scanned whole.
    """
    at = 3 if head.startswith(b"\xef\xbb\xbf") else 0
    while True:
        space = _SPACE.match(head, at)
        at = at if space is None else space.end()
        if head.startswith(b"<?", at):
            close, length = head.find(b"?>", at + 2), 2
        elif head.startswith(b"<!--", at):
            close, length = head.find(b"-->", at + 4), 3
        else:
            is_root = (
                head.startswith(b"<", at) and at + 1 < len(head) and head[at + 1] not in _NOT_A_NAME
            )
            return at if is_root else -1
        if close < 0:
            return -1
        at = close + length


def _prolog_only(workbook: GuardedZip, name: str) -> bool:
    """True when the part's start shows it can declare no entity: the rest is not inflated."""
    head = workbook.head(workbook.entries[name], _HEAD_BYTES)
    if head is None or _not_utf8(head):
        return False
    root = _root_at(head)
    return root >= 0 and _CONTROL.search(head, 0, root) is None


def _scan_part(workbook: GuardedZip, name: str) -> None:
    # A workbook's parts are small: each is inflated whole, and read as the one chunk
    # ``chunks`` would yield (none for an empty part), without a generator per part.
    whole = workbook.small_entry(workbook.entries[name])
    pieces = workbook.chunks(name) if whole is None else (whole,) if whole else ()
    tail = b""
    first = True
    for chunk in pieces:
        if first and _not_utf8(chunk):
            raise workbook.refuse(
                f"la parte «{shown_name(name)}» del libro no está codificada en UTF-8"
            )
        first = False
        window = tail + chunk
        # Every marker starts with «<!»: a part without one (nearly all) needs no lowering.
        if b"<!" in window and any(marker in window.lower() for marker in _MARKERS):
            raise workbook.refuse(
                f"la parte «{shown_name(name)}» del libro declara un DOCTYPE o entidades XML "
                "(posible bomba XML)"
            )
        # Keep the end of this chunk so a marker split across two chunks is still found.
        tail = window[-_OVERLAP:]


_NOT_A_WORKBOOK = "un libro de Excel (.xlsx)"


def check_workbook(
    data: bytes, label: str, *, parsed: bool = True, refused: Refusal = PackageRefusedError
) -> int:
    """Refuse a workbook that is not a safe xlsx; return how many XML parts were scanned.

    ``parsed=False``: the workbook is only kept (a package's), never read by this program, and
    a part whose prolog is plain is not inflated past it. ``refused``: how it is refused (a
    package's workbook: as damage of the package).

    Raises:
        PackageRefusedError: the workbook is not a zip, breaks a limit, or holds a hostile part.
    """
    # A text or a PDF renamed «.xlsx» is said as what it is not: a workbook, not a «zip».
    limits = WORKBOOK_LIMITS if parsed else _KEPT_WORKBOOK_LIMITS
    with open_guarded(data, limits, label, _NOT_A_WORKBOOK, refused=refused) as workbook:
        if _CONTENT_TYPES not in workbook.entries:
            raise workbook.refuse(f"no es {_NOT_A_WORKBOOK}")
        scanned = 0
        for name in workbook.entries:
            if _is_xml_part(name):
                if parsed or not _prolog_only(workbook, name):
                    _scan_part(workbook, name)
                scanned += 1
    return scanned
