"""A template against an approved programme: each change refused at its cell, in plain words.

VAL. ACUM. or the unit of measure changed went through to the database, which refused with no
cell (and the command ended as if the program had failed); a description edited read as a meta
added and another retired.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ism_desktop.domain.wording import shortened
from ism_desktop.exchange.programme_template_reader import TemplateError
from ism_desktop.store.store import Store
from ism_desktop.workspace.year_programme import (
    approve_year,
    import_year_template,
)
from tests.exchange.next_year import AUTHOR
from tests.exchange.next_year import store as store  # the fixture
from tests.exchange.test_template_sheets_as_typed import filled, snapshot


@pytest.fixture
def approved(store: Store, tmp_path: Path) -> Path:
    """The filled template, imported and its programme approved."""
    path = filled(store, tmp_path)
    import_year_template(store, 2025, path, AUTHOR)
    approve_year(store, 2025, "Unidad coordinadora")
    return path


def refused(store: Store, path: Path, cells: dict[str, object]) -> tuple[str, ...]:
    """The problems the approved programme's template with ``cells`` of 004 typed is refused for.

    Nothing is stored.
    """
    book = openpyxl.load_workbook(path)
    for cell, value in cells.items():
        book["004"][cell] = value
    changed = path.with_name("cambiada.xlsx")
    book.save(changed)
    before = snapshot(store)
    with pytest.raises(TemplateError) as raised:
        import_year_template(store, 2025, changed, AUTHOR)
    assert snapshot(store) == before
    return raised.value.problems


def first_met(path: Path) -> int:
    """The first MET row of sheet 004 (a tipo A meta)."""
    sheet = openpyxl.load_workbook(path)["004"]
    return next(r for r in range(5, sheet.max_row + 1) if sheet[f"H{r}"].value == "MET")


def test_val_acum_changed_is_named_at_its_cell(store: Store, approved: Path) -> None:
    row = first_met(approved)
    was = openpyxl.load_workbook(approved)["004"][f"G{row}"].value
    other = "NO" if was == "SI" else "SI"

    assert refused(store, approved, {f"G{row}": other}) == (
        f"Hoja 004, celda G{row}: el programa 2025 está aprobado; VAL. ACUM. no cambia (era {was})",
    )


def test_the_unit_of_measure_changed_is_named_at_its_cell(store: Store, approved: Path) -> None:
    row = first_met(approved)
    was = openpyxl.load_workbook(approved)["004"][f"E{row}"].value

    assert refused(store, approved, {f"E{row}": "OTRA MEDIDA"}) == (
        f"Hoja 004, celda E{row}: el programa 2025 está aprobado; la unidad de medida no "
        f"cambia (era «{was}»)",
    )


def test_a_description_edited_is_not_a_meta_added_and_another_retired(
    store: Store, approved: Path
) -> None:
    row = first_met(approved)
    was = str(openpyxl.load_workbook(approved)["004"][f"D{row}"].value)

    assert refused(store, approved, {f"D{row}": was + " EN SONORA"}) == (
        f"Hoja 004, celda D{row}: el programa 2025 está aprobado; la descripción no cambia "
        f"(era «{shortened(was)}»)",
    )


def test_a_new_meta_is_named_at_the_description_it_was_typed_in(
    store: Store, approved: Path
) -> None:
    sheet = openpyxl.load_workbook(approved)["004"]
    row = first_met(approved)
    empty = next(r for r in range(5, sheet.max_row + 1) if not sheet[f"H{r}"].value)
    typed = {f"{c}{empty}": sheet[f"{c}{row}"].value for c in "BCEFGH"}
    typed[f"D{empty}"] = "UNA META QUE NO ESTABA"
    typed[f"I{empty}"] = 3

    assert refused(store, approved, typed) == (
        f"Hoja 004, celda D{empty}: el programa 2025 está aprobado; no se agregan metas",
    )


def test_an_earlier_copy_names_the_meta_retired_since_not_a_typed_id(
    store: Store, tmp_path: Path
) -> None:
    # A description edited in an unapproved programme makes another meta (the ID follows the
    # description) and retires the old one; the earlier copy then blamed the person for
    # writing in the ID column, which no one had touched.
    earlier = filled(store, tmp_path, "anterior.xlsx")
    import_year_template(store, 2025, earlier, AUTHOR)
    row = first_met(earlier)
    book = openpyxl.load_workbook(earlier)
    was = str(book["004"][f"D{row}"].value)
    book["004"][f"D{row}"] = was + " (2025)"
    edited = tmp_path / "editada.xlsx"
    book.save(edited)
    done = import_year_template(store, 2025, edited, AUTHOR)
    assert (done.added, done.retired) == (1, 1)
    before = snapshot(store)

    with pytest.raises(TemplateError) as raised:
        import_year_template(store, 2025, earlier, AUTHOR)

    said = raised.value.problems
    assert not any("no escriba en esta columna" in problem for problem in said), said
    assert any(
        problem.startswith(
            f"Hoja 004, celda A{row}: la meta «{shortened(was)}» ya no está en el programa "
            "2025: se retiró el "
        )
        and problem.endswith("esta plantilla es anterior: escriba la plantilla de nuevo")
        for problem in said
    ), said
    # The meta that replaced it is not a row the person deleted either.
    assert any(
        problem.startswith(f"Hoja 004: falta la meta «{shortened(was + ' (2025)')}»")
        and "se agregó al programa el " in problem
        and "no borre filas" not in problem
        for problem in said
    ), said
    assert snapshot(store) == before


def test_a_description_edited_only_in_case_or_accents_is_named_too(
    store: Store, approved: Path
) -> None:
    # The meta keeps its ID (case and accents do not make another meta): it went through, the
    # approved description rewritten, «0 cambiadas» and no line in the history.
    row = first_met(approved)
    was = str(openpyxl.load_workbook(approved)["004"][f"D{row}"].value)

    assert refused(store, approved, {f"D{row}": was.lower()}) == (
        f"Hoja 004, celda D{row}: el programa 2025 está aprobado; la descripción no cambia "
        f"(era «{shortened(was)}»)",
    )


def test_sheets_in_another_order_leave_the_approved_order(store: Store, approved: Path) -> None:
    # A sheet tab dragged first put its unit's metas first in every report, with «0 cambiadas».
    order = [m.stable_id for m in store.reports.load_year_metas(2025)]
    book = openpyxl.load_workbook(approved)
    moved = book["009"]
    book.move_sheet(moved, offset=-book.index(moved))
    dragged = approved.with_name("arrastrada.xlsx")
    book.save(dragged)

    import_year_template(store, 2025, dragged, AUTHOR)

    assert [m.stable_id for m in store.reports.load_year_metas(2025)] == order
