"""A unit's filled workbook read back: hostile or foreign files are refused, never a crash."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from ism_desktop.domain.audit import Author, TargetChangeReason
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_achieved, with_modified
from ism_desktop.domain.figures import Series
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.intake.diff import diff_text
from ism_desktop.exchange.intake.packages import apply_package, check_package
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.exchange.unit_workbook import series_column, write_unit_workbook
from ism_desktop.store.store import Store
from ism_desktop.workspace.year_programme import write_year_template
from tests.exchange.workbook_builders import first_quarter_cell

Damage = Callable[[Path, Store], Path]


def _workbook(store: Store, folder: Path) -> Path:
    return write_unit_workbook(store, UnitCode("004"), Quarter.SECOND, folder)


def _not_a_zip(folder: Path, _store: Store) -> Path:
    path = folder / "falso.xlsx"
    path.write_bytes(b"PK\x03\x04 esto no es un libro")
    return path


def _a_template(folder: Path, store: Store) -> Path:
    path = folder / "plantilla.xlsx"
    write_year_template(store, 2024, path)
    return path


def _map_edited(folder: Path, store: Store) -> Path:
    path = _workbook(store, folder)
    book = openpyxl.load_workbook(path)
    book["ismavance"]["B9"] = "aquí"
    book.save(path)
    return path


def _other_year(folder: Path, store: Store) -> Path:
    path = _workbook(store, folder)
    book = openpyxl.load_workbook(path)
    book["ismavance"]["B2"] = 2031
    book.save(path)
    return path


def _unknown_meta(folder: Path, store: Store) -> Path:
    path = _workbook(store, folder)
    book = openpyxl.load_workbook(path)
    book["ismavance"]["A9"] = "0123456789abcdef"
    book.save(path)
    return path


def _description_changed(folder: Path, store: Store) -> Path:
    path = _workbook(store, folder)
    book = openpyxl.load_workbook(path)
    top = book["ismavance"]["B8"].value
    book["004"][f"A{top}"] = "OTRA META"
    book.save(path)
    return path


def _decimal_comma(folder: Path, store: Store) -> Path:
    # "1,5" typed as text in the quarter's achieved cell: read as 15 before, without a word.
    path = _workbook(store, folder)
    book = openpyxl.load_workbook(path)
    top = book["ismavance"]["B8"].value
    sheet = book["004"]
    column = series_column(sheet, "REALIZADO") + Quarter.SECOND.index
    sheet.cell(top + 1, column, "1,5")
    book.save(path)
    return path


def _negative(folder: Path, store: Store) -> Path:
    # A negative achieved figure: it crashed the reading («cannot access local variable»).
    path = _workbook(store, folder)
    book = openpyxl.load_workbook(path)
    top = book["ismavance"]["B8"].value
    sheet = book["004"]
    sheet.cell(top + 1, series_column(sheet, "REALIZADO") + Quarter.SECOND.index, -2)
    book.save(path)
    return path


def _cell_set(column_title: str, offset: int, value: object) -> Damage:
    """The first meta's cell in the quarter's column of ``column_title`` (or column A) set."""

    def damage(folder: Path, store: Store) -> Path:
        path = _workbook(store, folder)
        book = openpyxl.load_workbook(path)
        top = book["ismavance"]["B8"].value
        sheet = book["004"]
        column = 1 if not column_title else series_column(sheet, column_title) + 1
        sheet.cell(top + offset, column).value = value
        book.save(path)
        return path

    return damage


def _evaluations_swapped(folder: Path, store: Store) -> Path:
    # The map's evaluation rows of two metas swapped: each meta took the other's text.
    path = _workbook(store, folder)
    book = openpyxl.load_workbook(path)
    hidden = book["ismavance"]
    hidden["C8"], hidden["C9"] = hidden["C9"].value, hidden["C8"].value
    book.save(path)
    return path


def _last_map_row_lost(folder: Path, store: Store) -> Path:
    # The map's last row deleted: the figure typed for that meta was dropped, the quarter closed.
    path = _workbook(store, folder)
    book = openpyxl.load_workbook(path)
    hidden = book["ismavance"]
    hidden.delete_rows(hidden.max_row)
    book.save(path)
    return path


def _map_set(column: str, key: str, value: object) -> Damage:
    # The hidden map pointing outside the sheet, or at another sheet: «falla inesperada».
    def damage(folder: Path, store: Store) -> Path:
        path = _workbook(store, folder)
        book = openpyxl.load_workbook(path)
        hidden = book["ismavance"]
        row = next(r for r in range(1, hidden.max_row + 1) if hidden[f"A{r}"].value == key)
        hidden[f"{column}{row}"] = value
        book.save(path)
        return path

    return damage


def _first_meta_row(value: int) -> Damage:
    def damage(folder: Path, store: Store) -> Path:
        path = _workbook(store, folder)
        book = openpyxl.load_workbook(path)
        book["ismavance"]["B8"] = value
        book.save(path)
        return path

    return damage


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        # «no es un archivo zip válido»: true, and meaningless to whoever named it «.xlsx».
        (_not_a_zip, "no es un libro de Excel (.xlsx)"),
        (_negative, "«-2» es negativa"),
        (_a_template, "no es un libro para llenar de ISM Avance"),
        (_map_edited, "la hoja oculta del libro fue modificada"),
        (_other_year, "no tiene metas de la unidad 004 en el ejercicio 2031"),
        (_unknown_meta, "la meta 0123456789abcdef no es del programa 2024"),
        (_description_changed, "debe decir «"),
        (_decimal_comma, "«1,5»: la coma solo separa los miles"),
        (_last_map_row_lost, "no trae la meta «"),
        (_first_meta_row(-1), "la hoja oculta del libro fue modificada"),
        (_first_meta_row(1_048_576), "la hoja oculta del libro fue modificada"),
        (_map_set("B", "hoja", "ismavance"), "la hoja oculta del libro fue modificada"),
        # «falla inesperada al recibirlo ([<class 'decimal.InvalidOperation'>])».
        (_cell_set("REALIZADO", 1, "NaN"), "«NaN» no es una cifra"),
        (_cell_set("REALIZADO", 1, "Infinity"), "«Infinity» no es una cifra"),
        # A formula in the evaluation was received as its text, and printed so.
        (_cell_set("", 4, '="SE REALIZARON "&P11'), "hay una fórmula"),
        (_evaluations_swapped, "la hoja oculta del libro fue modificada"),
    ],
)
def test_a_bad_workbook_is_refused_with_its_reason(
    coordinator: Store, tmp_path: Path, damage: Damage, reason: str
) -> None:
    path = damage(tmp_path, coordinator)
    before = coordinator.reports.load_year_metas(2024)

    with pytest.raises(PackageRefusedError) as refused:
        check_package(coordinator, path)

    assert reason in str(refused.value)
    assert coordinator.reports.load_year_metas(2024) == before


def test_a_workbook_with_an_error_is_refused_as_its_export_would_be(
    coordinator: Store, tmp_path: Path
) -> None:
    # The program refuses to export a quarter with an error; a filled workbook is held to the
    # same rules, or it would be received and close the unit's quarter with the error in it.
    # The cell is named (P11: REALIZADO, PRIMERO, the NUM row), as a locked cell's note is.
    path = first_quarter_cell(tmp_path, coordinator, None)
    before = coordinator.reports.load_year_metas(2024)

    with pytest.raises(PackageRefusedError) as refused:
        check_package(coordinator, path)

    assert str(refused.value).startswith(
        f"«{path.name}»: tiene errores que impiden recibirlo (como impedirían exportar su "
        "paquete): hoja 004, celda P11, meta «APOYO Y GESTIONES SOCIALES PARA LA IGUALDAD.»: "
        "Falta el realizado"
    )
    assert coordinator.reports.load_year_metas(2024) == before
    entity = next(m.key.entity for m in before if m.key.unit == UnitCode("004"))
    assert coordinator.closures.is_closed(2024, entity, UnitCode("004"), Quarter.FIRST) is False


def test_a_workbook_s_warnings_are_counted_as_a_package_s(
    coordinator: Store, tmp_path: Path
) -> None:
    # 900 against 500 programmed: out of the 90–110 % band, with no cause given.
    path = first_quarter_cell(tmp_path, coordinator, 900)

    incoming = check_package(coordinator, path)

    received = incoming.intake.received
    assert received.warnings > 0
    assert received.unresolved_warnings == received.warnings


def _bad_xml(folder: Path, store: Store) -> Path:
    # A character reference XML forbids, or a tag left open: openpyxl's parser raised, and the
    # receipt said «falla inesperada al recibirlo (reference to invalid character number…)».
    path = _workbook(store, folder)
    damaged = folder / "dañado.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = data.replace(b"<c ", b"<c & ", 1)
            target.writestr(item, data)
    return damaged


def test_a_workbook_whose_xml_is_broken_is_refused_in_spanish(
    coordinator: Store, tmp_path: Path
) -> None:
    path = _bad_xml(tmp_path, coordinator)

    with pytest.raises(PackageRefusedError) as refused:
        check_package(coordinator, path)

    assert str(refused.value) == f"«{path.name}»: no es un libro de Excel legible"


def test_a_workbook_made_before_the_targets_changed_is_still_received(
    coordinator: Store, tmp_path: Path
) -> None:
    # Its locked cells show the modified targets of the day it was made; the programme's
    # changed since. Refused for them, it blamed the unit for cells it could not touch.
    path = write_unit_workbook(coordinator, UnitCode("004"), Quarter.FIRST, tmp_path)
    meta = coordinator.reports.load_unit_metas(2024, "30", UnitCode("004"))[0]
    changed = with_modified(meta, Quarter.THIRD, Decimal(777), None)
    author = Author("Unidad coordinadora (002)", "prueba")
    coordinator.edits.save(2024, meta, changed, author, TargetChangeReason("Oficio 12/2024"))

    received = check_package(coordinator, path)

    assert received.manifest.unit == UnitCode("004")


def _unprotected(store: Store, folder: Path) -> tuple[Path, openpyxl.Workbook, list[int]]:
    """The unit's first-quarter workbook opened with its sheet unprotected; each meta's top row."""
    path = write_unit_workbook(store, UnitCode("004"), Quarter.FIRST, folder)
    book = openpyxl.load_workbook(path)
    book["004"].protection.sheet = False
    tops = [row[1] for row in book["ismavance"].iter_rows(min_row=8, values_only=True)]
    return path, book, tops


def test_a_figure_typed_in_a_locked_cell_is_named_and_not_taken(
    coordinator: Store, tmp_path: Path
) -> None:
    # With the sheet unprotected, a unit typed the second quarter's achieved and a new modified
    # target into locked cells: both were dropped without a word, and the quarter closed.
    path, book, (top, *_) = _unprotected(coordinator, tmp_path)
    sheet = book["004"]
    sheet.cell(top + 1, series_column(sheet, "REALIZADO") + Quarter.SECOND.index).value = 40
    sheet.cell(top + 1, series_column(sheet, "MODIFICADO") + Quarter.THIRD.index).value = "777"
    book.save(path)

    incoming = check_package(coordinator, path)

    locked = "esa celda está bloqueada en el libro y no se toma; se conserva lo de esta base"
    assert incoming.diff.notes[:2] == (
        f"hoja 004, celda M{top + 1}: lo modificado NUM de T3 dice 777 y esta base tiene "
        f"400; {locked}",
        f"hoja 004, celda Q{top + 1}: el realizado NUM de T2 dice 40 y en esta base está "
        f"vacío; {locked}",
    )
    apply_package(coordinator, incoming)
    meta = coordinator.reports.load_unit_metas(2024, "30", UnitCode("004"))[0]
    assert meta.num.value(Series.ACHIEVED, Quarter.SECOND) is None
    assert meta.num.value(Series.MODIFIED, Quarter.THIRD) == Decimal(400)


def test_a_workbook_left_as_it_was_written_has_no_note(coordinator: Store, tmp_path: Path) -> None:
    path = write_unit_workbook(coordinator, UnitCode("004"), Quarter.FIRST, tmp_path)

    assert check_package(coordinator, path).diff.notes == ()


@pytest.mark.parametrize(
    ("typed", "said"),
    [(400, "dice 400"), ("cuatrocientos", "dice «cuatrocientos»"), ("1e999", "dice «1e999»")],
)
def test_the_quarter_typed_in_its_met_row_is_named(
    coordinator: Store, tmp_path: Path, typed: object, said: str
) -> None:
    # The MET row is the meta's first: a unit that unprotected the sheet typed the quarter there,
    # and the program read only its NUM row (still 386 from this database).
    path, book, (top, *_) = _unprotected(coordinator, tmp_path)
    sheet = book["004"]
    sheet.cell(top, series_column(sheet, "REALIZADO") + Quarter.FIRST.index).value = typed
    book.save(path)

    notes = check_package(coordinator, path).diff.notes

    assert notes[0] == (
        f"hoja 004, celda P{top}: el realizado MET de T1 {said} y se calcula de lo realizado "
        "del libro: 386; esa celda está bloqueada en el libro y no se toma"
    )


def test_a_column_typed_over_is_summed_up(coordinator: Store, tmp_path: Path) -> None:
    path, book, tops = _unprotected(coordinator, tmp_path)
    sheet = book["004"]
    for top in tops:
        sheet.cell(top + 1, series_column(sheet, "REALIZADO") + Quarter.FOURTH.index).value = 1
    book.save(path)

    notes = check_package(coordinator, path).diff.notes

    assert len(tops) == 7
    assert notes[5] == (
        "y 2 celdas bloqueadas más del libro no muestran lo que tiene esta base; tampoco se toman"
    )
    assert len(notes) == 6


def test_the_quarter_s_met_follows_its_num_without_a_note(
    coordinator: Store, tmp_path: Path
) -> None:
    # This database had 400 since the workbook was made (386); the workbook's NUM (386) is
    # taken and makes the MET. The note said «dice 386 y esta base tiene 400; … se conserva lo
    # de esta base», the opposite of what happened.
    path = write_unit_workbook(coordinator, UnitCode("004"), Quarter.FIRST, tmp_path)
    meta = coordinator.reports.load_unit_metas(2024, "30", UnitCode("004"))[0]
    author = Author("Unidad coordinadora (002)", "prueba")
    coordinator.edits.save(2024, meta, with_achieved(meta, Quarter.FIRST, Decimal(400)), author)

    incoming = check_package(coordinator, path)

    assert incoming.diff.notes == ()
    assert "Realizado T1 (NUM): 400 → 386" in diff_text(incoming.diff)


def test_a_formula_typed_over_a_locked_cell_is_named(coordinator: Store, tmp_path: Path) -> None:
    # Skipped as if the program had written it: it writes none in a quarter's cells.
    path, book, (top, *_) = _unprotected(coordinator, tmp_path)
    sheet = book["004"]
    column = series_column(sheet, "MODIFICADO") + Quarter.SECOND.index
    sheet.cell(top + 1, column).value = "=K10*2"
    book.save(path)

    notes = check_package(coordinator, path).diff.notes

    assert notes[0].startswith(f"hoja 004, celda L{top + 1}: lo modificado NUM de T2 dice «=K10*2»")


def test_a_workbook_filled_only_where_it_is_open_has_no_note(
    coordinator: Store, tmp_path: Path
) -> None:
    # Its MET cell keeps the figure of the day it was made; the NUM typed makes another MET.
    path = write_unit_workbook(coordinator, UnitCode("004"), Quarter.FIRST, tmp_path)
    book = openpyxl.load_workbook(path)
    top = book["ismavance"]["B8"].value
    sheet = book["004"]
    sheet.cell(top + 1, series_column(sheet, "REALIZADO") + Quarter.FIRST.index).value = 400
    book.save(path)

    assert check_package(coordinator, path).diff.notes == ()
