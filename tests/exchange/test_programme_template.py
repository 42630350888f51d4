"""The programme template: written, filled with openpyxl as a person would, read back."""

from __future__ import annotations

import shutil
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from ism_desktop.domain.meta import MetaKind
from ism_desktop.exchange.programme_template_reader import TemplateError
from ism_desktop.store.store import Store
from ism_desktop.workspace.year_programme import (
    approve_year,
    import_year_template,
    new_year,
    write_year_template,
)
from tests.exchange.next_year import AUTHOR
from tests.exchange.next_year import store as store  # the fixture
from tests.exchange.programme_template_filling import TYPED, _fill, _filled, _rows


def test_the_template_protects_headers_and_lists_the_choices(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "plantilla.xlsx"
    count = write_year_template(store, 2025, path)

    book = openpyxl.load_workbook(path)
    sheet = book["004"]
    assert count == 56
    assert sheet.protection.sheet is True
    assert sheet["D4"].value == "Descripción de la meta"
    assert sheet["D4"].protection.locked
    assert sheet["A5"].protection.locked
    assert not sheet["I5"].protection.locked
    assert sheet["M5"].protection.locked
    assert str(sheet["M5"].value).startswith("=")
    ranges = {
        str(v.sqref).split(":")[0][0]: v.formula1 for v in sheet.data_validations.dataValidation
    }
    assert ranges["F"] == '"A,P"'
    assert ranges["G"] == '"SI,NO"'
    assert ranges["E"].startswith("listas!")
    assert book["listas"].sheet_state == "hidden"


def test_every_mistake_is_named_with_its_cell_and_nothing_is_stored(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "plantilla.xlsx"
    write_year_template(store, 2025, path)
    _fill(path)
    before = store.reports.load_year_metas(2025)
    met_004 = _rows(path, "004", "MET")
    den_rows = {name: _rows(path, name, "DEN") for name in openpyxl.load_workbook(path).sheetnames}
    p_sheet = next(name for name, rows in den_rows.items() if rows and name != "listas")
    deleted = den_rows[p_sheet][0]
    book = openpyxl.load_workbook(path)
    book["004"][f"J{met_004[0]}"] = "diez"
    book["004"][f"K{met_004[1]}"] = "=5*2"
    book["004"][f"M{met_004[2]}"] = 123
    book["009"]["D4"] = "Descripción"
    book[p_sheet].delete_rows(deleted)
    book.save(path)

    with pytest.raises(TemplateError) as refused:
        import_year_template(store, 2025, path, AUTHOR)

    problems = refused.value.problems
    expected_starts = [
        f"Hoja 004, celda J{met_004[0]}: «diez» no es una cifra",
        f"Hoja 004, celda K{met_004[1]}: hay una fórmula («=5*2»)",
        f"Hoja 004, celda M{met_004[2]}: el anual se calcula solo",
        "Hoja 009, celda D4: el encabezado debe decir «Descripción de la meta»",
        f"Hoja {p_sheet}, celda H{deleted}: falta la fila DEN de la meta",
    ]
    for start in expected_starts:
        assert any(p.startswith(start) for p in problems), (start, problems)
    assert len(problems) == len(expected_starts), problems
    assert store.reports.load_year_metas(2025) == before


def test_the_correct_file_imports_exactly_and_approval_locks_it(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "plantilla.xlsx"
    write_year_template(store, 2025, path)
    _fill(path)

    done = import_year_template(store, 2025, path, AUTHOR)

    metas = store.reports.load_year_metas(2025)
    assert (done.added, done.changed, done.retired) == (0, 56, 0)
    for meta in metas:
        if meta.kind is MetaKind.ABSOLUTE:
            assert meta.num.original == tuple(map(Decimal, TYPED["MET"]))
            assert meta.num.original_annual == (10 if meta.cumulative else 4)
        else:
            assert meta.den is not None
            assert meta.num.original == tuple(map(Decimal, TYPED["NUM"]))
            assert meta.den.original == tuple(map(Decimal, TYPED["DEN"]))
            # SI: 18 / 30; NO: the last programmed quarter, 7 / 10.
            assert meta.met.original_annual == (Decimal("60.00") if meta.cumulative else 70)
        assert meta.num.modified == meta.num.original
        assert all(value is None for value in meta.num.achieved)

    approve_year(store, 2025, "Unidad coordinadora")
    changed = tmp_path / "cambiada.xlsx"
    shutil.copy(path, changed)
    book = openpyxl.load_workbook(changed)
    row = _rows(changed, "004", "MET")[0]
    book["004"][f"I{row}"] = 99
    book.save(changed)
    with pytest.raises(TemplateError) as refused:
        import_year_template(store, 2025, changed, AUTHOR)
    assert refused.value.problems == (
        f"Hoja 004, celda I{row}: el programa 2025 está aprobado; lo programado original no "
        "cambia (era 1)",
    )
    # The unchanged file still reads: nothing to change, nothing refused.
    assert import_year_template(store, 2025, path, AUTHOR).changed == 0


def test_a_template_with_a_bomb_inside_is_refused_without_expanding_it(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "plantilla.xlsx"
    write_year_template(store, 2025, path)
    hostile = tmp_path / "bomba.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(hostile, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = bytes(30 * 1024 * 1024)  # 30 MiB of zeros, a few KiB compressed
            target.writestr(item.filename, data, zipfile.ZIP_DEFLATED)
    before = store.reports.load_year_metas(2025)

    with pytest.raises(TemplateError) as refused:
        import_year_template(store, 2025, hostile, AUTHOR)

    assert "bomba.xlsx" in str(refused.value.problems[0])
    assert "crecería" in str(refused.value.problems[0])
    assert store.reports.load_year_metas(2025) == before


def test_importing_a_template_first_keeps_a_copy_named_for_it(
    seed_text: str, tmp_path: Path
) -> None:
    from ism_desktop.domain.report import ImportSource
    from ism_desktop.exchange.etca.text import parse_etca_text
    from ism_desktop.platform import backups_dir
    from ism_desktop.workspace.backups import copies_of

    database = tmp_path / "coordinadora.sqlite3"
    with Store.open(database) as coordinator:
        report = parse_etca_text(seed_text).report
        coordinator.reports.save(report, ImportSource("seed.txt", "0" * 64))
        new_year(coordinator, 2025, 2024, AUTHOR)
        path = tmp_path / "plantilla.xlsx"
        write_year_template(coordinator, 2025, path)
        _fill(path)

        import_year_template(coordinator, 2025, path, AUTHOR)

    newest = copies_of(database, backups_dir())[0]
    # Named with its year and file: two imports read the same in the list of copies.
    assert newest.reason == "antes de importar la plantilla del programa 2025 (plantilla.xlsx)"


@pytest.mark.parametrize(("typed", "imports"), [("2025", True), (" 2025 ", True), (None, False)])
def test_the_year_typed_as_text_is_read_and_a_missing_one_is_named(
    store: Store, tmp_path: Path, typed: str | None, imports: bool
) -> None:
    path = _filled(store, tmp_path)
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        if sheet.title != "listas":
            sheet["B2"] = typed
    book.save(path)

    if imports:
        import_year_template(store, 2025, path, AUTHOR)
        assert store.reports.load_year_metas(2025)
        return
    with pytest.raises(TemplateError) as refused:
        import_year_template(store, 2025, path, AUTHOR)
    said = " ".join(refused.value.problems)
    assert "no dice de qué ejercicio es (debe decir 2025)" in said
    assert "None" not in said


def test_importing_the_same_template_again_changes_nothing_and_copies_nothing(
    seed_text: str, tmp_path: Path
) -> None:
    from ism_desktop.domain.report import ImportSource
    from ism_desktop.exchange.etca.text import parse_etca_text
    from ism_desktop.platform import backups_dir
    from ism_desktop.workspace.backups import copies_of
    from ism_desktop.workspace.year_programme import describe_changes

    database = tmp_path / "coordinadora.sqlite3"
    with Store.open(database) as coordinator:
        coordinator.reports.save(parse_etca_text(seed_text).report, ImportSource("s.txt", "0" * 64))
        new_year(coordinator, 2025, 2024, AUTHOR)
        path = tmp_path / "plantilla.xlsx"
        write_year_template(coordinator, 2025, path)
        _fill(path)
        import_year_template(coordinator, 2025, path, AUTHOR)
        copies = len(copies_of(database, backups_dir()))
        metas = coordinator.reports.load_year_metas(2025)
        history = [coordinator.edits.history(2025, meta.stable_id) for meta in metas]

        again = import_year_template(coordinator, 2025, path, AUTHOR)

        # Before, each identical import added one more copy (a .sqlite3 and its .json).
        assert len(copies_of(database, backups_dir())) == copies
        assert not again.written
        assert (again.added, again.changed, again.retired) == (0, 0, 0)
        assert describe_changes(2025, again) == (
            "Programa 2025: la plantilla es igual al programa guardado; no se cambió nada."
        )
        assert coordinator.reports.load_year_metas(2025) == metas
        assert [coordinator.edits.history(2025, meta.stable_id) for meta in metas] == history
