"""The programme template read back: a figure or a text past what a unit can receive is named."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from ism_desktop.domain.meta import MetaKind
from ism_desktop.exchange.programme_template_reader import TemplateError
from ism_desktop.store.store import Store
from ism_desktop.workspace.year_programme import approve_year, import_year_template
from tests.exchange.next_year import AUTHOR
from tests.exchange.next_year import store as store  # the fixture
from tests.exchange.programme_template_filling import _filled, _rows


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
