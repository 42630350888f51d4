"""The programme template: written, filled with openpyxl as a person would, read back."""

from __future__ import annotations

import shutil
import zipfile
from dataclasses import replace
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

# Per row label, the four original quarters typed; annuals by VAL. ACUM. are worked out below.
TYPED = {"MET": (1, 2, 3, 4), "NUM": (5, 6, 7, 0), "DEN": (10, 10, 10, 0)}


def _fill(path: Path) -> None:
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        for row in range(5, sheet.max_row + 1):
            label = sheet.cell(row, 8).value
            if sheet.title != "listas" and sheet.cell(row, 1).value and label in TYPED:
                for offset, value in enumerate(TYPED[label]):
                    sheet.cell(row, 9 + offset, value)
    book.save(path)


def _filled(store: Store, tmp_path: Path) -> Path:
    """The 2025 template, written and filled with ``TYPED``."""
    path = tmp_path / "plantilla.xlsx"
    write_year_template(store, 2025, path)
    _fill(path)
    return path


def _rows(path: Path, sheet: str, label: str) -> list[int]:
    book = openpyxl.load_workbook(path)
    return [r for r in range(5, book[sheet].max_row + 1) if book[sheet].cell(r, 8).value == label]


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


def _only_problem(store: Store, path: Path) -> str:
    """The one problem the import of ``path`` is refused for; nothing was stored."""
    before = store.reports.load_year_metas(2025)
    with pytest.raises(TemplateError) as refused:
        import_year_template(store, 2025, path, AUTHOR)
    (problem,) = refused.value.problems
    assert store.reports.load_year_metas(2025) == before
    return problem


def test_a_decimal_comma_is_named_not_read_as_ten_times(store: Store, tmp_path: Path) -> None:
    path = _filled(store, tmp_path)
    met_004 = _rows(path, "004", "MET")
    book = openpyxl.load_workbook(path)
    book["004"][f"L{met_004[0]}"] = "1,5"  # T4 typed as text with a decimal comma
    book.save(path)

    problem = _only_problem(store, path)

    assert problem.startswith(f"Hoja 004, celda L{met_004[0]}: «1,5»")
    assert "la coma solo separa los miles" in problem


def test_a_fraction_in_a_counting_unit_is_refused_before_it_blocks_the_year(
    store: Store, tmp_path: Path
) -> None:
    path = _filled(store, tmp_path)
    book = openpyxl.load_workbook(path)
    sheet = book["004"]
    row = next(
        r
        for r in _rows(path, "004", "MET")
        if str(sheet.cell(r, 5).value).upper() in ("GESTIÓN", "PERSONA", "ACCIÓN", "ATENCIÓN")
    )
    sheet[f"K{row}"] = 2.5  # T3 of a meta that counts whole pieces
    book.save(path)
    before = store.reports.load_year_metas(2025)

    # Accepted before, then approved: the unit's every export was blocked by CIFRA_FRACCIONARIA
    # and no way was left to change an approved original.
    with pytest.raises(TemplateError) as refused:
        import_year_template(store, 2025, path, AUTHOR)

    (problem,) = refused.value.problems
    # Named by the row's own label: a tipo A meta has one row in the template, MET.
    assert problem.startswith(
        f"Hoja 004, celda K{row}: el original T3 (MET) es 2.5, pero la unidad"
    )
    assert problem.endswith("cuenta piezas enteras")
    assert store.reports.load_year_metas(2025) == before


def test_a_programme_holding_a_fraction_in_a_counting_unit_is_not_approved(
    store: Store, tmp_path: Path
) -> None:
    from ism_desktop.domain.year_programme import MetaDraft
    from ism_desktop.workspace.year_programme import ProgrammeError, save_meta

    path = _filled(store, tmp_path)
    import_year_template(store, 2025, path, AUTHOR)
    metas = store.reports.load_year_metas(2025)
    counted = next(
        m for m in metas if m.kind is MetaKind.ABSOLUTE and m.unit_of_measure == "PERSONA"
    )
    draft = MetaDraft.of(counted)
    fractional = replace(draft, num=(Decimal(1), Decimal(2), Decimal("2.5"), Decimal(4)))

    with pytest.raises(
        ProgrammeError,
        match=r"el original T3 \(NUM\) es 2\.5, pero la unidad de medida PERSONA cuenta piezas "
        r"enteras",
    ):
        save_meta(store, 2025, fractional, AUTHOR, replaces=counted.stable_id)
    # Stored by an earlier version, it is found before approval, never after.
    others = [m for m in metas if m.stable_id != counted.stable_id]
    store.year_programme.write(
        2025, [*others, fractional.to_meta()], [], AUTHOR, "2025-01-02T09:00:00+00:00", "prueba"
    )

    with pytest.raises(
        ProgrammeError, match=r"no se aprueba: .*el original T3 \(NUM\) es 2\.5"
    ) as refused:
        approve_year(store, 2025, "Unidad coordinadora")
    assert not store.years.is_approved(2025)
    # The meta is named by whole words: «…DE VIOLENCIA…», never «…DE VIOLEN».
    quoted = str(refused.value).split("«")[1].split("»")[0]
    assert len(counted.description) > 60
    assert quoted.endswith("…")
    assert counted.description[len(quoted) - 1] in " ,;:"
    assert counted.description.startswith(quoted[:-1])


def test_a_template_whose_annual_passes_the_bound_is_refused_naming_the_row(
    store: Store, tmp_path: Path
) -> None:
    # Accepted before and approved: every unit's base package was then refused (the figure
    # «no es una cifra admisible»), for good.
    path = _filled(store, tmp_path)
    met_004 = _rows(path, "004", "MET")
    book = openpyxl.load_workbook(path)
    book["004"][f"L{met_004[0]}"] = 999_999_999_999  # T4, under the bound; the annual is not
    book.save(path)

    problem = _only_problem(store, path)

    assert problem.startswith(f"Hoja 004, fila {met_004[0]}: el original anual (MET) es dema")


def test_a_percentage_metas_met_past_the_bound_is_named_at_its_num_cell(
    store: Store, tmp_path: Path
) -> None:
    # A tipo P meta has no MET row in the template: the cell named was «I0».
    path = _filled(store, tmp_path)
    sheet_name = next(
        name for name in openpyxl.load_workbook(path).sheetnames if _rows(path, name, "DEN")
    )
    den = _rows(path, sheet_name, "DEN")[0]
    num = next(r for r in reversed(_rows(path, sheet_name, "NUM")) if r < den)
    book = openpyxl.load_workbook(path)
    book[sheet_name][f"I{num}"] = 99_999_999_999
    book[sheet_name][f"I{den}"] = 0.000001
    book.save(path)

    problem = _only_problem(store, path)

    assert problem.startswith(f"Hoja {sheet_name}, celda I{num}: el original T1 (MET) es")


def test_texts_a_unit_could_not_receive_are_named_with_their_cells(
    store: Store, tmp_path: Path
) -> None:
    # A description of 30,000 characters, or a unit of measure of 5,000, imported and approved:
    # every programa base of that unit was then refused, and an approved programme cannot be
    # corrected.
    path = _filled(store, tmp_path)
    met_004 = _rows(path, "004", "MET")
    book = openpyxl.load_workbook(path)
    book["004"][f"D{met_004[0]}"] = "APOYOS " * 4000
    book["004"][f"E{met_004[1]}"] = "PERSONA" * 20
    book.save(path)
    before = store.reports.load_year_metas(2025)

    with pytest.raises(TemplateError) as refused:
        import_year_template(store, 2025, path, AUTHOR)

    assert list(refused.value.problems) == [
        f"Hoja 004, celda D{met_004[0]}: la descripción tiene 27\u00a0999 caracteres "
        "(máx. 2\u00a0000)",
        f"Hoja 004, celda E{met_004[1]}: la unidad de medida tiene 140 caracteres (máx. 100)",
    ]
    assert store.reports.load_year_metas(2025) == before


def test_a_figure_with_too_many_decimals_is_named_at_its_cell(store: Store, tmp_path: Path) -> None:
    # 1e-300 passed, and stopped the import later as «a figure stored by an older version».
    path = _filled(store, tmp_path)
    den_004 = _rows(path, "004", "DEN")
    book = openpyxl.load_workbook(path)
    book["004"][f"I{den_004[0]}"] = 1e-300
    book.save(path)

    with pytest.raises(TemplateError) as refused:
        import_year_template(store, 2025, path, AUTHOR)

    assert refused.value.problems[0].startswith(f"Hoja 004, celda I{den_004[0]}: «1e-300»")
    assert "decimales" in refused.value.problems[0]


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
