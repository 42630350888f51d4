"""A report package received after its quarter's delivery date, said as it is received."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from ism_desktop.domain.deadline import arrived_late
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.intake.outcomes import ReceiveOutcome
from ism_desktop.store.store import Store


def said_late(store: Store, outcomes: list[ReceiveOutcome]) -> list[ReceiveOutcome]:
    """The outcomes, each report received after its delivery date marked with that date.

    Told as it is received, which is when the person looks at that package; the board's
    «recibido (tarde)» goes by the unit's first package of the quarter.
    """
    dates: dict[int, Mapping[Quarter, str]] = {}
    marked = []
    for outcome in outcomes:
        received = outcome.incoming.received if outcome.applied and outcome.incoming else None
        if received is not None and received.kind is PackageKind.REPORT:
            if received.year not in dates:
                dates[received.year] = store.years.delivery_dates(received.year)
            due = dates[received.year].get(received.quarter)
            if due is not None and arrived_late(date.fromisoformat(due), received.received_at):
                outcome = replace(outcome, late_after=date.fromisoformat(due))
        marked.append(outcome)
    return marked
