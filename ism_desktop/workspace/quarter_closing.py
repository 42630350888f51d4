"""Closing and reopening a unit's quarter, and the delivery date of each quarter's report."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.delivery_dates import out_of_order, out_of_time
from ism_desktop.domain.limits import MAX_REASON_CHARS, field_text_problem
from ism_desktop.domain.local_time import local_time_phrase
from ism_desktop.domain.own_unit import known_dependency, pc_unit
from ism_desktop.domain.package_author import author_mid_sentence
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.profile import Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.reopen_motive import motive_problem
from ism_desktop.domain.typed_date import read_typed_date
from ism_desktop.domain.wording import EXPORT_MENU, PROFILE_MENU, count, export_hint
from ism_desktop.exchange.package.writer import coordinating_unit
from ism_desktop.exchange.status_board import awaited_units
from ism_desktop.store.closure_repository import CLOSE, REOPEN, ClosureEvent
from ism_desktop.store.store import Store
from ism_desktop.workspace.coordinator_only import unit_database_refusal


class ClosingError(Exception):
    """A closing action that cannot be done; the message is for the user (Spanish)."""


def moment(now: datetime | None = None) -> str:
    """The time of an action as ISO text with the PC's offset."""
    return (now or datetime.now()).astimezone().isoformat(timespec="seconds")


def year_of(store: Store, year: int | None) -> int:
    """The year asked for, or the current one."""
    if year is not None:
        return year
    period = store.reports.current_period()
    if period is None:
        raise ClosingError("la base de datos no tiene ningún programa.")
    return period[0]


def closing_entity(store: Store, year: int, unit: UnitCode, entity: str | None = None) -> str:
    """The dependency of the ``unit`` closed: ``entity``, or this PC's (``pc_unit``).

    A unit's PC holding its code under several dependencies means the one it is known by;
    by the code alone, the first dependency's quarter was judged for it.
    """
    units = [(entity, UnitCode(code)) for entity, code in store.reports.year_units(year)]
    if entity is not None:
        if (entity, unit) not in units:
            raise ClosingError(
                f"la unidad {unit} de la dependencia {entity} no tiene metas en el ejercicio "
                f"{year}."
            )
        return entity
    key = pc_unit(units, unit, known_dependency(store.identity.get(), unit))
    if key is None:
        raise ClosingError(f"la unidad {unit} no tiene metas en el ejercicio {year}.")
    return key[0]


def close_quarter(
    store: Store,
    year: int,
    unit: UnitCode,
    quarter: Quarter,
    author: Author,
    *,
    now: datetime | None = None,
    entity: str | None = None,
) -> bool:
    """Close the unit's quarter (its figures and narratives become read-only); False if it was.

    Raises:
        ClosingError: the quarter changed after its package went out from this PC.
    """
    entity = closing_entity(store, year, unit, entity)
    if (refusal := _unreceived(store, year, entity, unit, quarter)) is not None:
        raise ClosingError(refusal.message)
    _refuse_unsent(store, year, entity, unit, quarter)
    event = ClosureEvent(year, entity, unit, quarter, CLOSE, "", author, moment(now))
    return store.closures.set_state(event)


@dataclass(frozen=True, slots=True)
class ClosingRefusal:
    """Why a quarter may not be closed: a short state line, and the whole refusal."""

    state: str  # what the closing dialog says for the quarter, beside its «Cerrar» disabled
    message: str  # what closing it says, as ``ClosingError``


def closing_refusal(
    store: Store, year: int, unit: UnitCode, quarter: Quarter, entity: str | None = None
) -> ClosingRefusal | None:
    """Why closing the unit's quarter would be refused before anything is tried, or None.

    The coordinator's rule: another unit's quarter closes as its package is received. The
    dialog asks it to offer no «Cerrar» that ``close_quarter`` then refuses.
    """
    try:
        entity = closing_entity(store, year, unit, entity)
    except ClosingError:
        return None  # closing says it: the unit has no metas
    return _unreceived(store, year, entity, unit, quarter)


def _unreceived(
    store: Store, year: int, entity: str, unit: UnitCode, quarter: Quarter
) -> ClosingRefusal | None:
    """On the coordinator's database, a quarter whose package never came is not closed.

    There a unit's quarter closes as its package is received: closed before, it read as
    delivered on the board, and the unit's package was then refused as coming to a closed
    quarter. The coordinator's own unit sends no package (its metas are typed here); a quarter
    an imported official report brought was delivered in it (no package of it will come), and
    a database not known as the coordinator's may close what it holds.
    """
    identity = store.identity.get()
    if identity is None or identity.role is not Role.COORDINATOR or identity.unit == unit:
        return None
    if store.closures.is_closed(year, entity, unit, quarter):
        return None  # nothing to do: set_state says it was closed already
    # The board's rule: what it lists as «falta» is what is not closed here.
    if not awaited_units(store, year, quarter, [(entity, unit)]):
        return None
    n = int(quarter)
    return ClosingRefusal(
        "Abierto; su paquete no ha llegado: se cierra al recibirlo.",
        f"la unidad {unit} no ha entregado el trimestre {n} de {year}: en la unidad "
        "coordinadora, el trimestre de una unidad se cierra al recibir su paquete (Archivo → "
        "Recibir paquetes…; en la línea de comandos, «import-package»). Cerrado antes, se "
        "vería como entregado y el paquete de la unidad se rechazaría al llegar. No se cerró "
        "el trimestre.",
    )


def known_as_coordinator(store: Store) -> bool:
    """Whether the database is known as the coordinating unit's (it sends no unit's package)."""
    identity = store.identity.get()
    return identity is not None and identity.role is Role.COORDINATOR


def _refuse_unsent(store: Store, year: int, entity: str, unit: UnitCode, quarter: Quarter) -> None:
    """Refuse to close by hand a quarter whose corrections were never sent.

    Closed, it would read as delivered while the coordinating unit still holds the package sent
    before: the corrections would go out only in a later quarter's package, which the
    coordinating unit refuses. Exporting the quarter sends them and closes it.
    """
    from ism_desktop.exchange.export.reopened_before import changed_since_sent

    if store.closures.is_closed(year, entity, unit, quarter):
        return  # nothing to do: set_state says it was closed already
    changed = changed_since_sent(store, year, entity, unit).get(quarter)
    if not changed:
        return
    n = int(quarter)
    raise ClosingError(
        f"el trimestre {n} de la unidad {unit} cambió después de enviar su paquete "
        f"({count(changed, 'meta', 'metas')}): cerrarlo a mano no envía esos cambios, y el "
        "paquete de un trimestre posterior los llevaría sin la revisión de su trimestre: la "
        f"unidad coordinadora lo rechazaría. Exporte el paquete corregido del trimestre {n} (al "
        "exportarlo se cierra), o deshaga los cambios. El trimestre que se informa se cambia en "
        f"{PROFILE_MENU}… (en la línea de comandos: {export_hint(year, str(unit), n)}). No se "
        "cerró el trimestre."
    )


def reopen_quarter(
    store: Store,
    year: int,
    unit: UnitCode,
    quarter: Quarter,
    reason: str,
    author: Author,
    *,
    now: datetime | None = None,
    entity: str | None = None,
) -> bool:
    """Reopen a closed quarter, with the reason in the log; False if it was open."""
    if not reason.strip():
        raise ClosingError("para reabrir un trimestre hay que escribir el motivo (--motivo).")
    # It travels in the unit's packages: what the coordinating unit could not read, refused here.
    if (problem := field_text_problem(reason.strip(), MAX_REASON_CHARS)) is not None:
        raise ClosingError(f"el motivo {problem}; no se reabrió.")
    # A code or figures alone («003», meant for the list of units) explained nothing in the log.
    if motive_problem(reason) is not None:
        raise ClosingError(
            "el motivo no dice por qué se reabre: escríbalo con palabras, no solo cifras o "
            "signos; no se reabrió."
        )
    entity = closing_entity(store, year, unit, entity)
    event = ClosureEvent(year, entity, unit, quarter, REOPEN, reason.strip(), author, moment(now))
    return store.closures.set_state(event)


def reopened_here_said(unit: UnitCode, quarter: Quarter) -> str:
    """At the coordinating unit, what reopening another unit's quarter leads to.

    «reabierto» was all: what to do next, and how the unit learns of it.
    """
    return (
        f"Ya puede recibir su paquete del trimestre {int(quarter)} (Archivo → Recibir "
        f"paquetes…). La unidad {unit} sabrá que se reabrió con el siguiente paquete de "
        "observaciones o programa base que se le envíe (Coordinación → Enviar observaciones a "
        "una unidad…)."
    )


def reopened_sent_said(
    store: Store, year: int, unit: UnitCode, quarter: Quarter, entity: str | None = None
) -> str | None:
    """On a unit's PC, what a quarter reopened after its figures went out still needs.

    «reabierto» was all: the coordinating unit keeps the package sent before, with the quarter
    closed, and refuses another of it until it reopens the quarter too. None: on the
    coordinating unit's database, or nothing of the quarter went out from here.
    """
    if known_as_coordinator(store):
        return None
    try:
        entity = closing_entity(store, year, unit, entity)
    except ClosingError:
        return None
    if (entity, unit) not in store.packages.delivered(year, quarter):
        return None
    n = int(quarter)
    return (
        f"Las cifras del trimestre {n} ya se habían enviado: la unidad coordinadora tiene el "
        "paquete anterior, y ese trimestre cerrado. Cuando termine de corregir, exporte de nuevo "
        f"su paquete ({EXPORT_MENU}; en la línea de comandos: "
        f"{export_hint(year, str(unit), n)}) y pida a la unidad coordinadora que reabra también "
        "el trimestre para recibirlo."
    )


def quarter_state(
    store: Store,
    year: int,
    unit: UnitCode,
    quarter: Quarter,
    *,
    coordinator: bool = False,
    entity: str | None = None,
) -> tuple[bool, str]:
    """Whether the unit's quarter is closed, and one Spanish line saying since when and by whom.

    The last closing or reopening of the log says when; a reopening, also why. ``coordinator``:
    the coordinating unit's window, where a quarter the official report brought waits for it.
    """
    closed = is_closed(store, year, unit, quarter, entity)
    events = [
        event
        for event in store.closures.log(year, unit)
        if event.quarter is quarter and entity in (None, event.entity)
    ]
    if not events:
        if not closed and coordinator and _in_official_report(store, year, unit, quarter):
            return False, _OPEN_REPORTED
        return closed, "Cerrado." if closed else "Abierto."
    last = events[-1]
    # Who, in parentheses: a person's profile, or the package whose receipt closed it.
    when = f"{local_time_phrase(last.at)} ({author_mid_sentence(last.author.profile)})"
    if closed:
        return True, f"Cerrado {when}."
    if last.action == REOPEN and last.reason:
        return False, f"Abierto: se reabrió {when}; motivo: {last.reason}."
    return False, "Abierto."


def is_closed(
    store: Store, year: int, unit: UnitCode, quarter: Quarter, entity: str | None = None
) -> bool:
    """Whether ``unit`` closed ``quarter`` of ``year`` (of ``entity``, or any dependency)."""
    return any(
        state
        for (held, code, period), state in store.closures.states(year).items()
        if code == unit and period is quarter and entity in (None, held)
    )


def check_due_date(text: str, year: int | None = None, quarter: Quarter | None = None) -> date:
    """The date typed, or ``ClosingError`` saying how to write it.

    With the year and quarter, the date must also come after the quarter's last day and by the
    end of the next year: «15/01/2023» for the fourth quarter of 2024 made every unit late.
    """
    try:
        due = read_typed_date(text, year)  # two digits of year: near the year it is for
    except ValueError as exc:
        # Four dates are typed together: the message says which one it is about.
        said = str(exc) if quarter is None else f"trimestre {int(quarter)}: {exc}"
        raise ClosingError(said + ".") from exc
    if year is not None and quarter is not None and (wrong := out_of_time(due, year, quarter)):
        raise ClosingError(wrong)
    return due


def set_delivery_dates(store: Store, year: int, typed: Mapping[Quarter, str]) -> None:
    """Set the delivery dates typed, all or none; a quarter typed empty has none after.

    Raises:
        ClosingError: a text is no date, or not after its quarter, or the year has no metas;
            every wrong date is said at once, a line each.
    """
    if (refusal := unit_database_refusal(store, "fija las fechas de entrega")) is not None:
        raise ClosingError(f"{refusal} No se cambió nada.")
    dates: dict[Quarter, str | None] = {}
    wrong: list[str] = []
    for quarter, text in typed.items():
        try:
            dates[quarter] = (
                check_due_date(text, year, quarter).isoformat() if text.strip() else None
            )
        except ClosingError as exc:
            wrong.append(str(exc))
    if wrong:
        raise ClosingError("\n".join(wrong))
    if any(dates.values()) and not store.reports.load_year_metas(year):
        raise ClosingError(f"el ejercicio {year} no tiene metas.")
    store.years.set_delivery_dates(year, dates)


def due_order_notes(store: Store, year: int, quarter: Quarter) -> list[str]:
    """The quarter's stored date against the others' when they fall due out of order."""
    stored: dict[Quarter, date] = {}
    for other, text in store.years.delivery_dates(year).items():
        try:
            stored[other] = date.fromisoformat(text)
        except ValueError:  # not a date (an earlier version's): nothing to compare it with
            continue
    return out_of_order(stored, involving={quarter})


def set_delivery_date(store: Store, year: int, quarter: Quarter, text: str) -> date:
    """Set the delivery date of the quarter's reports."""
    due = check_due_date(text, year, quarter)  # before anything is written: "" is no date here
    set_delivery_dates(store, year, {quarter: text})
    return due


# As the board's «abierto: puede cerrarse»: «Abierto.» read as something still awaited.
_OPEN_REPORTED = (
    "Abierto, con sus cifras del informe oficial importado: ningún paquete lo cerrará; "
    "ciérrelo cuando no haya nada que corregir."
)


def _in_official_report(store: Store, year: int, unit: UnitCode, quarter: Quarter) -> bool:
    """Whether another unit's quarter came in the imported official report, and no package."""
    if unit == coordinating_unit(store) or not store.reports.official_report_through(year, quarter):
        return False
    received = store.received.latest_by_unit(PackageKind.REPORT, year, quarter)
    return not any(code == unit for _entity, code in received)
