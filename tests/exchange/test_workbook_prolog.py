"""A package's workbook is read up to each part's root element: a DOCTYPE is found wherever XML
allows one, and what follows the root is not inflated (the workbook is kept, never opened)."""

from __future__ import annotations

import hashlib
import itertools
import zlib
from collections.abc import Iterator

import pytest

from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.exchange.package.workbook_guard import check_workbook
from ism_desktop.exchange.package.zip_guard import CHUNK_BYTES
from tests.exchange.package_builders import zip_bytes

DOCTYPE = b'<!DOCTYPE hoja [<!ENTITY a "b">]>'
REFUSED = (
    "la parte «xl/styles.xml» del libro declara un DOCTYPE o entidades XML (posible bomba XML)"
)
# What may come before a root element, an unusual comment and instruction among them.
PIECES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    b"\r\n\t ",
    b"<!-- <hoja> no es la raiz -- ni esto -->",
    b'<?mso-application progid="Excel.Sheet"?>',
    b"<!---->",
)
ROOT = b'<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'


def _workbook(part: bytes) -> bytes:
    return zip_bytes([("[Content_Types].xml", b"<Types/>"), ("xl/styles.xml", part)])


def _prologs() -> Iterator[tuple[bytes, ...]]:
    for length in range(4):
        yield from itertools.product(PIECES, repeat=length)


def _reason(part: bytes, *, parsed: bool) -> str | None:
    try:
        check_workbook(_workbook(part), "libro", parsed=parsed)
    except PackageRefusedError as exc:
        return exc.reason
    return None


@pytest.mark.parametrize("parsed", [False, True])
@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_a_doctype_wherever_the_prolog_allows_one_is_refused(parsed: bool, bom: bytes) -> None:
    for prolog in _prologs():
        for at in range(len(prolog) + 1):
            part = bom + b"".join((*prolog[:at], DOCTYPE, *prolog[at:])) + ROOT
            assert _reason(part, parsed=parsed) == REFUSED, part


@pytest.mark.parametrize("parsed", [False, True])
def test_a_plain_prolog_is_accepted(parsed: bool) -> None:
    for prolog in _prologs():
        part = b"".join(prolog) + ROOT
        assert _reason(part, parsed=parsed) is None, part


@pytest.mark.parametrize(
    "before",
    [
        b"<!-- " + b"x" * 8000 + b" -->",  # longer than what is inflated first
        b" " * (CHUNK_BYTES + 10),
        b"<?pi sin cerrar " + b"y" * 5000,
        b"basura ",
        b"<!-- sin cerrar ",
        b"</cierre>",
        b"< espacio>",
    ],
)
def test_a_doctype_after_an_unusual_start_is_found_by_reading_the_whole_part(
    before: bytes,
) -> None:
    assert _reason(before + DOCTYPE + ROOT, parsed=False) == REFUSED


def test_a_large_part_is_read_up_to_its_root_too() -> None:
    rows = b"<row/>" * (2 * CHUNK_BYTES)
    plain = PIECES[0] + b"<worksheet><sheetData>" + rows + b"</sheetData></worksheet>"
    hostile = PIECES[0] + DOCTYPE + b"<worksheet><sheetData>" + rows + b"</sheetData></worksheet>"

    assert _reason(plain, parsed=False) is None
    assert _reason(hostile, parsed=False) == REFUSED


def test_a_part_not_in_utf8_is_refused_before_its_prolog_is_read() -> None:
    part = (PIECES[0].decode() + ROOT.decode()).encode("utf-16")

    assert (
        _reason(part, parsed=False)
        == "la parte «xl/styles.xml» del libro no está codificada en UTF-8"
    )


def test_a_nul_byte_near_the_start_is_refused_as_before() -> None:
    part = PIECES[0] + ROOT + b"\x00" + b" " * 100

    assert _reason(part, parsed=False) == _reason(part, parsed=True)
    assert _reason(part, parsed=False) == (
        "la parte «xl/styles.xml» del libro no está codificada en UTF-8"
    )


def test_after_the_root_a_kept_workbook_is_not_inflated_an_opened_one_is() -> None:
    # Past the root XML can declare nothing: such text is only data. A workbook this program
    # opens is still read whole, and refused for it; a package's, which it only keeps, is not.
    # Text that hardly compresses, so that the stream's last bytes hold the part's last bytes.
    text = b"".join(hashlib.sha256(bytes([n])).hexdigest().encode() for n in range(200))
    part = PIECES[0] + b"<worksheet><t><![CDATA[<!DOCTYPE x>]]></t>" + text + b"</worksheet>"
    damaged = bytearray(_workbook(part))
    packed = zlib.compress(part)[2:-4]  # the raw stream zipfile wrote (same level and data)
    where = damaged.find(packed[-40:])
    assert where > 0
    damaged[where : where + 8] = b"\xff" * 8  # the end of the part's stream no longer inflates

    assert _reason(part, parsed=False) is None
    assert _reason(part, parsed=True) == REFUSED
    check_workbook(bytes(damaged), "libro", parsed=False)
    with pytest.raises(PackageRefusedError, match="está dañada"):
        check_workbook(bytes(damaged), "libro", parsed=True)
