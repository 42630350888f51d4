"""A package refused because its quarter was closed by hand asks to reopen it to receive it.

«para recibir otro» spoke of a package received before; the coordinating unit closed the
quarter (its figures came in the official report) and none had come from the unit. Closed by
its package's receipt, «otro» stays (tests/e2e/test_closed_quarter_requests_cli.py).
"""

from __future__ import annotations

from pathlib import Path

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.intake.packages import receive_packages
from ism_desktop.store.closure_repository import CLOSE, ClosureEvent
from tests.exchange.package_builders import export_unit, seed_store

UNIT = UnitCode("004")
PERSON = Author("Unidad coordinadora (002)", "luz")


def test_closed_by_hand_before_any_package_it_asks_to_reopen_to_receive_it(
    seed_text: str, tmp_path: Path
) -> None:
    with seed_store(seed_text) as unit:
        package = export_unit(unit, tmp_path)
    with seed_store(seed_text) as coordinator:
        # Closed by hand, as a quarter whose figures came in the official report.
        event = ClosureEvent(
            2024, "30", UNIT, Quarter.FIRST, CLOSE, "", PERSON, "2024-04-11T10:44:00-07:00"
        )
        assert coordinator.closures.set_state(event)
        [outcome] = receive_packages(coordinator, [package], dry_run=True)
    said = outcome.error
    assert said is not None

    assert ": lo cerró la unidad coordinadora el 11/04/2024" in said
    assert "; para recibirlo, reábralo con un motivo" in said
    assert "otro" not in said
