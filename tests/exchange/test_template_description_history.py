"""A draft's description retyped in case or accents only: the same meta, and a line in its history.

The meta's ID folds case and accents, so such an edit keeps the meta; its new description was
saved with no history line and the import said «0 cambiadas».
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import openpyxl

from ism_desktop.domain.audit import FieldChange
from ism_desktop.domain.year_programme import MetaDraft
from ism_desktop.store.store import Store
from ism_desktop.workspace.year_programme import import_year_template, save_meta
from tests.exchange.next_year import AUTHOR
from tests.exchange.next_year import store as store  # the fixture
from tests.exchange.test_template_sheets_as_typed import filled

EDITED_AT = datetime(2025, 1, 15, 10, 30, tzinfo=UTC)


def _accented_row(path: Path, sheet: str) -> tuple[int, str]:
    """The first row of the sheet whose description has an accent, and that description."""
    book = openpyxl.load_workbook(path)
    for row in range(5, book[sheet].max_row + 1):
        text = book[sheet][f"D{row}"].value
        if book[sheet][f"A{row}"].value and isinstance(text, str) and not text.isascii():
            return row, text
    raise AssertionError(f"no accented description in sheet {sheet}")


def _plain_capitalised(text: str) -> str:
    """``text`` as someone retyping it might: capitalised, without its accents."""
    decomposed = unicodedata.normalize("NFKD", text.capitalize())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _typed(path: Path, sheet: str, row: int, text: str, name: str) -> Path:
    """A copy of the template with ``text`` typed as the description of ``row``."""
    book = openpyxl.load_workbook(path)
    book[sheet][f"D{row}"] = text
    copy = path.with_name(name)
    book.save(copy)
    return copy


def _id_of(store: Store, description: str) -> str:
    """The ID of the 2025 meta with that description."""
    [meta_id] = [
        m.stable_id for m in store.reports.load_year_metas(2025) if m.description == description
    ]
    return meta_id


def _description_of(store: Store, meta_id: str) -> str:
    """The stored description of the 2025 meta ``meta_id``."""
    [description] = [
        m.description for m in store.reports.load_year_metas(2025) if m.stable_id == meta_id
    ]
    return description


def test_a_description_retyped_in_case_and_accents_leaves_a_line_in_the_history(
    store: Store, tmp_path: Path
) -> None:
    path = filled(store, tmp_path)
    import_year_template(store, 2025, path, AUTHOR)
    row, before = _accented_row(path, "004")
    meta_id = _id_of(store, before)
    lines_before = store.edits.history(2025, meta_id)
    retyped = _plain_capitalised(before)
    assert retyped != before
    edited = _typed(path, "004", row, retyped, "descripcion.xlsx")

    done = import_year_template(store, 2025, edited, AUTHOR, now=EDITED_AT)

    assert (done.added, done.changed, done.retired) == (0, 1, 0)
    # The same meta, its description as typed, and the change in its history.
    assert _description_of(store, meta_id) == retyped
    history = store.edits.history(2025, meta_id)
    assert len(history) == len(lines_before) + 1
    [line] = history[len(lines_before) :]
    assert line.change == FieldChange("descripcion", "Descripción", before, retyped)
    assert line.author == AUTHOR
    assert datetime.fromisoformat(line.at) == EDITED_AT

    # The same file again changes nothing, and says nothing more.
    again = import_year_template(store, 2025, edited, AUTHOR)
    assert (again.added, again.changed, again.retired) == (0, 0, 0)
    assert store.edits.history(2025, meta_id) == history


def test_spaces_around_and_between_the_words_are_no_change(store: Store, tmp_path: Path) -> None:
    path = filled(store, tmp_path)
    import_year_template(store, 2025, path, AUTHOR)
    row, before = _accented_row(path, "004")
    meta_id = _id_of(store, before)
    history = store.edits.history(2025, meta_id)
    spaced = _typed(path, "004", row, "  " + before.replace(" ", "   ") + " ", "espacios.xlsx")

    done = import_year_template(store, 2025, spaced, AUTHOR)

    assert (done.added, done.changed, done.retired) == (0, 0, 0)
    assert _description_of(store, meta_id) == before
    assert store.edits.history(2025, meta_id) == history


def test_the_programme_window_records_a_description_retyped_in_case_only(
    store: Store, tmp_path: Path
) -> None:
    path = filled(store, tmp_path)
    import_year_template(store, 2025, path, AUTHOR)
    meta = store.reports.load_year_metas(2025)[0]
    history = store.edits.history(2025, meta.stable_id)
    retyped = meta.description.lower()
    key = replace(meta.key, description=retyped, known_id="")
    draft = replace(MetaDraft.of(meta), key=key)

    done = save_meta(store, 2025, draft, AUTHOR, replaces=meta.stable_id, now=EDITED_AT)

    assert (done.added, done.changed, done.retired) == (0, 1, 0)
    after = store.edits.history(2025, meta.stable_id)
    assert [line.change for line in after[len(history) :]] == [
        FieldChange("descripcion", "Descripción", meta.description, retyped)
    ]
