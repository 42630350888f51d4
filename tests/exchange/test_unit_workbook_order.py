"""A unit's filled workbook has no sequence: an older copy received after a newer one is noted.

A unit may send its workbook twice (once partly filled, once complete); taken in the wrong
order, the older copy put back the figures the newer one had replaced, without a word. When
each was saved (written into the file) tells them apart, but not surely (a PC's clock, a program
writing local time as UTC): the review says so, and the person decides.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.intake.packages import apply_package, check_package
from ism_desktop.store.store import Store
from ism_desktop.workspace.quarter_closing import reopen_quarter
from tests.exchange.workbook_builders import first_quarter_cell

pytestmark = pytest.mark.usefixtures("hermosillo")  # moments said in Sonora's time, as read
AUTHOR = Author("Unidad coordinadora", "pruebas")
MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")
APPLICATION = re.compile(rb"(<Application>)[^<]*(</Application>)")
LIBREOFFICE = "LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2"
EXCEL_EARLIER, EXCEL_LATER = "2024-04-03T16:15:00Z", "2024-04-05T16:00:00Z"


def _rewritten(path: Path, member: str, pattern: re.Pattern[bytes], value: str | None) -> None:
    with zipfile.ZipFile(path) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            if info.filename == member:
                replacement = rb"" if value is None else rb"\g<1>" + value.encode() + rb"\g<2>"
                data, found = pattern.subn(replacement, data)
                assert found == 1
            archive.writestr(info, data)


def _filled(
    store: Store, folder: Path, achieved: int, saved: str | None, by: str | None = None
) -> Path:
    """Unit 004's first-quarter workbook, a figure typed, saved when and by what it says."""
    folder.mkdir()
    path = first_quarter_cell(folder, store, achieved)
    _rewritten(path, "docProps/core.xml", MODIFIED, saved)
    if by is not None:
        _rewritten(path, "docProps/app.xml", APPLICATION, by)
    return path


def _receive(store: Store, path: Path) -> None:
    apply_package(store, check_package(store, path))
    # Received, the quarter closes: the coordinator reopens it for the other copy, as told to.
    reopen_quarter(store, 2024, UnitCode("004"), Quarter.FIRST, "llegó otro libro", AUTHOR)


def _older(notes: tuple[str, ...]) -> list[str]:
    return [note for note in notes if "puede ser una copia anterior" in note]


def test_an_older_copy_after_a_newer_one_is_noted_before_it_is_taken(
    coordinator: Store, tmp_path: Path
) -> None:
    newer = _filled(coordinator, tmp_path / "nuevo", 390, EXCEL_LATER)
    older = _filled(coordinator, tmp_path / "viejo", 380, EXCEL_EARLIER)
    _receive(coordinator, newer)

    notes = check_package(coordinator, older).diff.notes

    assert _older(notes) == [
        "este libro dice que se guardó el 03/04/2024 a las 09:15, antes que el libro de la "
        "unidad 004 del trimestre 1 que ya se recibió (guardado el 05/04/2024 a las 09:00): "
        "puede ser una copia anterior, y recibirlo desharía lo más nuevo; revise sus cambios "
        "antes de guardarlos"
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # In the order they were saved.
        ((EXCEL_EARLIER, None), (EXCEL_LATER, None)),
        # The second does not say when it was saved.
        ((EXCEL_LATER, None), (None, None)),
        # LibreOffice writes the local time with a «Z»: 10:01 in Sonora came as «10:01Z», was
        # read as 03:01, before the Excel copy of 09:00, and the newest copy was held back.
        ((EXCEL_LATER, None), ("2024-04-05T10:01:00Z", LIBREOFFICE)),
        # The first kept no saving time (none in the file, or received by an earlier version,
        # which kept the moment it was read): that moment is no measure of the second.
        ((None, None), (EXCEL_LATER, None)),
    ],
)
def test_a_copy_not_known_to_be_older_gets_no_note(
    coordinator: Store,
    tmp_path: Path,
    first: tuple[str | None, str | None],
    second: tuple[str | None, str | None],
) -> None:
    received = _filled(coordinator, tmp_path / "primero", 380, *first)
    other = _filled(coordinator, tmp_path / "segundo", 390, *second)
    _receive(coordinator, received)

    assert _older(check_package(coordinator, other).diff.notes) == []


def test_a_second_copy_of_a_workbook_made_before_the_first_was_received_has_no_met_note(
    coordinator: Store, tmp_path: Path
) -> None:
    # Made before any figure was in, the quarter's MET cells are blank: received once, the base
    # holds a MET, and each blank cell of the second copy was said «está vacío» though nobody
    # typed there (the MET is made of the figures typed, as always).
    first = _filled(coordinator, tmp_path / "primero", 380, EXCEL_EARLIER)
    second = _filled(coordinator, tmp_path / "segundo", 390, EXCEL_LATER)
    _receive(coordinator, first)

    notes = check_package(coordinator, second).diff.notes

    assert [note for note in notes if "celda" in note] == []
