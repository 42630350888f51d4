"""What the packages' review says of envío numbers: only what tells something of this batch.

Said for every review, «El número de envío crece…» was noise beside a unit's first package; it
matters when a package is refused or left out for its number, or skips numbers (the skipped
ones, should they come later, are refused as older).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ism_desktop.exchange.intake.packages import ReceiveOutcome

RULE = "El número de envío crece con cada paquete de una unidad"
_NAMED_SKIPS = 5  # a state's batch may skip in many units: the first ones, the rest counted


def sequence_note(outcomes: list[ReceiveOutcome]) -> str:
    """The lines to add under the review's heading (each after a newline), or ``""``."""
    skips = [said for outcome in outcomes if (said := _skipped(outcome)) is not None]
    if skips:
        shown = skips[:_NAMED_SKIPS]
        rest = len(skips) - len(shown)
        if rest:
            shown.append(f"Y {rest} paquetes más saltan números de envío.")
        return "".join(f"\n{line}" for line in shown)
    # The refusals say «envío número N» (older, repeated, too far ahead, left out for a newer).
    if any(outcome.refused and "envío número" in (outcome.error or "") for outcome in outcomes):
        return f"\n{RULE}: uno más viejo que el último recibido se rechaza."
    return ""


def _skipped(outcome: ReceiveOutcome) -> str | None:
    """How a unit's package that skips envío numbers is said; None when it does not."""
    incoming = outcome.incoming
    if outcome.refused or incoming is None:
        return None
    received = incoming.received
    # The coordinator numbers what it sends every unit in one series: a unit sees gaps always.
    if not received.kind.goes_to_coordinator:
        return None
    previous = incoming.diff.previous_sequence or 0
    if received.sequence <= previous + 1:
        return None
    since = (
        "sin haberse recibido los anteriores"
        if previous == 0
        else f"y el último recibido fue el {previous}"
    )
    return (
        f"De la unidad {received.unit} llega el envío número {received.sequence} {since}: un "
        f"envío anterior que llegue después se rechazará ({RULE[0].lower()}{RULE[1:]})."
    )
