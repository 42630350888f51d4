"""The box that says what a batch of packages did, short enough for a 1366×768 screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from ism_desktop.exchange.intake.outcomes import ReceiveOutcome, batch_message
from ism_desktop.gui.long_message import show_message

# What to do next once units' reports came in (a first reader of «Se guardó 1 paquete» did not
# know): the board is the coordinator's, so a unit receiving its base is not sent there.
BOARD_LINE = "Quién falta y cómo va cada unidad: Coordinación → Tablero de entregas…"
# «solicitud … (por decidir)» named no place to decide it: a first reader looked for one.
REQUESTS_LINE = (
    "Solicitudes de cambio de meta por decidir: Coordinación → Solicitudes de cambio de meta…"
)


def show_received(parent: QWidget, results: Sequence[ReceiveOutcome]) -> None:
    """Counts and the files; a long batch's whole list behind «Mostrar los detalles...»."""
    text, details = batch_message(results)
    refused = any(result.failed for result in results)
    if any(_units_report(result) for result in results):
        text = f"{text}\n\n{BOARD_LINE}"
    if any(_asks(result) for result in results):
        text = f"{text}\n\n{REQUESTS_LINE}"
    show_message(parent, "Paquetes recibidos", text, details, warn=refused)


def _units_report(result: ReceiveOutcome) -> bool:
    incoming = result.incoming
    return (
        not result.refused and incoming is not None and incoming.manifest.kind.goes_to_coordinator
    )


def _asks(result: ReceiveOutcome) -> bool:
    """A report saved with a target change to decide (a request changes no meta by itself)."""
    incoming = result.incoming
    return (
        _units_report(result)
        and incoming is not None
        and any(meta.asks for meta in incoming.diff.metas)
    )
