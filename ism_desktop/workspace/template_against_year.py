"""A filled template judged against the year it is read into: identities, catalogue, approval.

Each problem is said at its sheet and cell; a file that passes retires the metas it names
without their rows.
"""

from __future__ import annotations

from collections.abc import Collection

from ism_desktop.domain.meta import Meta
from ism_desktop.domain.wording import count, shortened
from ism_desktop.exchange.programme_template import COL_ID
from ism_desktop.exchange.programme_template_contents import TemplateContents, TemplateMeta
from ism_desktop.exchange.programme_template_reader import cell_name
from ism_desktop.store.store import Store
from ism_desktop.workspace.approved_template_checks import approved_changes
from ism_desktop.workspace.template_history import added_since, retired_row_problem


def check_against_year(
    store: Store, year: int, contents: TemplateContents
) -> tuple[list[str], list[str]]:
    """Problems of identity, catalogue and approval; and the metas the file retires."""
    read, mentioned = contents.metas, contents.ids
    report = store.reports.load(year=year)
    existing = {} if report is None else {m.stable_id: m for m in report.metas}
    problems: list[str] = []
    seen: dict[str, TemplateMeta] = {}
    referenced: set[str] = set()
    # The metas whose change of identity is already named at its cell.
    explained: set[str] = set()
    approved = store.years.is_approved(year)
    # A row naming a meta retired since: the file is older than the programme.
    stale_copy = False
    for item in read:
        first = min(item.rows.values())
        where = f"Hoja {item.sheet}, celda"
        if item.known_id is not None:
            before = existing.get(str(item.known_id))
            if before is None or before.key.unit.value != item.sheet:
                cell = f"{where} {cell_name(COL_ID, first)}"
                stale = retired_row_problem(
                    store, year, str(item.known_id), item.meta.description, cell
                )
                stale_copy = stale_copy or stale is not None
                problems.append(
                    stale
                    or f"{cell}: «{item.known_id}» no es el ID de una meta de la unidad "
                    f"{item.sheet}; no escriba en esta columna"
                )
                continue
            referenced.add(before.stable_id)
        if item.meta.stable_id in seen:
            problems.append(
                f"{where} {cell_name(COL_ID, first)}: la meta «{shortened(item.meta.description)}» "
                "está repetida"
            )
        seen[item.meta.stable_id] = item
        if report is not None:
            key, names = item.meta.key, report.catalogue
            if (key.entity, key.programme) not in names.programmes:
                problems.append(f"{where} B{first}: el programa «{key.programme}» no existe")
            if (key.entity, key.activity) not in names.activities:
                problems.append(f"{where} C{first}: el proceso «{key.activity}» no existe")
        if approved:
            # Compared with the meta its ID names: an edited description is that meta changed.
            before = existing.get(str(item.known_id or item.meta.stable_id))
            refusals = approved_changes(item, before, year)
            problems += refusals
            if refusals and item.known_id is not None:
                explained.add(str(item.known_id))
    emptied = _units_left_out(year, existing.values(), contents)
    problems += emptied.values()
    for meta in existing.values():
        gone = meta.stable_id not in seen and meta.stable_id not in mentioned
        unit = meta.key.unit.value
        if unit in contents.read_sheets and unit not in emptied and gone:
            added = added_since(store, year, meta.stable_id) if stale_copy else None
            problems.append(
                f"Hoja {meta.key.unit}: falta la meta «{shortened(meta.description)}» (ID "
                f"{meta.stable_id}); "
                + (
                    f"se agregó al programa {added}; esta plantilla es anterior"
                    if added
                    else "no borre filas"
                )
            )
    retired = [meta_id for meta_id in referenced if meta_id not in seen]
    unexplained = [existing[meta_id] for meta_id in retired if meta_id not in explained]
    if approved and unexplained:
        problems.append(
            f"el programa {year} está aprobado: no se retira la meta "
            f"«{shortened(unexplained[0].description)}» (ID {unexplained[0].stable_id})"
        )
    return problems, retired


def _units_left_out(
    year: int, existing: Collection[Meta], contents: TemplateContents
) -> dict[str, str]:
    """Per unit of the programme whose sheet was deleted or emptied, the problem to say.

    Either way the file would leave all of the unit's metas behind, not retire them: they
    cannot be told from the rest (no ID), and are never retired by a missing row.
    """
    held: dict[str, int] = {}
    for meta in existing:
        held[meta.key.unit.value] = held.get(meta.key.unit.value, 0) + 1
    with_metas = {item.sheet for item in contents.metas}
    named = {meta.key.unit.value for meta in existing if meta.stable_id in contents.ids}
    problems = {}
    for unit, number in held.items():
        metas = count(number, "meta", "metas")
        if unit not in contents.sheets:
            problems[unit] = (
                f"falta la hoja {unit}: el programa {year} tiene {metas} de la unidad {unit}; "
                "no borre hojas"
            )
        elif unit in contents.read_sheets and unit not in with_metas and unit not in named:
            problems[unit] = (
                f"Hoja {unit}: la hoja no tiene metas y el programa {year} tiene {metas} de la "
                f"unidad {unit}; no borre filas"
            )
    return problems
