"""The box that says what a batch of packages did, short enough for a 1366×768 screen."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.window_wording import for_window
from ism_desktop.domain.wording import REOPEN_MENU
from ism_desktop.exchange.intake.outcomes import ReceiveOutcome, batch_message
from ism_desktop.exchange.package.manifest import file_label
from ism_desktop.gui.long_message import show_message
from ism_desktop.gui.path_line import cut_lines_tip, names_kept_whole

QUOTED_FILE = re.compile(r"«([^«»\n]+\.[A-Za-z0-9]{2,6})»")  # «name.ext»
# What to do next once units' reports came in (a first reader of «Se guardó 1 paquete» did not
# know): the board is the coordinator's, so a unit receiving its base is not sent there.
BOARD_LINE = "Quién falta y cómo va cada unidad: Coordinación → Tablero de entregas…"
# «solicitud … (por decidir)» named no place to decide it: a first reader looked for one.
REQUESTS_LINE = (
    "Solicitudes de cambio de meta por decidir: Coordinación → Solicitudes de cambio de meta…"
)


def show_received(
    parent: QWidget, results: Sequence[ReceiveOutcome], closed: Quarter | None = None
) -> None:
    """Counts and the files; a long batch's whole list behind «Mostrar los detalles...».

    ``closed``: the quarter this unit's PC reports, when it closed it (its package went out).
    """
    # Worded for the command line too: the window names its menus alone.
    text, details = map(for_window, batch_message(results))
    refused = any(result.failed for result in results)
    if any(_units_report(result) for result in results):
        text = f"{text}\n\n{BOARD_LINE}"
    if any(_asks(result) for result in results):
        text = f"{text}\n\n{REQUESTS_LINE}"
    if closed is not None and any(observations_for(result, closed) for result in results):
        text = f"{text}\n\n{reopen_line(closed)}"
    # Each file's name on one line: wrapped, «ETCA-» and «III-04_…» read as two names.
    # The files received, and those a refusal names («contiene el paquete «…»»).
    names = [file_label(result.path) for result in results] + QUOTED_FILE.findall(text)
    shown = names_kept_whole(parent, text, names)
    # A line cut in the middle (a name longer than the box can grow) is whole under the pointer.
    tip = cut_lines_tip(parent, text, names)
    show_message(parent, "Paquetes recibidos", shown, details, warn=refused, tip=tip)


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


def observations_for(result: ReceiveOutcome, quarter: Quarter) -> bool:
    """An observations package of ``quarter`` saved (one of another quarter is not its say)."""
    incoming = result.incoming
    if result.refused or incoming is None:
        return False
    manifest = incoming.manifest
    return manifest.kind is PackageKind.OBSERVATIONS and manifest.quarter is quarter


def reopen_line(quarter: Quarter) -> str:
    """What to do with observations on a quarter closed here: typing was refused, unexplained."""
    return (
        f"El {quarter.in_words} está cerrado: para atender las observaciones, reábralo con "
        f"un motivo ({REOPEN_MENU}), corrija y exporte de nuevo su paquete."
    )
