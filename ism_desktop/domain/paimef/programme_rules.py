"""The rules of the Programa Anual, each named with its numeral in its Spanish message.

Errors block the informe; warnings ask for a justification. Transversal activities may take up
to 5 % of the programme (numeral 3.5.1): exactly 5 % is allowed, compared without rounding.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.deadlines import (
    REINTEGRO_DAYS,
    TERMS,
    YEAR_END,
    Term,
    compute_deadlines,
)
from ism_desktop.domain.paimef.findings import PaimefFinding, Severity
from ism_desktop.domain.paimef.key_dates import KEY_DATES, key_date_label
from ism_desktop.domain.paimef.money import CENTAVO, money_display
from ism_desktop.domain.paimef.programme import ZERO, Action, AnnualProgramme
from ism_desktop.domain.paimef.rule_references import goal_field
from ism_desktop.domain.paimef.transversal import transversal_share
from ism_desktop.domain.paimef.vertientes import Vertiente, linea_by_code, vertiente_of_key

_ERROR, _WARNING = Severity.ERROR, Severity.WARNING


def _finding(rule: str, severity: Severity, action: str, field: str, text: str) -> PaimefFinding:
    return PaimefFinding(rule, severity, action, field, text)


def check_programme(
    programme: AnnualProgramme, today: date, calendar: BusinessCalendar | None = None
) -> list[PaimefFinding]:
    """Every finding of the programme on ``today``: the programme's first, then each acción's.

    ``calendar``: the business days the terms count (by default the LFT's holidays alone).
    """
    findings = list(_vertientes(programme))
    findings += _duplicate_keys(programme)
    findings += _transversal_share(programme)
    for action in programme.actions:
        findings += _action_findings(action)
    findings += _reintegro(programme, today)
    findings += _dates_out_of_order(programme)
    findings += _closing_deliveries_inside_the_year(programme)
    findings += _dates_far_from_the_year(programme)
    calendar = calendar or BusinessCalendar()
    findings += _late_deliveries(programme, calendar)
    findings += _late_prorroga_request(programme, calendar)
    return findings


def _vertientes(programme: AnnualProgramme) -> Iterator[PaimefFinding]:
    for vertiente in Vertiente:
        if not programme.in_vertiente(vertiente):
            yield _finding(
                "3.4a",
                _ERROR,
                "",
                f"vertiente.{vertiente}",
                f"Numerales 3.3 y 3.4 a): el Programa Anual no tiene acciones en la vertiente "
                f"{vertiente} ({vertiente.heading}); debe tener acciones en las tres vertientes.",
            )


def _duplicate_keys(programme: AnnualProgramme) -> Iterator[PaimefFinding]:
    # «a.1» is the clave «A.1» typed without capitals: the office reads them as one.
    seen: set[str] = set()
    for action in programme.actions:
        if action.key.casefold() in seen:
            yield _finding(
                "clave",
                _ERROR,
                action.key,
                "clave",
                f"Numeral 3.4 i): la clave {action.key} se repite; cada acción necesita la suya.",
            )
        seen.add(action.key.casefold())


def _transversal_share(programme: AnnualProgramme) -> Iterator[PaimefFinding]:
    share = transversal_share(programme)
    if not share.over:
        return
    transversal, total, limit = share.amount, share.total, share.limit
    yield _finding(
        "3.5.1",
        _ERROR,
        "",
        "transversal",
        f"Numeral 3.5.1: las actividades transversales (coordinación, monitoreo y seguimiento) "
        f"suman {money_display(transversal)}, más del 5 % de {money_display(total)}; "
        f"el máximo es 5 % ({money_display(limit)}).",
    )


def _key_of_another_vertiente(action: Action) -> Iterator[PaimefFinding]:
    # Only a clave shaped «letter, number» says a vertiente; a free one («ACC-01») says none.
    letter = vertiente_of_key(action.key)
    if letter is None or letter is action.vertiente:
        return
    yield _finding(
        "2.3-clave",
        _ERROR,
        action.key,
        "clave",
        f"Numerales 2.3 y 3.4 i): la acción {action.key} está en la vertiente "
        f"{action.vertiente}, pero su clave empieza con {letter}, la letra de la vertiente "
        f"{letter}; corrija la clave o la vertiente.",
    )


def _action_findings(action: Action) -> Iterator[PaimefFinding]:
    key = action.key
    yield from _key_of_another_vertiente(action)
    line = linea_by_code(action.line) if action.line.strip() else None
    if not action.line.strip():
        yield _finding(
            "3.4i-linea",
            _ERROR,
            key,
            "linea_accion",
            f"Numeral 3.4 i): la acción {key} no tiene línea de acción (Anexo 2).",
        )
    elif line is None:
        yield _finding(
            "3.4i-linea",
            _ERROR,
            key,
            "linea_accion",
            f"Numeral 3.4 i): «{action.line}» no es una línea de acción del Anexo 2 "
            f"(acción {key}).",
        )
    elif line.vertiente is not action.vertiente:
        yield _finding(
            "3.4i-linea",
            _ERROR,
            key,
            "linea_accion",
            f"Numeral 3.4 i): la línea de acción {line.code} es de la vertiente "
            f"{line.vertiente}, no de la {action.vertiente} (acción {key}, Anexo 2).",
        )
    if not action.justification.strip():
        yield _finding(
            "3.4i-justificacion",
            _ERROR,
            key,
            "justificacion",
            f"Numeral 3.4 i): la acción {key} no tiene justificación.",
        )
    yield from _amounts(action)
    yield from _goals_beyond_quantity(action)
    if not action.goals or not action.evidence.strip():
        missing = "metas" if not action.goals else "material probatorio"
        yield _finding(
            "4.3.4.1", _WARNING, key, "metas" if not action.goals else "material_probatorio",
            f"Numeral 4.3.4.1: la acción {key} no tiene {missing}; el Anexo Técnico define "
            "acciones, materiales probatorios y presupuesto.",
        )  # fmt: skip


def _amounts(action: Action) -> Iterator[PaimefFinding]:
    key = action.key
    for field, label, value in (
        ("monto_programado", "programado", action.programmed),
        ("monto_ejercido", "ejercido", action.exercised),
    ):
        if value < 0:
            yield _finding(
                "3.4i-monto", _ERROR, key, field,
                f"Numeral 3.4 i): el monto {label} de la acción {key} es negativo "
                f"({money_display(value)}).",
            )  # fmt: skip
        if value != value.quantize(CENTAVO):
            yield _finding(
                "3.4i-monto", _ERROR, key, field,
                f"Numeral 3.4 i): el monto {label} de la acción {key} tiene fracciones de "
                f"centavo ({value}).",
            )  # fmt: skip
    if action.programmed == 0:
        yield _finding(
            "3.4i-presupuesto", _ERROR, key, "monto_programado",
            f"Numeral 3.4 i): la acción {key} no tiene presupuesto programado.",
        )  # fmt: skip
    if action.exercised > action.programmed >= 0:
        yield _finding(
            "4.2.1.3", _ERROR, key, "monto_ejercido",
            f"Numerales 4.2.1.3 y 4.3.5.1: la acción {key} ejerció "
            f"{money_display(action.exercised)}, más que lo programado "
            f"({money_display(action.programmed)}); ejercer más requiere una reorientación "
            "de recursos autorizada.",
        )  # fmt: skip


def _goals_beyond_quantity(action: Action) -> Iterator[PaimefFinding]:
    """A meta achieved beyond what was planned: allowed, but a reviewer asks why.

    Each meta its own warning, one justification per meta: the field names it by its
    description (``goal_field``), so that the reason stays with its meta when the rows are
    reordered or one is deleted (by row, it answered another meta).
    """
    alike: dict[str, int] = {}
    for goal in action.goals:
        alike[goal.description] = nth = alike.get(goal.description, 0) + 1
        if goal.achieved is None or goal.achieved <= goal.quantity:
            continue
        yield _finding(
            "metas-alcanzado", _WARNING, action.key, goal_field(goal.description, nth),
            f"Metas de la acción {action.key}: en «{goal.description}» se alcanzó "
            f"{goal.achieved} ({goal.unit}), más que la cantidad programada, {goal.quantity}; "
            "explique por qué o corrija la cifra.",
        )  # fmt: skip


def reintegro_due(year: int) -> date:
    """The last day to return unspent funds to the TESOFE: 15 días naturales after 31 Dec."""
    return date(year, 12, 31) + timedelta(days=REINTEGRO_DAYS)


def _reintegro(programme: AnnualProgramme, today: date) -> Iterator[PaimefFinding]:
    unspent = programme.unspent_total
    if today <= date(programme.year, 12, 31) or unspent <= ZERO:
        return
    if "reintegro_tesofe" in programme.dates:
        return
    due = reintegro_due(programme.year)
    late = " (el plazo ya venció)" if today > due else ""
    yield _finding(
        "4.5.1",
        _WARNING,
        "",
        "reintegro",
        f"Numeral 4.5.1: quedaron sin ejercer {money_display(unspent)} del ejercicio "
        f"{programme.year}; deben reintegrarse a la TESOFE a más tardar el "
        f"{due:%d/%m/%Y}{late} y enviarse copia del reintegro al INDESOL.",
    )


def _dates_out_of_order(programme: AnnualProgramme) -> Iterator[PaimefFinding]:
    """A date recorded before the one it answers: most likely a typo (a year, a month)."""
    dates = programme.dates
    seen: set[tuple[str, str]] = set()
    for term in TERMS:
        pair = (term.event, term.met_by)
        # Only dates the user records; terms from the year itself have nothing to answer.
        if pair in seen or term.event not in KEY_DATES or not set(pair) <= dates.keys():
            continue
        seen.add(pair)
        start, met = dates[term.event], dates[term.met_by]
        if met < start:
            yield _date_before(
                term,
                met,
                f"es anterior a la de «{key_date_label(term.event)}» ({start:%d/%m/%Y}), de la "
                "que depende; revise las dos fechas.",
            )


def _date_before(term: Term, met: date, what_then: str) -> PaimefFinding:
    """The warning of a delivery dated before what starts its term (``what_then`` says it)."""
    return _finding(
        term.numeral,
        _WARNING,
        "",
        f"fechas.{term.met_by}",
        f"Numeral {term.numeral}: la fecha de «{key_date_label(term.met_by)}» "
        f"({met:%d/%m/%Y}) {what_then}",
    )


def _closing_deliveries_inside_the_year(programme: AnnualProgramme) -> Iterator[PaimefFinding]:
    """The Informe Final or the reintegro dated before the year closed: a typed year, likely.

    Written in January for the year just closed, «08/01/2026» for «08/01/2027» met the term
    and quieted the warning of the unspent funds. The last day itself is the close: allowed.
    """
    close = date(programme.year, 12, 31)
    for term in TERMS:
        done = programme.dates.get(term.met_by)
        if term.event != YEAR_END or done is None or done >= close:
            continue
        yield _date_before(
            term,
            done,
            f"es anterior al cierre del ejercicio {programme.year} ({close:%d/%m/%Y}), desde el "
            "que corre su plazo; revise el año.",
        )


def _dates_far_from_the_year(programme: AnnualProgramme) -> Iterator[PaimefFinding]:
    """A date years away from the ejercicio: a typed year («2019» for «2026»), most likely.

    The year before and after are left alone: some terms run into January of the next one.
    """
    for key, day in programme.dates.items():
        if abs(day.year - programme.year) > 1:
            yield _finding(
                "fechas",
                _WARNING,
                "",
                f"fechas.{key}",
                f"La fecha de «{key_date_label(key)}» ({day:%d/%m/%Y}) no es del ejercicio "
                f"{programme.year} ni de uno contiguo; revise el año.",
            )


def _late_deliveries(
    programme: AnnualProgramme, calendar: BusinessCalendar
) -> Iterator[PaimefFinding]:
    """A delivery of the IMEF recorded after its term: a fact the rules count against it.

    A term without its delivery recorded is listed as «vencido» by the deadlines, not here: the
    date may simply not have been written down.
    """
    dates = programme.dates
    for deadline in compute_deadlines(programme.year, dates, calendar):
        term, done = deadline.term, deadline.done
        if term.responsible != "IMEF" or done is None or done <= deadline.due:
            continue
        if deadline.done_by != term.met_by:
            continue  # met by another delivery (the notice by the programme): judged by its own
        yield _finding(
            term.numeral,
            _WARNING,
            "",
            f"plazo.{term.key}",
            f"Numeral {term.numeral}: «{deadline.description}» vencía el "
            f"{deadline.due:%d/%m/%Y} y «{key_date_label(term.met_by)}» se registró el "
            f"{done:%d/%m/%Y}, fuera de plazo.",
        )


def _late_prorroga_request(
    programme: AnnualProgramme, calendar: BusinessCalendar
) -> Iterator[PaimefFinding]:
    """A prórroga of the Programa Anual asked after its term expired (numeral 3.3).

    The other prórrogas are recorded as authorized, with no request of their own to compare.
    """
    asked = programme.dates.get("solicitud_prorroga_programa")
    due = calendar.last_business_day(programme.year, 2)
    if asked is None or asked <= due:
        return
    yield _finding(
        "3.3",
        _WARNING,
        "",
        "fechas.solicitud_prorroga_programa",
        f"Numeral 3.3: la «{key_date_label('solicitud_prorroga_programa')}» se registró el "
        f"{asked:%d/%m/%Y}, después de que venciera el plazo que prorroga ({due:%d/%m/%Y}, "
        "último día hábil de febrero); la prórroga debe solicitarse antes del vencimiento.",
    )
