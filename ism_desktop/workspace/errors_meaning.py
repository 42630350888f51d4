"""What a report's errors mean at the coordinating unit, said alike by the window and the CLI.

The coordinating unit sends no package (exporting its own is refused): its own errors stand
before the institutional report is printed, and other units' come corrected in their packages.
A unit whose package for the quarter has not arrived has not delivered: its «errors» are the
figures it has not sent yet, not errors to correct.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from typing import TypeVar

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.wording import REOPEN_MENU
from ism_desktop.exchange.status_board import awaited_units
from ism_desktop.store.store import Store
from ism_desktop.workspace.closed_errors_said import (
    earlier_missing,
    those_of_quarter,
    written_in_their_quarter,
)
from ism_desktop.workspace.unreported_said import reopen_first

_REPORT = "antes de imprimir el informe institucional"
# A unit as a state's report tells it: its code repeats under another dependency.
UnitKey = tuple[str, UnitCode]
# Whatever the errors of each awaited unit are counted by (a unit's key, or its code alone).
_Unit = TypeVar("_Unit", bound=Hashable)


def undelivered_units(
    store: Store, year: int, quarter: Quarter, metas: Iterable[Meta]
) -> frozenset[UnitKey]:
    """Of the units of ``metas``, those whose report of the quarter has not arrived.

    The board's rule («falta»): the coordinating unit's own are never awaited. Each is its
    (dependency, code): 001 of one dependency delivered says nothing of another's 001.
    """
    units = {(meta.key.entity, meta.key.unit) for meta in metas}
    return frozenset(awaited_units(store, year, quarter, units))


def only_awaited(errors: int, own: int, awaited: Mapping[_Unit, int] | None = None) -> bool:
    """Whether every one of ``errors`` is of a unit that has not delivered the quarter yet.

    Then none is an error to correct at the coordinating unit (its own ``own`` or one in a
    delivered package): the figures are still to come, not said in red.
    """
    return bool(errors) and not own and sum((awaited or {}).values()) == errors


def coordinator_errors_clause(
    errors: int,
    own: int,
    unit: str,
    closed: Quarter | None = None,
    awaited: Mapping[_Unit, int] | None = None,
    *,
    own_errors: Sequence[Finding] = (),
    shut: Collection[Quarter] = (),
) -> str:
    """What ``errors`` (``own`` of them the coordinating ``unit``'s) ask of it: a clause.

    Lower case and without a final full stop, for the caller's sentence (when both the
    coordinator's errors and others' are there, a second sentence says the others');
    ``errors`` is at least one. ``closed``: the quarter of its own errors, closed by it.
    ``awaited``: the errors of each unit that has not delivered the quarter yet.
    ``own_errors``: its own errors, when known (an earlier quarter's missing figure is typed
    in that quarter, not after reopening ``closed``); ``shut``: every quarter it closed.
    """
    waiting = {code: n for code, n in (awaited or {}).items() if n}
    if own == errors:
        fix = _own_fix(own, closed, own_errors, shut)
        return fix if closed is None else f"el trimestre {int(closed)} está cerrado: {fix}"
    if not own:
        return _others_clause(errors, waiting)
    mine = "1 es" if own == 1 else f"{own} son"
    where = "" if closed is None else f", en el trimestre {int(closed)} cerrado"
    # Both parts: the others' errors, left unexplained, read as the coordinator's to correct.
    others = _others_clause(errors - own, waiting, after_own=True)
    fix = _own_fix(own, closed, own_errors, shut)
    return f"de ellos, {mine} de la unidad {unit}{where}: {fix}. {others[0].upper()}{others[1:]}"


def _own_fix(
    own: int, closed: Quarter | None, own_errors: Sequence[Finding], shut: Collection[Quarter]
) -> str:
    """What to do with its ``own`` errors before the institutional report is printed."""
    them = "corríjalo" if own == 1 else "corríjalos"
    if closed is None:
        return f"{them} {_REPORT}"
    # Closed, its form is read-only: «corríjalos» alone could not be done.
    reopen = f"reábralo ({REOPEN_MENU}) y "
    earlier, elsewhere = earlier_missing(closed, own_errors)
    if not earlier:
        return f"{reopen}{them} {_REPORT}"
    here = own - elsewhere
    steps = [f"{reopen}corrija {those_of_quarter(here, closed)} {_REPORT}"] if here else []
    written = written_in_their_quarter(earlier)
    steps.append(written if here else f"{written} {_REPORT}")
    also = reopen_first(shut, earlier)  # a sentence of its own, its full stop the caller's
    return "; ".join(steps) + (f".{also.removesuffix('.')}" if also else "")


def _others_clause(errors: int, awaited: Mapping[_Unit, int], *, after_own: bool = False) -> str:
    """Other units' ``errors``: apart, those of the units that have not delivered yet."""
    pending = sum(awaited.values())
    corrected = errors - pending
    if pending and corrected:
        lead = f"de los otros {errors}, " if after_own else "de ellos, "
        return (
            f"{lead}{_verb(pending)} {_undelivered(len(awaited))}; "
            f"{_verb(corrected)} {_corrected(corrected)}"
        )
    if after_own:
        head = "el otro es" if errors == 1 else f"los otros {errors} son"
    else:
        head = "el error es" if errors == 1 else "los errores son"
    return f"{head} {_undelivered(len(awaited)) if pending else _corrected(errors)}"


def _verb(errors: int) -> str:
    return "1 es" if errors == 1 else f"{errors} son"


def _undelivered(units: int) -> str:
    """Of units whose package has not come: their figures are missing, not wrong."""
    if units == 1:
        return "de una unidad que aún no entrega el trimestre: sus cifras llegan en su paquete"
    return (
        f"de {units} unidades que aún no entregan el trimestre: sus cifras llegan en sus paquetes"
    )


def _corrected(errors: int) -> str:
    """Of units that delivered: each corrects its own and sends it again."""
    if errors == 1:
        return "de otra unidad: lo corrige esa unidad y llega en su próximo paquete"
    return "de otras unidades: los corrige cada unidad y llegan en su próximo paquete"
