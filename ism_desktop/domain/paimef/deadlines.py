"""Every term of the rules that runs from an event or from the fiscal year, computed.

Each term is data (numeral, what, from which event, how many days, hábiles or naturales, who
must act, which recorded date meets it). A term in días naturales is not moved when it ends
on a non-working day: the rules do not say so, and the earlier date is the safe one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.key_dates import key_date_label
from ism_desktop.domain.wording import count

YEAR_END = "cierre_ejercicio"
# The party whose deadlines these are; the INDESOL's terms are listed, never counted as missed.
OWN_PARTY = "IMEF"
# Numeral 4.5.1: unspent funds go back to the TESOFE within 15 días naturales after 31 Dec.
REINTEGRO_DAYS = 15


class DayKind(StrEnum):
    """How a term counts its days."""

    BUSINESS = "hábiles"
    CALENDAR = "naturales"


class DeadlineState(StrEnum):
    """Where a deadline stands on a given day."""

    MET = "cumplido"
    LATE = "cumplido fuera de plazo"
    MISSED = "vencido"
    PENDING = "pendiente"
    # The INDESOL's term past its day with nothing recorded: not a deadline the IMEF missed.
    AWAITED = "sin registro"


@dataclass(frozen=True, slots=True)
class Term:
    """One term of the rules: ``days`` after ``event`` (or a fixed day of the year)."""

    key: str
    numeral: str
    description: str
    days: int
    kind: DayKind
    responsible: str
    event: str
    met_by: str
    fixed: Callable[[int, BusinessCalendar], date] | None = None
    # (recorded date of an authorized extension, business days it adds): numerals 4.3.4.x.
    extension: tuple[str, int] | None = None
    # A term that exists only once this date is recorded (the 15 March one needs a prórroga).
    only_if: str | None = None
    # A term that runs from a day of the year the rules fix (not from a recorded event): that
    # day, and how the deadlines list names it («5 días hábiles desde: …»).
    starts: tuple[Callable[[int, BusinessCalendar], date], str] | None = None
    # Recorded dates that, on or before the term's start day, make the term pointless: the
    # notice of participation is owed only by an IMEF that said nothing by the end of February.
    unless_by: tuple[str, ...] = ()
    # Other recorded dates that meet the term as ``met_by`` does (the earliest one counts).
    also_met_by: tuple[str, ...] = ()
    # A recorded date that, on or before this term's due day, puts another term in its place
    # (February's goes once a prórroga is asked in time: the programme is judged by 15 March's).
    replaced_by: str | None = None
    # Another party's term: what it owes, said past its day with nothing recorded («sin registro
    # de la ministración»).
    awaited: str = ""


def _last_february(year: int, calendar: BusinessCalendar) -> date:
    return calendar.last_business_day(year, 2)


def _march_15(year: int, _calendar: BusinessCalendar) -> date:
    return date(year, 3, 15)


def _last_may(year: int, calendar: BusinessCalendar) -> date:
    return calendar.last_business_day(year, 5)


_H, _N = DayKind.BUSINESS, DayKind.CALENDAR
_YEAR = "ejercicio"

TERMS: tuple[Term, ...] = (
    Term("programa_anual", "4.3.1", "Presentar el Programa Anual (último día hábil de febrero)",
         0, _H, "IMEF", _YEAR, "entrega_programa_anual", _last_february,
         replaced_by="solicitud_prorroga_programa"),
    Term("prorroga_programa_anual", "4.3.1",
         "Con prórroga autorizada, presentar el Programa Anual a más tardar el 15 de marzo",
         0, _N, "IMEF", _YEAR, "entrega_programa_anual", _march_15,
         only_if="solicitud_prorroga_programa"),
    Term("constancia_conclusion", "4.2.1.2",
         "Contar con la Constancia de Conclusión del ejercicio anterior (último día hábil de "
         "mayo; si no, se pueden reducir los recursos)",
         0, _H, "IMEF", _YEAR, "constancia_conclusion_anterior", _last_may),
    # «Si alguna IMEF decide no participar deberá notificarlo [...] En caso de que no se
    # pronuncie al respecto, dentro de los cinco días hábiles posteriores al último día del
    # plazo de entrega establecido [...]». Delivering the programme, or asking the prórroga
    # (which states the decision to participate), by the last business day of February is
    # already that pronouncement; after it, it is one too, on its day: a programme delivered
    # late read «vencido» here, the notice still owed for a programme already in hand.
    Term("participacion", "4.3.1",
         "Sin Programa Anual ni prórroga al último día hábil de febrero: avisar al INDESOL si se "
         "participa (5 días hábiles después; si no, el INDESOL entiende que no se participa)",
         5, _H, "IMEF", _YEAR, "aviso_participacion",
         starts=(_last_february, "Último día hábil de febrero"),
         unless_by=("entrega_programa_anual", "solicitud_prorroga_programa"),
         also_met_by=("entrega_programa_anual", "solicitud_prorroga_programa")),
    Term("valoracion_prorroga", "4.3.1",
         "El INDESOL valora la participación y el monto tras la solicitud de prórroga",
         10, _H, "INDESOL", "solicitud_prorroga_programa", "respuesta_prorroga_programa",
         awaited="la respuesta"),
    Term("respuesta_prorroga", "3.3",
         "El INDESOL responde una solicitud de prórroga de cualquier plazo",
         2, _H, "INDESOL", "solicitud_prorroga", "respuesta_prorroga",
         awaited="la respuesta"),
    Term("ampliacion", "4.2.1.1",
         "El INDESOL resuelve la solicitud de ampliación de recursos",
         15, _H, "INDESOL", "solicitud_ampliacion", "respuesta_ampliacion",
         awaited="la respuesta"),
    Term("reorientacion", "4.2.1.3",
         "El INDESOL resuelve la solicitud de reorientación de recursos",
         5, _H, "INDESOL", "solicitud_reorientacion", "respuesta_reorientacion",
         awaited="la respuesta"),
    Term("recomendaciones_mesa", "4.3.3",
         "El INDESOL envía las recomendaciones de la Mesa de Análisis",
         5, _H, "INDESOL", "sesion_mesa_analisis", "recomendaciones_mesa",
         awaited="las recomendaciones"),
    Term("ajuste_estructural", "4.3.4.1",
         "Enviar el ajuste estructural del Programa Anual (prórroga: hasta 10 días hábiles más)",
         15, _H, "IMEF", "recomendaciones_mesa", "entrega_ajuste_estructural",
         extension=("prorroga_ajuste_estructural", 10)),
    Term("revision_ajuste_estructural", "4.3.4.1",
         "El INDESOL revisa el ajuste estructural",
         10, _H, "INDESOL", "entrega_ajuste_estructural", "observaciones_ajuste_estructural",
         awaited="la revisión"),
    Term("observaciones_ajuste_estructural", "4.3.4.1",
         "Solventar las observaciones al ajuste estructural",
         5, _H, "IMEF", "observaciones_ajuste_estructural",
         "respuesta_observaciones_ajuste_estructural",
         extension=("prorroga_observaciones_ajuste_estructural", 5)),
    Term("constancia_conformidad", "4.3.4.1",
         "Ingresar escaneada la Constancia de Conformidad",
         5, _H, "IMEF", "firma_instrumento", "entrega_constancia_conformidad"),
    Term("ajuste_total", "4.3.4.2",
         "Realizar el ajuste total del Programa Anual (prórroga: hasta 5 días hábiles más)",
         10, _H, "IMEF", "firma_instrumento", "conclusion_ajuste_total",
         extension=("prorroga_ajuste_total", 5)),
    Term("revision_ajuste_total", "4.3.4.2",
         "El INDESOL revisa el ajuste total y, en su caso, emite observaciones",
         10, _H, "INDESOL", "conclusion_ajuste_total", "observaciones_ajuste_total",
         awaited="la revisión"),
    Term("observaciones_ajuste_total", "4.3.4.2",
         "Solventar las observaciones al ajuste total",
         2, _H, "IMEF", "observaciones_ajuste_total", "respuesta_observaciones_ajuste_total"),
    Term("primera_ministracion", "4.3.6",
         "El INDESOL otorga la primera ministración",
         30, _H, "INDESOL", "firma_instrumento", "primera_ministracion",
         awaited="la ministración"),
    Term("revision_informe_parcial", "4.3.8",
         "El INDESOL revisa el Informe Parcial y, en su caso, emite observaciones",
         15, _H, "INDESOL", "entrega_informe_parcial", "revision_informe_parcial",
         awaited="la revisión"),
    Term("informe_final", "4.3.9",
         "Enviar el Informe Final (días hábiles posteriores al cierre del ejercicio)",
         5, _H, "IMEF", YEAR_END, "entrega_informe_final"),
    Term("revision_informe_final", "4.3.9",
         "El INDESOL revisa el Informe Final y emite observaciones",
         20, _H, "INDESOL", "entrega_informe_final", "observaciones_informe_final",
         awaited="la revisión"),
    Term("observaciones_informe_final", "4.3.9",
         "Solventar las observaciones al Informe Final",
         10, _H, "IMEF", "observaciones_informe_final", "respuesta_observaciones_informe_final"),
    Term("reintegro_tesofe", "4.5.1",
         "Reintegrar a la TESOFE los recursos no ejercidos y enviar copia al INDESOL",
         REINTEGRO_DAYS, _N, "IMEF", YEAR_END, "reintegro_tesofe"),
    Term("aviso_cambio", "3.6.2 m",
         "Notificar al INDESOL el cambio de representación legal, domicilio o responsables",
         10, _H, "IMEF", "cambio_representacion", "aviso_cambio_representacion"),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Deadline:
    """A computed deadline: the term, the day it starts from, the day it is due."""

    term: Term
    start: date
    due: date
    done: date | None
    # Business days an authorized extension added to ``due`` (0: none recorded).
    extended_by: int = 0
    # The recorded date that met it (``term.met_by`` or one of ``term.also_met_by``).
    done_by: str = ""
    # Days (of the term's kind) from ``due`` to ``done``; 0 when met on time or not yet.
    late_by: int = 0

    @property
    def description(self) -> str:
        """What must be done, and the extension that moved it, in Spanish."""
        if not self.extended_by:
            return self.term.description
        days = "1 día hábil" if self.extended_by == 1 else f"{self.extended_by} días hábiles"
        return f"{self.term.description}; con prórroga autorizada: {days} más"

    @property
    def by_other_party(self) -> bool:
        """Whether the INDESOL, not the IMEF, must meet it."""
        return self.term.responsible != OWN_PARTY

    def state(self, today: date) -> DeadlineState:
        """Met, met late, missed (awaited, when the INDESOL's) or still pending on ``today``."""
        if self.done is not None:
            return DeadlineState.MET if self.done <= self.due else DeadlineState.LATE
        if today <= self.due:
            return DeadlineState.PENDING
        return DeadlineState.AWAITED if self.by_other_party else DeadlineState.MISSED

    def state_text(self, today: date) -> str:
        """The state in Spanish as every list prints it; a late delivery says how late."""
        state = self.state(today)
        if state is DeadlineState.PENDING and self.by_other_party:
            return f"a cargo del {self.term.responsible}"
        if state is DeadlineState.AWAITED:
            return f"{state} de {self.term.awaited}"
        if state is not DeadlineState.LATE:
            return str(state)
        if self.term.kind is DayKind.BUSINESS:
            days = count(self.late_by, "día hábil", "días hábiles")
        else:
            days = count(self.late_by, "día natural", "días naturales")
        return f"{state} ({days} de retraso)"

    def time_left(self, today: date, calendar: BusinessCalendar) -> str:
        """«en 3 días hábiles» until the due day; in días naturales for a term counted in them.

        Such a term may end on a Sunday (15 March 2026, the TESOFE's 15 January 2028): counted
        in días hábiles it read «en 0 días hábiles» with two days still to go.
        """
        if self.term.kind is DayKind.CALENDAR:
            return f"en {count(self.days_left(today, calendar), 'día natural', 'días naturales')}"
        return f"en {count(self.days_left(today, calendar), 'día hábil', 'días hábiles')}"

    def days_left(self, today: date, calendar: BusinessCalendar) -> int:
        """Days of the term's kind after ``today`` up to the due day; negative once passed."""
        if self.term.kind is DayKind.CALENDAR:
            return (self.due - today).days
        return calendar.business_days_until(today, self.due)

    @property
    def start_label(self) -> str:
        """What the term runs from, in Spanish."""
        if self.term.starts is not None:
            return self.term.starts[1]
        if self.term.event == YEAR_END:
            return "Cierre del ejercicio fiscal (31 de diciembre)"
        if self.term.event == _YEAR:
            return "Ejercicio fiscal"
        return key_date_label(self.term.event)


def compute_deadlines(
    year: int, dates: Mapping[str, date], calendar: BusinessCalendar
) -> list[Deadline]:
    """The deadlines whose starting event is known, ordered by due date."""
    result = []
    for term in TERMS:
        start = _start(term, year, dates, calendar)
        if start is None or (term.only_if is not None and term.only_if not in dates):
            continue
        if any(key in dates and dates[key] <= start for key in term.unless_by):
            continue
        if term.fixed is not None:
            due = term.fixed(year, calendar)
        elif term.kind is DayKind.BUSINESS:
            due = calendar.add_business_days(start, term.days)
        else:
            due = start + timedelta(days=term.days)
        extended_by = 0
        if term.extension is not None and term.extension[0] in dates:
            # "Hasta por" N días hábiles: the most the rules allow, counted from the term's end.
            extended_by = term.extension[1]
            due = calendar.add_business_days(due, extended_by)
        replaced = dates.get(term.replaced_by) if term.replaced_by else None
        if replaced is not None and replaced <= due:
            continue  # asked in time (3.3: before the term expires); asked after, it stands
        done_by = _met_by(term, dates)
        done = dates[done_by] if done_by else None
        late_by = 0 if done is None else _days_late(term.kind, due, done, calendar)
        result.append(Deadline(term, start, due, done, extended_by, done_by, late_by))
    result.sort(key=lambda item: (item.due, TERMS.index(item.term)))
    return result


def _start(
    term: Term, year: int, dates: Mapping[str, date], calendar: BusinessCalendar
) -> date | None:
    if term.starts is not None:
        return term.starts[0](year, calendar)
    if term.event == _YEAR:
        return date(year, 1, 1)
    if term.event == YEAR_END:
        return date(year, 12, 31)
    return dates.get(term.event)


def _met_by(term: Term, dates: Mapping[str, date]) -> str:
    """The recorded date that met ``term`` first (its own on a tie); "" when none is."""
    keys = [key for key in (term.met_by, *term.also_met_by) if key in dates]
    return min(keys, key=lambda key: dates[key]) if keys else ""


def _days_late(kind: DayKind, due: date, done: date, calendar: BusinessCalendar) -> int:
    """Days from ``due`` to ``done`` as the term counts them; 0 when on time.

    A delivery on a non-working day after the term is received on the next business day: one
    día hábil late, not none.
    """
    if done <= due:
        return 0
    if kind is DayKind.CALENDAR:
        return (done - due).days
    return max(calendar.business_days_until(due, done), 1)


def due_soon(deadlines: list[Deadline], today: date, horizon_days: int = 15) -> list[Deadline]:
    """Open deadlines due within ``horizon_days`` días naturales, and those already missed."""
    limit = today + timedelta(days=horizon_days)
    return [item for item in deadlines if item.done is None and item.due <= limit]
