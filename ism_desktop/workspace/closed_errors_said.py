"""What a unit's errors ask when the quarter it reports is closed, said instead of «corríjalos».

A closed quarter's figures are read-only: «El paquete no puede exportarse hasta corregirlos»
was said beside cells that took nothing, and the way out, reopening it, went unsaid. An
earlier quarter's missing figure is typed with that quarter chosen, reopened or not.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.wording import PROFILE_MENU, REOPEN_MENU
from ism_desktop.workspace.unreported_said import missing_quarters, of_quarters, reopen_first


def closed_errors_said(
    quarter: Quarter,
    errors: Sequence[Finding],
    *,
    closed: Collection[Quarter],
    unit: str = "",
    reopen: str = f"con un motivo ({REOPEN_MENU})",
) -> str:
    """The sentence after the counts: the unit's ``errors`` (not empty) in closed ``quarter``.

    ``closed``: every quarter the unit closed; ``unit``: named when the list holds other units'
    errors too («el paquete de la unidad 004»); ``reopen``: how it is reopened (the command
    line names its command).
    """
    earlier, elsewhere = earlier_missing(quarter, errors)
    here = len(errors) - elsewhere
    package = f"el paquete de la unidad {unit}" if unit else "el paquete"
    them = "él" if len(errors) == 1 else "ellos"
    head = f" El trimestre {int(quarter)} está cerrado y {package} no puede exportarse con {them}"
    if not earlier:
        fix = "corregirlo" if here == 1 else "corregirlos"
        return f"{head}: para {fix}, reabra el trimestre {reopen}."
    steps = [f"para corregir {those_of_quarter(here, quarter)}, reábralo {reopen}"] if here else []
    steps.append(written_in_their_quarter(earlier))
    return f"{head}: {'; '.join(steps)}.{reopen_first(closed, earlier)}"


def earlier_missing(quarter: Quarter, errors: Sequence[Finding]) -> tuple[list[Quarter], int]:
    """The quarters before ``quarter`` whose figures ``errors`` miss, and how many errors so.

    Those are typed with their quarter chosen: reopening ``quarter`` opens none of their cells.
    """
    earlier = [q for q in missing_quarters(errors) if q < quarter]
    return earlier, sum(1 for error in errors if _written_in(error, earlier))


def written_in_their_quarter(earlier: Sequence[Quarter]) -> str:
    """Where the ``earlier`` quarters' missing figures are typed: a clause, lower case."""
    choosing = "eligiéndolo" if len(earlier) == 1 else "eligiendo cada uno"
    return (
        f"lo realizado {of_quarters(earlier)} se escribe {choosing} como trimestre que se "
        f"informa ({PROFILE_MENU}…)"
    )


def those_of_quarter(errors: int, quarter: Quarter) -> str:
    """«el del trimestre 4», «los del trimestre 4»: the errors reopening ``quarter`` reaches."""
    return f"{'el' if errors == 1 else 'los'} del trimestre {int(quarter)}"


def _written_in(error: Finding, earlier: Sequence[Quarter]) -> bool:
    """Whether ``error`` is a missing figure of one of the ``earlier`` quarters."""
    found = missing_quarters([error])
    return bool(found) and found[0] in earlier
