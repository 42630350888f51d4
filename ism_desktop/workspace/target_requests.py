"""Deciding a unit's target-change requests: approve with the document, or reject with a reason."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from ism_desktop.domain.audit import Author
from ism_desktop.domain.fields import FieldRef
from ism_desktop.domain.limits import MAX_REASON_CHARS, field_text_problem
from ism_desktop.domain.local_time import local_time_phrase
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.package_author import author_in_words, package_author
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.package_records import TargetChangeRequest, figure_phrase
from ism_desktop.domain.programme_checks import modified_target_problem
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.settings import ValidationSettings
from ism_desktop.domain.wording import reopen_hint, shortened
from ism_desktop.domain.year_news import APPROVED, REJECTED, Decision
from ism_desktop.domain.year_programme import with_requested_target
from ism_desktop.store.closure_repository import CLOSE
from ism_desktop.store.store import Store


class RequestError(Exception):
    """A decision that cannot be taken; the message is for the user (Spanish)."""


@dataclass(frozen=True)
class DecisionOutcome:
    """What a decision did: the decisions recorded (a quarter and its annual go together)."""

    decisions: tuple[Decision, ...]


def _companions(store: Store, request: TargetChangeRequest) -> list[TargetChangeRequest]:
    """The request and, when it is its row's last quarterly one pending, the row's annual."""
    row = request.field.split(".")[-1]
    annual = f"modificado.anual.{row}"
    others = [
        other
        for other in store.target_requests.for_meta(request.year, request.meta_id)
        if other.request_id != request.request_id and other.field.endswith(f".{row}")
    ]
    if any(other.field != annual for other in others):
        return [request]  # another quarter of the row is still to decide: the annual waits
    return [request] + [other for other in others if other.field == annual]


def _change_text(request: TargetChangeRequest) -> str:
    return f"{request.label}: {figure_phrase(request.current)} → {figure_phrase(request.requested)}"


@dataclass(frozen=True)
class ToDecide:
    """A request a person decides, what it asks in words, and its row's annual asked with it."""

    request: TargetChangeRequest
    text: str
    # The annual of the request's row, which follows from its quarters (none asked: None).
    annual: TargetChangeRequest | None = None
    # Whether deciding this request decides the annual too (its row's only quarter asked).
    annual_with_it: bool = False


def to_decide(pending: Sequence[TargetChangeRequest]) -> list[ToDecide]:
    """Each request a person decides, with what it asks in words.

    The annual of a row follows from its quarters, and is decided with the row's last quarter
    (``decide_request``): it rides on its quarter's line instead of being a line of its own,
    which could only be refused. With several quarters of the row asked, its total is theirs
    together, which no single line gives: those lines say it is recalculated.
    """

    def row_of(request: TargetChangeRequest) -> tuple[int, str, str]:
        return request.year, request.meta_id, request.field.split(".")[-1]

    quarterly: dict[tuple[int, str, str], int] = {}
    annuals: dict[tuple[int, str, str], TargetChangeRequest] = {}
    for request in pending:
        if request.field.startswith("modificado.anual."):
            annuals[row_of(request)] = request
        else:
            quarterly[row_of(request)] = quarterly.get(row_of(request), 0) + 1
    lines = []
    for request in pending:
        row = row_of(request)
        annual = annuals.get(row)
        if request is annual:
            if row not in quarterly:
                lines.append(ToDecide(request, _change_text(request)))
            continue
        text = _change_text(request)
        alone = quarterly[row] == 1
        if annual is not None and alone:
            text += f" (anual: {figure_phrase(annual.current)} → {figure_phrase(annual.requested)})"
        elif annual is not None:
            text += " (el anual se recalcula)"
        lines.append(ToDecide(request, text, annual, annual is not None and alone))
    return lines


def requests_to_decide(
    pending: Sequence[TargetChangeRequest],
) -> list[tuple[TargetChangeRequest, str]]:
    """Each request a person decides, with what it asks in words (``to_decide``)."""
    return [(item.request, item.text) for item in to_decide(pending)]


def pending_lines(pending: Sequence[TargetChangeRequest]) -> list[str]:
    """Each request of a meta as the form shows it: who asks, what, and the unit's reason.

    As ``requests_to_decide`` lists them: an annual rides on its quarter's line, which holds
    the unit's reason (the annual follows, and carries none of its own).
    """
    lines = []
    for request, text in requests_to_decide(pending):
        reason = request.reason or "sin motivo en el paquete"
        document = f"; documento: {request.document}" if request.document else ""
        lines.append(
            f"La unidad {request.unit} pide (envío {request.sequence}): {text} "
            f"(motivo: {reason}{document})"
        )
    return lines


def find_request(store: Store, request_id: int) -> TargetChangeRequest:
    """The pending request with this number."""
    period = store.reports.current_period()
    years = store.years.years() or ([] if period is None else [period[0]])
    for year in years:
        for request in store.target_requests.pending(year):
            if request.request_id == request_id:
                return request
    for year in years:
        # Decided already: saying it was never there sent people looking for a lost request.
        if (decided := store.decisions.for_request(year, request_id)) is not None:
            raise RequestError(
                f"la solicitud {request_id} {_decided_text(decided)}: "
                f"{_decided_request(store, decided)}; no se cambió nada."
            )
    listing = "ism-desktop solicitudes" + ("" if period is None else f" --ejercicio {period[0]}")
    unnumbered = any(d.request_id == 0 for year in years for d in store.decisions.for_year(year))
    older = (
        " (las decididas con una versión anterior del programa no guardan su número: búsquela "
        "entre las decididas)"
        if unnumbered
        else ""
    )
    raise RequestError(
        f"no hay ninguna solicitud pendiente con el número {request_id}; véalas con "
        f"«{listing}»{older}."
    )


def _decided_request(store: Store, decision: Decision) -> str:
    """Which request it was: «unidad 004, «ASESORÍA LEGAL», Modificado anual (NUM): 448 → 490».

    An annual that rides with its quarter has a number the listing never shows: typed by
    mistake, the date and document alone read as if the request meant had been decided.
    """
    names = {m.stable_id: m.description for m in store.reports.load_year_metas(decision.year)}
    name = shortened(names.get(decision.meta_id, decision.meta_id))
    change = f"{figure_phrase(decision.current)} → {figure_phrase(decision.requested)}"
    return f"unidad {decision.unit}, «{name}», {decision.label}: {change}"


def _decided_text(decision: Decision) -> str:
    """«ya se aprobó el 04/12/2026 a las 15:27 (documento OF-2)», or «ya se rechazó …»."""
    verb = "aprobó" if decision.approved else "rechazó"
    why = f"documento {decision.document}" if decision.approved else f"motivo: {decision.reason}"
    return f"ya se {verb} {local_time_phrase(decision.decided_at)} ({why})"


def _refuse_closed_quarter(store: Store, request: TargetChangeRequest, meta: Meta) -> None:
    """Refuse to apply a request to a quarter closed for its unit: its target is read-only.

    Only the quarterly figure names a quarter; the annual that rides with it follows from it.
    A quarter the request's package delivered is the exception while receiving a package of
    the unit is what closed it last: deciding what the package asks is part of receiving it
    (refused, every request for the quarter being reported needed the quarter just received
    reopened first). Closed again by hand since, a person's closing stands.
    """
    ref = FieldRef.parse(request.field)
    if ref is None or ref.period is None:
        return
    quarter, unit = ref.period, meta.key.unit
    if _closed_by_receipt(store, request, quarter):
        return
    if store.closures.is_closed(request.year, meta.key.entity, unit, quarter):
        hint = reopen_hint(request.year, str(unit), [int(quarter)], "reábralo")
        raise RequestError(
            f"el trimestre {int(quarter)} de la unidad {unit} está cerrado y su meta modificada "
            f"no cambia; no se aprobó y la solicitud sigue pendiente. Para aprobarla, {hint}."
        )


def _closed_by_receipt(store: Store, request: TargetChangeRequest, quarter: Quarter) -> bool:
    """Whether ``quarter`` was last closed by receiving a report package of the request's unit.

    The request's package delivered that quarter or a later one (a pending request rides again
    in each package, numbered as the last); a reopening or a closing by hand since undoes it.
    """
    packages = [
        package
        for package in store.received.history(request.unit)
        if package.year == request.year
        and package.entity == request.entity
        and package.kind is PackageKind.REPORT
    ]
    delivered = max((int(p.quarter) for p in packages if p.sequence == request.sequence), default=0)
    if quarter > delivered:
        return False
    receipts = {package_author(str(request.unit), p.sequence, p.file_name) for p in packages}
    last = next(
        (
            event
            for event in reversed(store.closures.log(request.year, request.unit))
            if event.entity == request.entity and event.quarter == quarter
        ),
        None,
    )
    return (
        last is not None
        and last.action == CLOSE
        and author_in_words(last.author.profile) in receipts
    )


def _refuse_review_error(request: TargetChangeRequest, after: Meta) -> None:
    """Refuse to apply a figure the review would call an error (as the unit's PC refuses it).

    A package of an older version may still ask for one; applied, it would stop every export
    of the unit. Rejecting the request stays possible.
    """
    ref = FieldRef.parse(request.field)
    if ref is None or ref.period is None:
        return
    found = modified_target_problem(after, ref.period, ValidationSettings())
    if found is not None:
        said = found[1][:1].lower() + found[1][1:].rstrip(".")
        raise RequestError(f"{said}; no se aprobó y la solicitud sigue pendiente.")


def decide_request(
    store: Store,
    request_id: int,
    approve: bool,
    text: str,
    author: Author,
    *,
    now: datetime | None = None,
) -> DecisionOutcome:
    """Approve (``text``: the authorising document) or reject (``text``: the reason)."""
    what = "el número del documento que lo autoriza" if approve else "el motivo del rechazo"
    if not text.strip():
        raise RequestError(f"falta {what}.")
    # It travels to the unit in its programa base: what the unit could not read, refused here.
    if (problem := field_text_problem(text.strip(), MAX_REASON_CHARS)) is not None:
        raise RequestError(f"{what} {problem}; no se decidió.")
    request = find_request(store, request_id)
    if request.field.startswith("modificado.anual."):
        quarterly = [
            r
            for r in store.target_requests.for_meta(request.year, request.meta_id)
            if r.field.endswith(request.field.split(".")[-1]) and r.field != request.field
        ]
        if quarterly:
            raise RequestError(
                f"el anual se recalcula: decida la solicitud del trimestre (número "
                f"{quarterly[0].request_id})."
            )
    at = (now or datetime.now()).astimezone().isoformat(timespec="seconds")
    group = _companions(store, request)
    document, reason = (text.strip(), "") if approve else ("", text.strip())
    decision = APPROVED if approve else REJECTED
    decisions = tuple(Decision.of(r, decision, document, reason, author.profile, at) for r in group)
    edit = None
    if approve:
        metas = store.reports.load_year_metas(request.year)
        before = next((m for m in metas if m.stable_id == request.meta_id), None)
        if before is None:
            raise RequestError(f"la meta {request.meta_id} ya no está en el programa.")
        try:
            after = with_requested_target(before, request.field, Decimal(request.requested))
        except (InvalidOperation, ValueError) as exc:
            raise RequestError(f"la cifra solicitada «{request.requested}» no es válida.") from exc
        _refuse_closed_quarter(store, request, before)
        _refuse_review_error(request, after)
        edit = (before, after)
    store.decisions.decide(decisions, [r.request_id for r in group], edit, author)
    return DecisionOutcome(decisions)
