"""The year's news in packages: approval, delivery dates, closings and decisions (and reopenings).

The coordinator's base and observations packages tell a unit what was decided about its year;
a unit's report package says which closed quarters it reopened and what changed since (read
and written in ``reopen_travel``). All the keys are optional, so packages of earlier versions
still read, and older programs ignore them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ism_desktop.domain.audit import FieldChange
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.deadline import due_date_problem
from ism_desktop.domain.decided_words import decided_lines
from ism_desktop.domain.delivery_dates import out_of_time
from ism_desktop.domain.local_time import instant, local_date_text, local_time_phrase
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.typed_date import read_typed_date
from ism_desktop.domain.wording import count, quoted
from ism_desktop.domain.year_news import APPROVED, REJECTED, Decision, QuarterState, YearNews
from ism_desktop.exchange.base_delivered import by_a_base
from ism_desktop.exchange.package.data_reader import DataReader
from ism_desktop.exchange.package.manifest import PackageManifest
from ism_desktop.store.closure_repository import REOPEN, closed_field
from ism_desktop.store.store import Store

_FIELD_LIMIT = 64
KEPT_DATE = "no se tomó: el trimestre conserva la fecha de entrega que ya tenía aquí"


def coordinator_news(store: Store, year: int, entity: str, unit: UnitCode) -> dict[str, Any]:
    """The keys a base or observations package adds to ``datos.json`` for the unit."""
    record = store.years.get(year)
    quarters: dict[str, Any] = {}
    reasons = {
        event.quarter: event.reason
        for event in store.closures.log(year, unit)
        if event.action == REOPEN and event.entity == entity
    }
    for (ent, code, quarter), closed in store.closures.states(year).items():
        if ent == entity and code == unit:
            # The last event in the log's own order: its text is the time of the PC that
            # wrote it, and another PC's zone would reorder texts.
            at = next(
                (e.at for e in reversed(store.closures.log(year, unit)) if e.quarter == quarter),
                "",
            )
            quarters[str(int(quarter))] = {
                "cerrado": closed,
                "fecha": at,
                "motivo": "" if closed else reasons.get(quarter, ""),
            }
    return {
        "programa_aprobado": None if record is None else record.approved_at,
        "fechas_entrega": {str(int(q)): d for q, d in store.years.delivery_dates(year).items()},
        "trimestres": quarters,
        "decisiones": [
            {
                "id_meta": d.meta_id,
                "campo": d.field,
                "etiqueta": d.label,
                "actual": d.current,
                "solicitado": d.requested,
                "motivo_solicitud": d.request_reason,
                "fecha_solicitud": d.requested_at,
                "decision": d.decision,
                "documento": d.document,
                "motivo": d.reason,
                "quien": d.decided_by,
                "fecha": d.decided_at,
            }
            for d in store.decisions.for_year(year, unit)
            if d.entity == entity
        ],
    }


def _quarter(reader: DataReader, key: str, what: str) -> Quarter:
    if key not in ("1", "2", "3", "4"):
        raise reader.refuse(f"{what}: «{key[:8]}» no es un trimestre")
    return Quarter(int(key))


def read_news(reader: DataReader, data: Mapping[str, Any], manifest: PackageManifest) -> YearNews:
    """The news a coordinator's package carries (empty for packages of earlier versions)."""
    approved = data.get("programa_aprobado")
    if approved is not None:
        # None when not approved: an approval always has its moment, as ``aprobar`` wrote it.
        approved = reader.moment(approved, "la fecha de aprobación del programa")
    # The coordinating unit sends every date it holds: a quarter without one has none (it was
    # taken away there). Packages of earlier versions say nothing of dates, and change none.
    dates: dict[Quarter, str | None] = dict.fromkeys(Quarter) if "fechas_entrega" in data else {}
    unheeded: list[str] = []
    for key, value in reader.mapping(data.get("fechas_entrega", {}), "las fechas").items():
        text = reader.text(value, "una fecha de entrega", 10)
        try:
            due = read_typed_date(text, manifest.year)
        except ValueError as exc:
            raise reader.refuse(f"la fecha de entrega «{text}» no es válida") from exc
        quarter = _quarter(reader, key, "las fechas de entrega")
        # The bounds ``trimestre fecha`` keeps: a date out of them, edited into a package or
        # stored by an earlier version, showed the unit late (or never) by a day no one typed.
        problem = due_date_problem(due, manifest.year, quarter)
        if problem is not None:
            raise reader.refuse(problem)
        if (early := out_of_time(due, manifest.year, quarter)) is not None:
            # Due before its quarter is over: an earlier version let it be typed, and such a
            # package still travels. Its observations are taken; the unit keeps its own date.
            dates.pop(quarter, None)
            unheeded.append(f"{early.rstrip('.')}; {KEPT_DATE}")
            continue
        dates[quarter] = due.isoformat()
    quarters = {}
    for key, value in reader.mapping(data.get("trimestres", {}), "los trimestres").items():
        item = reader.mapping(value, "un trimestre")
        quarter = _quarter(reader, key, "los trimestres")
        # Empty: a quarter whose log has no event (and packages of earlier versions).
        quarters[quarter] = QuarterState(
            reader.flag(item.get("cerrado"), "el cierre de un trimestre"),
            reader.moment(
                item.get("fecha", ""), f"la fecha del cierre del trimestre {key}", empty=True
            ),
            reader.text(item.get("motivo", ""), "el motivo de una reapertura", 2000),
        )
    decisions = []
    for item in reader.items(data.get("decisiones", []), "una decisión", 10_000):
        values = {
            key: reader.text(item.get(key, ""), f"una decisión ({key})", 2000)
            for key in ("id_meta", "campo", "actual", "solicitado", "decision")
        }
        # What people typed: made plain rather than refused. A coordinator's database written
        # by an older version may hold a control character in one, and every package to the
        # unit would be refused for it, with no way to change a decision taken.
        values |= {
            key: reader.shown(item.get(key, ""), f"una decisión ({key})", 2000)
            for key in ("etiqueta", "motivo_solicitud", "documento", "motivo", "quien")
        }
        values |= _decision_dates(reader, item, values["id_meta"])
        if values["decision"] not in (APPROVED, REJECTED) or not values["campo"].startswith(
            "modificado."
        ):
            raise reader.refuse("una decisión sobre una solicitud no es válida")
        decisions.append(
            Decision(
                manifest.year,
                manifest.entity,
                manifest.unit,
                values["id_meta"][:16],
                values["campo"][:_FIELD_LIMIT],
                values["etiqueta"],
                values["actual"],
                values["solicitado"],
                values["motivo_solicitud"],
                values["fecha_solicitud"],
                values["decision"],
                values["documento"],
                values["motivo"],
                values["quien"],
                values["fecha"],
            )
        )
    return YearNews(approved, dates, quarters, tuple(decisions), tuple(unheeded))


def _decision_dates(reader: DataReader, item: Mapping[str, Any], meta_id: str) -> dict[str, str]:
    """A decision's moments, as ``solicitudes aprobar/rechazar`` and a unit's package wrote them.

    «NaN» or a year 9999 was stored as when a request was decided, and shown as such. A
    request whose change travelled without a date was stored with none: its decision too.
    """
    meta = quoted(meta_id[:16])
    return {
        "fecha_solicitud": reader.moment(
            item.get("fecha_solicitud", ""),
            f"la fecha de la solicitud de una decisión sobre la meta «{meta}»",
            empty=True,
        ),
        "fecha": reader.moment(
            item.get("fecha"), f"la fecha de la decisión sobre una solicitud de la meta «{meta}»"
        ),
    }


def news_notes(news: YearNews) -> tuple[str, ...]:
    """Spanish lines for the review of a package: what it says about the year."""
    notes = []
    if news.approved_at:
        approved = local_time_phrase(news.approved_at)
        notes.append(f"el programa del año está aprobado desde {approved}")
    notes += [
        f"fecha de entrega del trimestre {int(q)}: {local_date_text(d)}"
        for q, d in sorted(news.delivery_dates.items())
        if d is not None
    ]
    notes += news.unheeded
    for quarter, state in sorted(news.quarters.items()):
        if not state.closed:
            notes.append(
                f"la unidad coordinadora reabrió el trimestre {int(quarter)}: {state.reason}"
            )
    notes += [f"solicitud {said}" for _decision, said in decided_lines(news.decisions)]
    return tuple(notes)


def year_state_json(store: Store, year: int) -> dict[str, Any]:
    """For ``dump``: the programme's approval and, per unit and quarter, closed and due date."""
    record = store.years.get(year)
    dates = store.years.delivery_dates(year)
    states = store.closures.states(year)
    units: dict[tuple[str, UnitCode], None] = {}
    for meta in store.reports.load_year_metas(year):
        units.setdefault((meta.key.entity, meta.key.unit), None)
    return {
        "programa_aprobado": record is not None and record.approved,
        "cierres": [
            {
                "unidad": unit.value,
                "trimestre": int(quarter),
                "cerrado": states.get((entity, unit, quarter), False),
                "fecha_entrega": dates.get(quarter),
            }
            for entity, unit in units
            for quarter in Quarter
        ],
    }


def unsent_changes(store: Store, year: int, entity: str, unit: UnitCode, quarter: Quarter) -> int:
    """How many of the unit's metas this PC changed in ``quarter`` with no package since.

    Every change this PC made after its last package counts (a package carries every quarter
    as it is, and the quarter was closed here in between unless reopened), except what a
    programme base brought back. Times are this PC's own, compared as moments: a change of
    time zone does not reorder them.
    """
    sent = [instant(p.created_at) for p in store.packages.history(unit) if p.year == year]
    last_sent = max(sent, default=None)
    return sum(
        1
        for meta in store.reports.load_unit_metas(year, entity, unit)
        if _net_change(
            entry.change
            for entry in store.edits.history(year, meta.stable_id)
            if closed_field(entry.change.field, quarter)
            and not by_a_base(entry.author.profile)
            and (last_sent is None or instant(entry.at) > last_sent)
        )
    )


def _net_change(changes: Iterable[FieldChange]) -> bool:
    """Whether the changes, oldest first, leave some field other than they found it.

    A figure typed and then undone is no change to send.
    """
    first: dict[str, str] = {}
    last: dict[str, str] = {}
    for change in changes:
        first.setdefault(change.field, change.old)
        last[change.field] = change.new
    return any(first[field] != last[field] for field in first)


# How a closing note with changes never sent ends (they will be lost: a warning).
UNSENT_ENDING = (
    "la unidad coordinadora no los tendrá, y rechazará el paquete siguiente, mientras no reabra "
    "ese trimestre (pídaselo)"
)


def closing_note(quarter: Quarter, unsent: int) -> str:
    """What a unit is told when the coordinating unit's package closes one of its quarters."""
    note = (
        f"la unidad coordinadora cerró el trimestre {int(quarter)}: sus cifras y evaluaciones "
        "quedan de solo lectura en esta computadora"
    )
    if not unsent:
        return note
    has = "tiene" if unsent == 1 else "tienen"
    return (
        f"{note}; {count(unsent, 'meta', 'metas')} de esta computadora {has} cambios en ese "
        f"trimestre que no se han enviado: {UNSENT_ENDING}"
    )
