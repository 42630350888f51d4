"""Who closed a quarter is told right when its receipt, a reopening and a closing share a second.

Closing by hand at the coordinator follows the quarter's package now (it is refused before it),
and the log keeps seconds: closed again by hand in the second of the receipt, it was said to be
closed because its package had been received.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.package_records import ReceivedPackage
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.year_intake import _closed_how
from ism_desktop.store.closure_repository import CLOSE, REOPEN, ClosureEvent
from ism_desktop.store.store import Store

UNIT = UnitCode("004")
AT = "2024-04-11T10:44:00-07:00"
LATER = "2024-04-12T09:00:00-07:00"
PACKAGE = Author("Paquete unidad 004 #1", "ana")
PERSON = Author("Unidad coordinadora (002)", "luz")


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.in_memory() as opened:
        opened.received.record(
            ReceivedPackage(
                PackageKind.REPORT, "30", UNIT, 2024, Quarter.FIRST, 1, AT, AT,
                "ETCA-III-04_2024_T1_unidad_004.ismpaq", "0" * 64,
            )
        )  # fmt: skip
        yield opened


def _log(store: Store, action: str, author: Author, at: str) -> None:
    reason = "Revisión" if action == REOPEN else ""
    event = ClosureEvent(2024, "30", UNIT, Quarter.FIRST, action, reason, author, at)
    assert store.closures.set_state(event)


def test_closed_by_its_receipt(store: Store) -> None:
    _log(store, CLOSE, PACKAGE, AT)

    assert _closed_how(store, 2024, "30", UNIT, Quarter.FIRST).startswith(
        " (ya se recibió su paquete el 11/04/2024"
    )


@pytest.mark.parametrize("at", [AT, LATER], ids=["same_second", "next_day"])
def test_closed_again_by_hand_after_its_receipt(store: Store, at: str) -> None:
    _log(store, CLOSE, PACKAGE, AT)
    _log(store, REOPEN, PERSON, at)
    _log(store, CLOSE, PERSON, at)

    said = _closed_how(store, 2024, "30", UNIT, Quarter.FIRST)

    assert said.startswith(": lo cerró la unidad coordinadora el ")
    assert "ya se recibió" not in said
