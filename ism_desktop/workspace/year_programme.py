"""A new year's programme: from last year's metas or the filled template, then approved."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from pathlib import Path

from ism_desktop.domain.audit import Author
from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.limits import one_plain_line
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.programme_checks import draft_problem, programme_problem
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import DEFAULT_ENTITY
from ism_desktop.domain.wording import REQUESTS_MENU, count, shortened
from ism_desktop.domain.year_programme import (
    MetaDraft,
    blank_targets,
    unprogrammed,
)
from ism_desktop.exchange.programme_template import COL_Q1, sheets_of, write_template
from ism_desktop.exchange.programme_template_contents import TemplateMeta
from ism_desktop.exchange.programme_template_reader import (
    TemplateError,
    read_template,
)
from ism_desktop.platform import describe_os_error
from ism_desktop.store.backup import REASON_IMPORT_TEMPLATE, backup_before_change
from ism_desktop.store.database import StoreError
from ism_desktop.store.store import Store
from ism_desktop.store.year_programme_repository import ProgrammeChange
from ism_desktop.workspace.approved_template_checks import kind_edits_refused
from ism_desktop.workspace.coordinator_only import unit_database_refusal
from ism_desktop.workspace.template_against_year import check_against_year


class ProgrammeError(Exception):
    """A programme action that cannot be done; the message is for the user (Spanish)."""


class TemplateExistsError(ProgrammeError):
    """The template's file is there already (maybe filled by staff); nothing was written."""

    def __init__(self, path: Path) -> None:
        """Say which file is there (Spanish, without a final period)."""
        super().__init__(
            f"ya existe «{path.name}» en «{path.parent}» (¿la plantilla que ya llenaron?); no "
            "se escribió nada"
        )
        self.path = path


def describe_changes(year: int, done: ProgrammeChange) -> str:
    """What a template import did, as both the window and the command say it."""
    if not done.written:
        return f"Programa {year}: la plantilla es igual al programa guardado; no se cambió nada."
    return (
        f"Programa {year}: {count(done.added, 'meta nueva', 'metas nuevas')}, "
        f"{count(done.changed, 'cambiada', 'cambiadas')}, "
        f"{count(done.retired, 'retirada', 'retiradas')}."
    )


def _moment(now: datetime | None) -> str:
    return (now or datetime.now()).astimezone().isoformat(timespec="seconds")


def new_year(
    store: Store,
    year: int,
    source_year: int,
    author: Author,
    *,
    exclude: Collection[str] = (),
    now: datetime | None = None,
) -> ProgrammeChange:
    """Start ``year`` with ``source_year``'s metas (targets empty), leaving out ``exclude``."""
    _coordinator_only(store, "prepara el programa de un año nuevo")
    if store.reports.load_year_metas(year):
        raise ProgrammeError(f"el ejercicio {year} ya tiene metas; no se cambió nada.")
    # Checked before writing: nothing removes a programme once made, so a typo would stay.
    if year <= source_year:
        raise ProgrammeError(
            f"el ejercicio {year} no es posterior al ejercicio {source_year} que se copia: el "
            "programa nuevo es el de un año siguiente; no se cambió nada."
        )
    this_year = (now or datetime.now()).year
    if year > this_year + 1:
        raise ProgrammeError(
            f"el ejercicio {year} está a más de un año del actual ({this_year}): un programa "
            f"nuevo se prepara a lo más para {this_year + 1}; revise el año escrito; no se "
            "cambió nada."
        )
    source = store.reports.load_year_metas(source_year)
    if not source:
        raise ProgrammeError(f"el ejercicio {source_year} no tiene metas que copiar.")
    unknown = sorted(set(exclude) - {meta.stable_id for meta in source})
    if unknown:
        raise ProgrammeError(f"la meta «{unknown[0]}» no es del ejercicio {source_year}.")
    metas = [blank_targets(meta) for meta in source if meta.stable_id not in exclude]
    return store.year_programme.write(
        year, metas, (), author, _moment(now), f"desde el ejercicio {source_year}"
    )


def write_year_template(store: Store, year: int, path: Path, *, replacing: bool = False) -> int:
    """Write the template holding the year's metas; how many metas it holds.

    A file at ``path`` (maybe the template staff filled) is replaced only with ``replacing``.
    """
    report = store.reports.load(year=year)
    if report is None:
        raise ProgrammeError(
            f"el ejercicio {year} no tiene metas; créelo con «programa nuevo --ejercicio {year} "
            "--desde AÑO»."
        )
    # A folder is not a template someone filled: writing says so, as without the check.
    if path.exists() and not path.is_dir() and not replacing:
        raise TemplateExistsError(path)
    try:
        write_template(year, sheets_of(report.metas, report.catalogue), path)
    except OSError as exc:
        raise ProgrammeError(f"no se pudo escribir «{path}»: {describe_os_error(exc)}.") from exc
    return len(report.metas)


def import_year_template(
    store: Store, year: int, path: Path, author: Author, *, now: datetime | None = None
) -> ProgrammeChange:
    """Read the filled template and, only if all of it is right, make it the year's programme.

    Raises:
        TemplateError: every problem, by sheet and cell; nothing was stored.
        ProgrammeError: a unit's database, or the database could not be written.
    """
    _coordinator_only(store, "importa el programa de un año")
    stored = store.reports.load_year_metas(year)
    entity = stored[0].key.entity if stored else DEFAULT_ENTITY.code
    # The file first: one that cannot be read (a folder, not a workbook) says so.
    contents = read_template(path, year, entity)
    read, problems = contents.metas, [problem.message for problem in contents.problems]
    reported = _reported(store, year, stored)
    if reported:
        raise ProgrammeError(
            f"el programa {year} ya se está informando ({reported}); la plantilla prepara el "
            "programa de un año antes de informarlo. Una meta modificada del año en curso "
            f"cambia con una solicitud de cambio ({REQUESTS_MENU}; en la línea de comandos: "
            "ism-desktop solicitudes); lo programado original, no."
        )
    if store.years.is_approved(year):
        problems = kind_edits_refused(contents, stored, year)
    more, retired = check_against_year(store, year, contents)
    problems += more
    problems += _fractions(read)
    if problems:
        raise TemplateError(problems)
    metas = [item.meta for item in read]
    if store.years.is_approved(year):
        # The approved order stays: a sheet tab dragged or rows moved reorder no report.
        order = {meta.stable_id: position for position, meta in enumerate(stored)}
        metas.sort(key=lambda meta: order.get(meta.stable_id, len(order)))
    if store.year_programme.unchanged_by(year, metas, retired):
        # The programme as stored already: no copy, no history line, nothing written.
        return ProgrammeChange(0, 0, 0, written=False)
    try:
        # The copy is made holding the write lock: none when another program keeps the
        # import from writing (each attempt would push an older copy out of the rotation).
        with store.one_transaction():
            if store.path is not None:
                # The whole file is right and about to replace the year's programme.
                name = one_plain_line(path.name)[:80]
                reason = REASON_IMPORT_TEMPLATE.format(year=year, file=name)
                backup_before_change(store.path, reason)
            return store.year_programme.write(
                year, metas, retired, author, _moment(now), f"plantilla {path.name}"
            )
    except StoreError as exc:
        raise ProgrammeError(str(exc)) from exc


def _reported(store: Store, year: int, metas: Sequence[Meta]) -> str:
    """Why the year is being reported already (empty: it is not)."""
    for quarter in Quarter:
        if any(m.num.value(Series.ACHIEVED, quarter) is not None for m in metas):
            return f"hay cifras realizadas del trimestre {int(quarter)}"
        if any(m.evaluations.get(quarter) for m in metas):
            return f"hay evaluaciones del trimestre {int(quarter)}"
    closed = sorted(
        (quarter, unit.value)
        for (_e, unit, quarter), shut in store.closures.states(year).items()
        if shut
    )
    if closed:
        return f"el trimestre {int(closed[0][0])} de la unidad {closed[0][1]} está cerrado"
    return ""


def approve_year(store: Store, year: int, by: str, *, now: datetime | None = None) -> int:
    """Lock the year's originals; how many metas the approved programme has."""
    _coordinator_only(store, "aprueba el programa de un año")
    approvable = check_approvable(store, year)
    with store.one_transaction():
        store.years.approve(year, _moment(now), by)
        current = store.reports.current_period()
        # A newer year approved is the year the office now works on: commands without
        # --ejercicio take it, as a unit's database does when its base arrives.
        if current is None or year > current[0]:
            store.reports.set_current_period(year, Quarter.FIRST)
    return approvable


def year_approved(store: Store, year: int) -> bool:
    """Whether the year's programme is approved (its originals locked)."""
    return store.years.is_approved(year)


def check_approvable(store: Store, year: int) -> int:
    """How many metas an approval of the year would lock; ``ProgrammeError`` if it may not."""
    metas = store.reports.load_year_metas(year)
    if not metas:
        raise ProgrammeError(f"el ejercicio {year} no tiene metas que aprobar.")
    if store.years.is_approved(year):
        raise ProgrammeError(f"el programa {year} ya estaba aprobado.")
    empty = [meta for meta in metas if unprogrammed(meta)]
    if empty:
        raise ProgrammeError(
            f"no se aprueba: {count(len(empty), 'meta no tiene', 'metas no tienen')} programado "
            "original, p. ej. "
            f"«{shortened(empty[0].description)}» de la unidad {empty[0].key.unit}."
        )
    for meta in metas:
        if (found := programme_problem(meta)) is not None:
            raise ProgrammeError(
                f"no se aprueba: en la meta «{shortened(meta.description)}» de la unidad "
                f"{meta.key.unit}, {found[2]}; corríjalo antes de aprobar."
            )
    return len(metas)


def _fractions(read: Sequence[TemplateMeta]) -> list[str]:
    """Each template meta whose original has decimals where its unit counts whole pieces."""
    problems = []
    for item in read:
        # Its unreadable cells, read as 0, are named already: its arithmetic would be of zeros.
        # A tipo A meta's one row is MET in the template: its figures are named so.
        found = None if item.unread else programme_problem(item.meta, RowKind.MET)
        if found is None:
            continue
        kind, quarter, text = found
        # A tipo P meta has no MET row in the template: its MET follows from the NUM row's.
        row = item.rows.get(kind.value) or item.rows.get("NUM") or item.rows.get("MET", 0)
        # An annual follows from its quarters: the row is named, not its computed cell.
        column = "" if quarter is None else chr(64 + COL_Q1 + quarter.index)
        where = f"fila {row}" if quarter is None else f"celda {column}{row}"
        problems.append(f"Hoja {item.sheet}, {where}: {text}")
    return problems


def save_meta(
    store: Store,
    year: int,
    draft: MetaDraft,
    author: Author,
    *,
    replaces: str | None = None,
    now: datetime | None = None,
) -> ProgrammeChange:
    """Add a meta to the year's programme, or change one (``replaces``: its id) in place."""
    _coordinator_only(store, "cambia las metas del programa")
    if (problem := draft_problem(draft)) is not None:
        raise ProgrammeError(f"{problem}.")
    metas = store.reports.load_year_metas(year)
    meta = draft.to_meta()
    taken = {m.stable_id for m in metas if m.stable_id != replaces}
    if meta.stable_id in taken:
        raise ProgrammeError(
            f"ya hay una meta «{shortened(meta.description)}» en ese programa y proceso."
        )
    if replaces is None:
        after_unit = [i for i, m in enumerate(metas) if m.key.unit == meta.key.unit]
        at = after_unit[-1] + 1 if after_unit else len(metas)
        metas.insert(at, meta)
        retired: list[str] = []
    else:
        metas = [meta if m.stable_id == replaces else m for m in metas]
        retired = [replaces] if meta.stable_id != replaces else []
    return _write(store, year, metas, retired, author, now, "ventana")


def retire_meta(
    store: Store, year: int, meta_id: str, author: Author, *, now: datetime | None = None
) -> ProgrammeChange:
    """Take a meta out of the year's programme (with whatever was reported on it)."""
    _coordinator_only(store, "cambia las metas del programa")
    metas = store.reports.load_year_metas(year)
    kept = [m for m in metas if m.stable_id != meta_id]
    if len(kept) == len(metas):
        raise ProgrammeError(f"la meta {meta_id} no está en el programa {year}.")
    return _write(store, year, kept, [meta_id], author, now, "ventana")


def _coordinator_only(store: Store, what: str) -> None:
    if (refusal := unit_database_refusal(store, what)) is not None:
        raise ProgrammeError(f"{refusal} No se cambió nada.")


def _write(
    store: Store,
    year: int,
    metas: list[Meta],
    retired: list[str],
    author: Author,
    now: datetime | None,
    source: str,
) -> ProgrammeChange:
    try:
        return store.year_programme.write(year, metas, retired, author, _moment(now), source)
    except StoreError as exc:
        raise ProgrammeError(str(exc).rstrip(".") + ".") from exc
