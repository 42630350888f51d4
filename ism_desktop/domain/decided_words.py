"""The decisions taken on target-change requests, one line per request the unit made.

A quarter asked changes its row's annual, which travels as a request of its own and is decided
with it: listed apart, one rejection read as two («Modificado T3 …» and «Modificado anual …»),
though the unit asked one thing and the coordinating unit decided one.
"""

from __future__ import annotations

from collections.abc import Sequence

from ism_desktop.domain.year_news import Decision

_ANNUAL = "modificado.anual."


def _together(annual: Decision, quarter: Decision) -> bool:
    """Whether ``annual`` was decided with ``quarter``: its row's, in the same decision."""
    return (
        annual.field.startswith(_ANNUAL)
        and not quarter.field.startswith(_ANNUAL)
        and annual.year == quarter.year
        and annual.meta_id == quarter.meta_id
        and annual.field.rsplit(".", 1)[-1] == quarter.field.rsplit(".", 1)[-1]
        and annual.decision == quarter.decision
        and annual.decided_at == quarter.decided_at
    )


def decided_lines(decisions: Sequence[Decision]) -> list[tuple[Decision, str]]:
    """Each decision in words, an annual decided with its quarter on that quarter's line."""
    lines = []
    for decision in decisions:
        if any(_together(decision, other) for other in decisions):
            continue  # said on its quarter's line
        annual = next((other for other in decisions if _together(other, decision)), None)
        lines.append((decision, decision.describe(annual)))
    return lines
