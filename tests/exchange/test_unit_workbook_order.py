"""A unit's filled workbook has no sequence: an older copy received after a newer one is refused.

A unit may send its workbook twice (once partly filled, once complete); taken in the wrong
order, the older copy put back the figures the newer one had replaced. When each was saved
(Excel and LibreOffice write it into the file) tells them apart.
"""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.figures import Series
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.intake.packages import apply_package, check_package
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.store.store import Store
from ism_desktop.workspace.quarter_closing import reopen_quarter
from tests.exchange.workbook_builders import first_quarter_cell

AUTHOR = Author("Unidad coordinadora", "pruebas")
CORE = "docProps/core.xml"
MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _saved(path: Path, moment: str | None) -> None:
    """Set when the file says it was saved (``None``: it does not say), as a save then would."""
    with zipfile.ZipFile(path) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            if info.filename == CORE:
                replacement = rb"" if moment is None else rb"\g<1>" + moment.encode() + rb"\g<2>"
                data, found = MODIFIED.subn(replacement, data)
                assert found == 1
            archive.writestr(info, data)


def _filled(store: Store, folder: Path, achieved: int, saved: str | None) -> Path:
    """Unit 004's workbook of the first quarter, its first meta's achieved figure typed."""
    folder.mkdir()
    path = first_quarter_cell(folder, store, achieved)
    _saved(path, saved)
    return path


def _achieved(store: Store) -> Decimal | None:
    meta = store.reports.load_unit_metas(2024, "30", UnitCode("004"))[0]
    return meta.num.value(Series.ACHIEVED, Quarter.FIRST)


def _receive(store: Store, path: Path) -> None:
    apply_package(store, check_package(store, path))
    # Received, the quarter closes: the coordinator reopens it for the other copy, as told to.
    reopen_quarter(store, 2024, UnitCode("004"), Quarter.FIRST, "llegó otro libro", AUTHOR)


@pytest.mark.usefixtures("hermosillo")  # the moments said in Sonora's time, as staff read them
def test_an_older_copy_after_a_newer_one_is_refused(coordinator: Store, tmp_path: Path) -> None:
    newer = _filled(coordinator, tmp_path / "nuevo", 390, "2024-04-05T16:00:00Z")
    older = _filled(coordinator, tmp_path / "viejo", 380, "2024-04-03T16:15:00Z")
    _receive(coordinator, newer)

    with pytest.raises(PackageRefusedError) as refused:
        check_package(coordinator, older)

    assert str(refused.value) == (
        f"«{older.name}»: este libro se guardó el 03/04/2024 a las 09:15, antes que el libro de "
        "la unidad 004 del trimestre 1 que ya se recibió (guardado el 05/04/2024 a las 09:00): "
        "es una copia anterior y desharía lo más nuevo; pida a la unidad su libro más reciente"
    )
    assert _achieved(coordinator) == 390


def test_copies_in_the_order_they_were_saved_are_both_taken(
    coordinator: Store, tmp_path: Path
) -> None:
    older = _filled(coordinator, tmp_path / "viejo", 380, "2024-04-03T16:15:00Z")
    newer = _filled(coordinator, tmp_path / "nuevo", 390, "2024-04-05T16:00:00Z")

    _receive(coordinator, older)
    _receive(coordinator, newer)

    assert _achieved(coordinator) == 390


def test_a_copy_that_does_not_say_when_it_was_saved_is_taken(
    coordinator: Store, tmp_path: Path
) -> None:
    newer = _filled(coordinator, tmp_path / "nuevo", 390, "2024-04-05T16:00:00Z")
    silent = _filled(coordinator, tmp_path / "mudo", 380, None)
    _receive(coordinator, newer)

    _receive(coordinator, silent)

    assert _achieved(coordinator) == 380
