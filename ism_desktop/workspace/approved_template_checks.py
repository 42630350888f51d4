"""What a template may not change in an approved programme, said at the cell that changed."""

from __future__ import annotations

from collections.abc import Collection

from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.meta import Meta, MetaKind
from ism_desktop.domain.package_merge import programme_mismatches
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import shortened
from ism_desktop.exchange.programme_template import (
    COL_ACTIVITY,
    COL_CUMULATIVE,
    COL_DESCRIPTION,
    COL_KIND,
    COL_PROGRAMME,
    COL_Q1,
    COL_UOM,
)
from ism_desktop.exchange.programme_template_contents import TemplateContents, TemplateMeta
from ism_desktop.exchange.programme_template_reader import cell_name


def approved_changes(item: TemplateMeta, before: Meta | None, year: int) -> list[str]:
    """Each cell of ``item`` that differs from ``before``, the meta its row holds (by its ID).

    A description or a key edited gives the meta another identity; said as a meta added and
    another retired, the person who edited one cell could not find what to undo.
    """
    first = min(item.rows.values())
    locked = f"el programa {year} está aprobado;"
    if before is None:
        where = cell_name(COL_DESCRIPTION, first)
        return [f"Hoja {item.sheet}, celda {where}: {locked} no se agregan metas"]
    now = item.meta
    attributes = (
        (COL_PROGRAMME, "la clave del programa", before.key.programme.value, now.key.programme),
        (COL_ACTIVITY, "la clave del proceso", before.key.activity.value, now.key.activity),
        (COL_UOM, "la unidad de medida", before.unit_of_measure, now.unit_of_measure),
    )
    problems = [
        f"Hoja {item.sheet}, celda {cell_name(column, first)}: {locked} {what} no cambia "
        f"(era «{was}»)"
        for column, what, was, typed in attributes
        if str(typed) != was
    ]
    # Case and accents keep the meta's ID, but not the approved text.
    edited = now.stable_id != before.stable_id or now.description != before.description
    if edited and not problems:
        problems.append(
            f"Hoja {item.sheet}, celda {cell_name(COL_DESCRIPTION, first)}: {locked} la "
            f"descripción no cambia (era «{shortened(before.description)}»)"
        )
    if now.kind is not before.kind:
        problems.append(_kind_refusal(item.sheet, first, locked, before.kind, now.kind))
    if now.cumulative != before.cumulative:
        problems.append(
            f"Hoja {item.sheet}, celda {cell_name(COL_CUMULATIVE, first)}: {locked} VAL. ACUM. "
            f"no cambia (era {'SI' if before.cumulative else 'NO'})"
        )
    problems += _target_changes(item, before, locked)
    # A figure read as 0 in place of an unreadable cell is no change: the cell is named already.
    if not problems and not item.unread and (mismatch := programme_mismatches(before, now)):
        # What the database refuses anyway; said here so that the refusal names the row.
        found = mismatch[0]
        problems.append(
            f"Hoja {item.sheet}, fila {first}: {locked} {found.label.lower()} no cambia (era "
            f"{found.old})"
        )
    return problems


def _target_changes(item: TemplateMeta, before: Meta, locked: str) -> list[str]:
    problems = []
    for label, row in item.rows.items():
        kind = RowKind.DEN if label == "DEN" else RowKind.NUM
        new, old = item.meta.row(kind), before.row(kind)
        if new is None or old is None or item.meta.kind is not before.kind:
            continue
        for quarter in Quarter:
            was, now = old.value(Series.ORIGINAL, quarter), new.value(Series.ORIGINAL, quarter)
            cell = cell_name(COL_Q1 + quarter.index, row)
            if was != now and cell not in item.unread:
                problems.append(
                    f"Hoja {item.sheet}, celda {cell}: {locked} lo programado original no "
                    f"cambia (era {was})"
                )
    return problems


def _kind_refusal(sheet: str, row: int, locked: str, was: MetaKind, typed: MetaKind) -> str:
    return (
        f"Hoja {sheet}, celda {cell_name(COL_KIND, row)}: {locked} el tipo no cambia (era "
        f"{was.value}, dice {typed.value})"
    )


def kind_edits_refused(
    contents: TemplateContents, approved: Collection[Meta], year: int
) -> list[str]:
    """The reader's problems, an approved meta's type edited said at its cell, not at its rows.

    The rows still fit the approved type: said as a row out of place (or a DEN row missing),
    the person who changed the type would look for a row to move. Only the meta's own row: an
    ID that begins more than one meta is a row copied, and each keeps the problem of its rows
    (the meta read whole from the other row would hide the copy).
    """
    # Each problem in the reader's order, or what replaces it (None: said otherwise already).
    said: list[str | None] = [problem.message for problem in contents.problems]
    # Where each problem is in that order, found by the problem itself (the very object the
    # edit holds), not by its words: two problems may read alike.
    position = {id(problem): index for index, problem in enumerate(contents.problems)}
    kinds = {meta.stable_id: (meta.key.unit.value, meta.kind) for meta in approved}
    # A meta read whole has its type named by ``approved_changes``.
    read = {str(item.known_id) for item in contents.metas if item.known_id is not None}
    locked = f"el programa {year} está aprobado;"
    replaced: set[int] = set()
    refusals: set[str] = set()
    for edit in contents.kind_edits:
        unit, was = kinds.get(edit.known_id, (None, edit.typed))
        index = position.get(id(edit.problem))
        if unit != edit.sheet or was is edit.typed or index is None or index in replaced:
            continue
        if len(contents.first_rows.get((edit.sheet, edit.known_id), ())) > 1:
            continue
        refusal = _kind_refusal(edit.sheet, edit.row, locked, was, edit.typed)
        # Said once, at the type's cell, however many of the meta's rows it put out of place.
        said[index] = None if edit.known_id in read or refusal in refusals else refusal
        replaced.add(index)
        refusals.add(refusal)
    return [text for text in said if text is not None]
