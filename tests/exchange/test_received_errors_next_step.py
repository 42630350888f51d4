"""A package received with errors says what comes next: a corrected one, after a reopening.

Received, a unit's package closes its quarter here, errors and all; the corrected package the
unit sends next is refused until the coordinator reopens that quarter, and nothing said so at
receipt.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.intake.outcomes import ReceiveOutcome
from ism_desktop.exchange.intake.packages import apply_package, check_package, receive_packages
from ism_desktop.store.closure_repository import REOPEN, ClosureEvent
from ism_desktop.store.store import Store
from tests.exchange.package_builders import edit_data, repack
from tests.exchange.test_received_errors_said import _broken

NEXT = (
    " Al recibirlo, el trimestre 1 de la unidad 004 queda cerrado con sus errores: pida a la "
    "unidad un paquete corregido y, para recibirlo, reabra antes ese trimestre con un motivo "
    "(Año → Cerrar o reabrir un trimestre…; en la línea de comandos: ism-desktop trimestre "
    'reabrir --ejercicio 2024 --unidad 004 --trimestre 1 --motivo "…").'
)


def _second(data: dict[str, Any]) -> None:
    data["secuencia"] = 2


def test_the_receipt_of_errors_says_to_ask_for_a_corrected_package_and_reopen(
    coordinator: Store, unit_package: Path, tmp_path: Path
) -> None:
    broken = edit_data(unit_package, tmp_path / unit_package.name, _broken)
    checked = check_package(coordinator, broken)

    assert ReceiveOutcome(broken, checked).summary().endswith(NEXT)
    apply_package(coordinator, checked)
    assert ReceiveOutcome(broken, checked, applied=True).summary().endswith(NEXT)

    # What it says is what the code asks: the corrected package waits on the reopening.
    corrected = repack(unit_package, tmp_path / f"2_{unit_package.name}", manifest=_second)
    [refused] = receive_packages(coordinator, [corrected])
    assert refused.error is not None
    assert "para recibir otro, reábralo con un motivo" in refused.error
    person = Author("Unidad coordinadora (002)", "luz")
    reopened = ClosureEvent(
        2024, "30", UnitCode("004"), Quarter.FIRST, REOPEN, "corregir", person, "2024-04-12T09:00"
    )
    assert coordinator.closures.set_state(reopened)
    [taken] = receive_packages(coordinator, [corrected])
    assert taken.error is None, taken.error
    assert taken.applied
    assert "error" not in taken.summary()


def test_a_clean_package_says_no_next_step(coordinator: Store, unit_package: Path) -> None:
    said = ReceiveOutcome(unit_package, check_package(coordinator, unit_package)).summary()

    assert "paquete corregido" not in said
