"""A package's workbook is read up to each part's root element: a DOCTYPE is found wherever XML
allows one, and what follows the root is not inflated (the workbook is kept, never opened)."""

from __future__ import annotations

import hashlib
import io
import itertools
import zipfile
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


def _damaged_at_the_end(part: bytes) -> bytes:
    """The workbook holding ``part``, its deflated stream broken in its last bytes."""
    damaged = bytearray(_workbook(part))
    packed = zlib.compress(part)[2:-4]  # the raw stream zipfile wrote (same level and data)
    where = damaged.find(packed[-40:])
    assert where > 0
    damaged[where : where + 8] = b"\xff" * 8  # the end of the part's stream no longer inflates
    return bytes(damaged)


# Text that hardly compresses, so that a stream's last bytes hold the part's last bytes.
HEX = b"".join(hashlib.sha256(bytes([n])).hexdigest().encode() for n in range(200))


@pytest.mark.parametrize("repeat", [1, 2 * CHUNK_BYTES // len(HEX)], ids=["small", "large"])
def test_after_the_root_a_kept_workbook_is_not_inflated_an_opened_one_is(repeat: int) -> None:
    # Past the root XML can declare nothing: such text is only data. A workbook this program
    # opens is still read whole, and refused for it; a package's, which it only keeps, is not.
    part = (
        PIECES[0] + b"<worksheet><t><![CDATA[<!DOCTYPE x>]]></t>" + HEX * repeat + b"</worksheet>"
    )
    damaged = _damaged_at_the_end(part)

    assert _reason(part, parsed=False) is None
    assert _reason(part, parsed=True) == REFUSED
    check_workbook(damaged, "libro", parsed=False)
    # Read whole, it is refused: for the damage, or (by chunks) for the marker met first.
    with pytest.raises(PackageRefusedError, match=r"está dañada|declara un DOCTYPE"):
        check_workbook(damaged, "libro", parsed=True)


NOT_UTF8 = "la parte «xl/styles.xml» del libro no está codificada en UTF-8"
ESC = b"\x1b"
# ISO-2022-JP: after ESC $ B the bytes are pairs of a kanji, so «?><a» is inside the instruction
# for a parser, though it reads as its end and a root element to a byte scan.
SHIFTED = (
    b'<?xml version="1.0" encoding="ISO-2022-JP"?><?p ' + ESC + b"$B?><a" + ESC + b"(B?>"
    + DOCTYPE + ROOT
)  # fmt: skip
# UTF-7 spells «<» as «+ADw-»: no marker a byte scan knows, a DOCTYPE all the same.
SEVEN = b'<?xml version="1.0" encoding="UTF-7"?>+ADw-!DOCTYPE r [+ADw-!ENTITY e "x"+AD4-]+AD4-<r/>'


@pytest.mark.parametrize("parsed", [False, True])
@pytest.mark.parametrize("part", [SHIFTED, SEVEN], ids=["iso-2022-jp", "utf-7"])
def test_a_part_declaring_another_encoding_than_utf8_is_refused(part: bytes, parsed: bool) -> None:
    assert _reason(part, parsed=parsed) == NOT_UTF8


@pytest.mark.parametrize("declared", [b"UTF-8", b"utf-8", b"Utf-8", b"utf8"])
def test_a_part_declaring_utf8_is_read(declared: bytes) -> None:
    plain = b'<?xml version="1.0" encoding="' + declared + b'" standalone="yes"?>' + ROOT
    hostile = b"<?xml version='1.0' encoding = '" + declared + b"'?>" + DOCTYPE + ROOT

    assert _reason(plain, parsed=False) is None
    assert _reason(hostile, parsed=False) == REFUSED


@pytest.mark.parametrize(
    "before",
    [
        b"<!--><a>-->",  # «<!-->» opens a comment; it does not close one
        b"<!--->x-->",
        b"<?p ><a ?>",  # an instruction ends at «?>», not at «>»
        b"<?p " + ESC + b"$B?><a" + ESC + b"(B?>",  # a control byte: read whole
    ],
)
@pytest.mark.parametrize("parsed", [False, True])
def test_what_looks_like_a_root_inside_a_comment_or_instruction_is_not_one(
    before: bytes, parsed: bool
) -> None:
    assert _reason(PIECES[0] + before + DOCTYPE + ROOT, parsed=parsed) == REFUSED


def test_a_stored_part_is_read_up_to_its_root_as_a_deflated_one() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("xl/styles.xml", PIECES[0] + DOCTYPE + ROOT)
    hostile = buffer.getvalue()

    with pytest.raises(PackageRefusedError, match="declara un DOCTYPE"):
        check_workbook(hostile, "libro", parsed=False)


def test_a_zip_needing_a_newer_version_to_read_is_refused_not_a_crash() -> None:
    workbook = bytearray(_workbook(PIECES[0] + ROOT))
    for found in _all(workbook, b"PK\x01\x02"):  # each entry's «version needed» in the directory
        workbook[found + 6] = 0x7D  # 12.5: no zip reader here knows it

    for parsed in (False, True):
        with pytest.raises(PackageRefusedError) as caught:
            check_workbook(bytes(workbook), "libro", parsed=parsed)
        assert caught.value.reason == "no es un libro de Excel (.xlsx)"


def _all(data: bytearray, marker: bytes) -> list[int]:
    found, at = [], data.find(marker)
    while at >= 0:
        found.append(at)
        at = data.find(marker, at + 1)
    return found
